package org.clustermodels.benchmarks.hierarchy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.hierarchy.LinkageMethod;

/**
 * The size section: one-shot timed runs of ours (not JMH; each takes minutes) at the sizes of the targets,
 * with the peak heap: average linkage with the matrix method at n = 50,000 (the condensed matrix alone is 10 GB,
 * so the JVM needs about {@code -Xmx20g}), Ward and single linkage with the vector method at n = 200,000. The data
 * come from {@link HierarchyData}.
 *
 * <pre>
 * java -Xmx20g -cp benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.hierarchy.HierarchyScale \
 *     [--quick] [--threads 1] [--matrix-n 50000] [--vector-n 200000] [--out size.md]
 * </pre>
 *
 * <p>{@code --quick} uses n = 5,000 and 20,000 (a smoke test of this code path). The peak heap is the sum of the
 * heap pools' peak usage since a reset just before the run (after a garbage collection): it includes the data
 * (8 n d bytes, twice: the generated array and our matrix's copy) and garbage not collected yet, so it is an
 * upper bound. The estimate is the one of our classes' Javadoc: the condensed matrix, 8 n(n-1)/2 bytes, for the
 * matrix method; a copy of the data and about 100 bytes a row for the vector method.
 */
public final class HierarchyScale {

  /** One run: a linkage, a method, a size. */
  record Run(LinkageMethod linkage, AgglomerativeMethod method, int n) {
    /** @return our own estimate of the bytes the run needs beyond the data (from the classes' Javadoc) */
    long estimate() {
      long n = this.n;
      if (method == AgglomerativeMethod.MATRIX) {
        return 8 * (n * (n - 1) / 2);
      }
      return 8 * n * HierarchyData.D + (linkage == LinkageMethod.SINGLE ? 36 : 32) * n + 60 * n;
    }
  }

  private HierarchyScale() {
  }

  public static void main(String[] args) throws Exception {
    boolean quick = List.of(args).contains("--quick");
    int threads = Integer.parseInt(RunOptions.option(args, "--threads", "1"));
    int matrixN = Integer.parseInt(RunOptions.option(args, "--matrix-n", quick ? "5000" : "50000"));
    int vectorN = Integer.parseInt(RunOptions.option(args, "--vector-n", quick ? "20000" : "200000"));
    String out = RunOptions.option(args, "--out", null);
    List<Run> runs = List.of(new Run(LinkageMethod.AVERAGE, AgglomerativeMethod.MATRIX, matrixN),
        new Run(LinkageMethod.WARD, AgglomerativeMethod.VECTOR, vectorN),
        new Run(LinkageMethod.SINGLE, AgglomerativeMethod.VECTOR, vectorN));

    StringBuilder b = new StringBuilder("### Size\n\n");
    if (quick) {
      b.append("**--quick: small sizes: a smoke test of this code path, not figures.**\n\n");
    }
    b.append(String.format(Locale.ROOT, "One timed call each (not JMH), ours, threads(%d), JVM maximum heap %.1f GiB;"
        + " the data: %s; through the facade Agglomerative.%n%n", threads,
        Runtime.getRuntime().maxMemory() / (double) (1L << 30),
        HierarchyData.describe(vectorN).replaceFirst("n = [0-9,]+, ", "")));
    b.append("| linkage | method | n | time (s) | peak heap (MB) | our estimate beyond the data (MB) | top height"
        + " | root split |\n");
    b.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (Run r : runs) {
      System.err.printf(Locale.ROOT, "size: %s %s n=%d threads=%d ...%n", r.linkage().id(), r.method(), r.n(),
          threads);
      Ours ours = new Ours(HierarchyData.generate(r.n()), r.n(), HierarchyData.D);
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      Dendrogram tree = ours.fit(r.method(), r.linkage(), threads);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long peak = peakHeapBytes();
      TreeSummary s = TreeSummary.of(tree);
      String row = String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %,.0f | %,.0f | %.6g | %s |%n", r.linkage().id(),
          r.method(), r.n(), seconds, peak / 1e6, r.estimate() / 1e6, s.top(), s.rootSplit());
      System.err.print(row);
      b.append(row);
    }
    String text = b.append('\n').toString();
    System.out.print(text);
    if (out != null) {
      Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
