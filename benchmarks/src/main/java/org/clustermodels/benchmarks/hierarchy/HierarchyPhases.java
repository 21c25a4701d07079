package org.clustermodels.benchmarks.hierarchy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Where the time of one matrix-method call goes, for the linkages that have no vector method (complete and
 * average), next to Weka's time for the same tree: the budget that "1,000 times faster than Weka" leaves, and
 * what each phase of ours costs against it. Not JMH: each call is timed with {@link System#nanoTime()} and its
 * phases are read from the progress reports the facade makes anyway, through the public API only.
 *
 * <pre>
 * java -Xms8g -Xmx8g -cp benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.hierarchy.HierarchyPhases \
 *     [--n 2000] [--linkages complete,average] [--warmup 10] [--calls 30] [--weka-calls 1] [--out phases.md]
 * </pre>
 *
 * <p>The phases of {@code Agglomerative.fit} (MATRIX, no standardisation, no cophenetic correlation, as in
 * {@link Ours}), whose monitor gives the distances the fractions 0 to 0.45 and the merges 0.45 to 0.9:
 * <ul>
 *   <li><b>before the distances</b>: from the call to the first distance report, i.e. the input and memory checks,
 *       the allocation of the condensed matrix (the JVM zeroes its 8 n(n-1)/2 bytes) and the first block of
 *       distances (1/64 of them);</li>
 *   <li><b>distances</b>: from there to the last distance report;</li>
 *   <li><b>merges</b>: from there to the report of the last merge (the nearest-neighbour chain: its searches and
 *       its Lance&ndash;Williams updates);</li>
 *   <li><b>tree</b>: from there to the return (sorting the merges by height, labelling them, the result).</li>
 * </ul>
 * Every call is preceded by a garbage collection, as the JMH runs of {@link HierarchyReport} are; medians over the
 * calls. Weka ({@link Weka}, the same options as in the report) is timed with {@code --weka-calls} calls per
 * linkage after the data are built.
 */
public final class HierarchyPhases {
  /** The facade's share of the progress range given to the distances. */
  private static final double DISTANCE_SHARE = 0.45;

  private HierarchyPhases() {
  }

  /** Times of one call, in nanoseconds. */
  private static final class Marks implements ProgressMonitor {
    long start;
    long firstDistance;
    long lastDistance;
    long lastMerge;

    @Override
    public void progress(double fraction, String message) {
      long t = System.nanoTime();
      if (fraction <= DISTANCE_SHARE) {
        if (firstDistance == 0) {
          firstDistance = t;
        }
        lastDistance = t;
      } else {
        lastMerge = t;
      }
    }

    @Override
    public boolean isCancelled() {
      return false;
    }
  }

  public static void main(String[] args) throws Exception {
    List<String> known = List.of("--n", "--linkages", "--warmup", "--calls", "--weka-calls", "--out");
    for (int i = 0; i < args.length; i += 2) {
      if (!known.contains(args[i]) || i + 1 == args.length) {
        throw new IllegalArgumentException("unknown option or missing value at '" + args[i] + "'; the options are "
            + known + ", each with a value");
      }
    }
    int n = Integer.parseInt(RunOptions.option(args, "--n", "2000"));
    int warmup = Integer.parseInt(RunOptions.option(args, "--warmup", "10"));
    int calls = Integer.parseInt(RunOptions.option(args, "--calls", "30"));
    int wekaCalls = Integer.parseInt(RunOptions.option(args, "--weka-calls", "1"));
    String out = RunOptions.option(args, "--out", null);
    List<LinkageMethod> linkages = new ArrayList<>();
    for (String id : RunOptions.option(args, "--linkages", "complete,average").split(",")) {
      linkages.add(LinkageMethod.fromId(id.trim()));
    }
    double[] x = HierarchyData.generate(n);
    DenseMatrix data = DenseMatrix.ofRowMajor(n, HierarchyData.D, x);

    StringBuilder b = new StringBuilder("### Where the time goes\n\n");
    b.append(String.format(Locale.ROOT, "%s. Ours: method MATRIX through the facade, %d warm-up and %d timed calls "
        + "per row, a garbage collection before each, medians (ms). Weka: %d call(s) per linkage (s).%n%n",
        HierarchyData.describe(n), warmup, calls, wekaCalls));
    b.append("| linkage | threads | before the distances | distances | merges | tree | total | Weka (s) | "
        + "Weka / ours | 1,000x budget (ms) |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LinkageMethod linkage : linkages) {
      double weka = Double.NaN;
      if (wekaCalls > 0) {
        System.err.printf(Locale.ROOT, "phases: Weka %s n=%d ...%n", linkage.id(), n);
        Weka w = new Weka(x, n, HierarchyData.D);
        double[] s = new double[wekaCalls];
        for (int c = 0; c < wekaCalls; c++) {
          System.gc();
          long t0 = System.nanoTime();
          w.fit(linkage);
          s[c] = (System.nanoTime() - t0) / 1e9;
        }
        weka = median(s);
      }
      for (int threads : new int[] {1, 2}) {
        System.err.printf(Locale.ROOT, "phases: ours %s n=%d threads=%d ...%n", linkage.id(), n, threads);
        AgglomerativeParams p = AgglomerativeParams.builder(linkage).method(AgglomerativeMethod.MATRIX)
            .threads(threads).standardization(Standardization.NONE).cophenetic(false).build();
        double[][] phases = new double[5][calls];
        for (int c = -warmup; c < calls; c++) {
          System.gc();
          Marks m = new Marks();
          m.start = System.nanoTime();
          new Agglomerative().fit(data, p, m);
          long end = System.nanoTime();
          if (c >= 0) {
            phases[0][c] = (m.firstDistance - m.start) / 1e6;
            phases[1][c] = (m.lastDistance - m.firstDistance) / 1e6;
            phases[2][c] = (m.lastMerge - m.lastDistance) / 1e6;
            phases[3][c] = (end - m.lastMerge) / 1e6;
            phases[4][c] = (end - m.start) / 1e6;
          }
        }
        double total = median(phases[4]);
        String row = String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |%n",
            linkage.id(), threads, median(phases[0]), median(phases[1]), median(phases[2]), median(phases[3]),
            total, Double.isNaN(weka) ? "" : String.format(Locale.ROOT, "%.2f", weka),
            Double.isNaN(weka) ? "" : String.format(Locale.ROOT, "%,.0f", weka * 1e3 / total),
            Double.isNaN(weka) ? "" : String.format(Locale.ROOT, "%.1f", weka));
        System.err.print(row);
        b.append(row);
      }
    }
    b.append("\nThe phases are medians of their own, so they need not add up to the median total exactly. The "
        + "budget is Weka's time divided by 1,000, in milliseconds.\n\n");
    String text = b.toString();
    System.out.print(text);
    if (out != null) {
      Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }
}
