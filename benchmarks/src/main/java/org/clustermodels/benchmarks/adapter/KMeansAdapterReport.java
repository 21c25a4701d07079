package org.clustermodels.benchmarks.adapter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustermodels.benchmarks.kmeans.Workload;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.weka.ClusterModelsKMeans;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Measures the overhead of the Weka adapter {@link ClusterModelsKMeans} over the core and prints a Markdown
 * report: first an untimed check that both sides compute the same thing (same inertia, centres and cluster sizes
 * after the build; the same label for every row after the assignment), then each {@link KMeansAdapterBenchmark}
 * method under JMH, one fork each, then a table with medians, the ratio adapter / core and the overhead in
 * per cent, against the target of at most 10 % for the K-Means build at n = 100,000.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.adapter.KMeansAdapterReport \
 *     [--quick] [--workload W1] [--restarts 1,10] [--out report.md] [--jmh-log prefix]
 * </pre>
 *
 * <p>{@code --quick}: one measured call, no warm-up (a smoke test, not figures).
 */
public final class KMeansAdapterReport {
  /** The target overhead of the K-Means build, per cent. */
  static final double TARGET_PERCENT = 10;

  /** One comparison: the adapter's method and the core's, with the restarts of the builds (null: assignment). */
  record Pair(String label, String adapter, String core, Integer restarts) {}

  /** Warm-up and measured calls of one method. */
  record Plan(int warmup, int measure) {}

  /** What JMH measured for one method, in seconds. */
  record Timing(double median, double min, double max, long n) {}

  private KMeansAdapterReport() {}

  static List<Pair> pairs(List<Integer> restarts) {
    List<Pair> pairs = new ArrayList<>();
    for (int r : restarts) {
      pairs.add(new Pair("build: `buildClusterer(Instances)` vs `KMeans.fit(matrix)`, restarts " + r,
          "adapterBuild", "coreFit", r));
    }
    pairs.add(new Pair("assign every row: `clusterInstance` per instance vs the model's `assign(matrix)`",
        "adapterAssign", "coreAssign", null));
    return pairs;
  }

  /**
   * The counts: a build is about 0.5 s (restarts 1) or 5 s (restarts 10) on an idle two-core machine at
   * n = 100,000; an assignment of all rows well under a second.
   */
  static Plan plan(Pair p, boolean quick) {
    if (quick) {
      return new Plan(0, 1);
    }
    if (p.restarts() == null) {
      return new Plan(5, 20);
    }
    return p.restarts() >= 10 ? new Plan(1, 5) : new Plan(3, 10);
  }

  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    String workload = option(args, "--workload", "W1");
    List<Integer> restarts = new ArrayList<>();
    for (String r : option(args, "--restarts", "1,10").split(",")) {
      restarts.add(Integer.parseInt(r.trim()));
    }
    String out = option(args, "--out", null);
    String jmhLog = option(args, "--jmh-log", "weka-adapter-jmh.log");

    List<String> log = check(workload, restarts);
    List<Pair> pairs = pairs(restarts);
    Map<String, Timing> timings = new LinkedHashMap<>();
    for (Pair p : pairs) {
      for (String method : new String[] {p.adapter(), p.core()}) {
        String id = id(method, p.restarts());
        Plan plan = plan(p, quick);
        System.err.printf(Locale.ROOT, "JMH %s %s: %d warm-up + %d measured calls%n", workload, id, plan.warmup(),
            plan.measure());
        OptionsBuilder o = new OptionsBuilder();
        o.include(KMeansAdapterBenchmark.class.getName() + "\\." + method + "$")
            .param("workload", workload)
            .warmupIterations(plan.warmup())
            .measurementIterations(plan.measure())
            .forks(1)
            .shouldDoGC(true)
            .output(jmhLog + "." + workload + "." + id.replace(':', '-'));
        if (p.restarts() != null) {
          o.param("restarts", String.valueOf(p.restarts()));
        }
        for (RunResult r : new Runner(o.build()).run()) {
          Statistics s = r.getPrimaryResult().getStatistics();
          timings.put(id, new Timing(s.getPercentile(50) / 1e3, s.getMin() / 1e3, s.getMax() / 1e3, s.getN()));
        }
      }
    }
    String text = table(Workload.valueOf(workload), pairs, timings, log, quick);
    System.out.print(text);
    if (out != null) {
      Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
    }
  }

  private static String id(String method, Integer restarts) {
    return restarts == null ? method : method + ":restarts=" + restarts;
  }

  private static String option(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  /**
   * Runs both sides once per restart count, untimed, and fails unless they agree exactly: the same inertia,
   * centres and cluster sizes after the build, and the same label for every row after the assignment.
   *
   * @return the verification messages for the report
   * @throws IllegalStateException if the two sides differ (the comparison would be void)
   */
  static List<String> check(String workload, List<Integer> restarts) throws Exception {
    List<String> log = new ArrayList<>();
    for (int r : restarts) {
      KMeansAdapterData data = new KMeansAdapterData(workload, r);
      ClusterModelsKMeans adapter = data.buildAdapter();
      KMeansResult core = data.fitCore();
      boolean same = Double.compare(adapter.getInertia(), core.inertia()) == 0
          && Arrays.deepEquals(adapter.getCentersOriginalUnits(), core.centersOriginalUnits())
          && Arrays.equals(adapter.getClusterSizes(), core.clusterSizes());
      say(log, "%s, restarts %d: adapter inertia %.10e, core inertia %.10e; inertia, centres and cluster sizes %s",
          workload, r, adapter.getInertia(), core.inertia(), same ? "IDENTICAL" : "DIFFER");
      if (!same) {
        throw new IllegalStateException("the adapter and the core built different models: the comparison is void");
      }
      if (r == 1) {
        int[] a = data.assignAdapter(adapter);
        int[] c = data.assignCore(core.model());
        boolean sameLabels = Arrays.equals(a, c);
        say(log, "%s: clusterInstance and the core's assign give %s labels for all %,d rows", workload,
            sameLabels ? "IDENTICAL" : "DIFFERENT", a.length);
        if (!sameLabels) {
          throw new IllegalStateException("the adapter and the core assign rows differently: the comparison is void");
        }
      }
    }
    return log;
  }

  private static void say(List<String> log, String fmt, Object... args) {
    String s = String.format(Locale.ROOT, fmt, args);
    log.add(s);
    System.err.println(s);
  }

  static String table(Workload w, List<Pair> pairs, Map<String, Timing> t, List<String> log, boolean quick) {
    StringBuilder b = new StringBuilder();
    b.append("### ").append(w.describe()).append("\n\n");
    if (quick) {
      b.append("**--quick: one call per case, no warm-up: a smoke test, not figures.**\n\n");
    }
    b.append("Weka adapter `ClusterModelsKMeans` (`-N ").append(w.k).append(" -S ").append(KMeansAdapterData.SEED)
        .append(" -restarts R -num-slots 1 -no-silhouette`, other options at their defaults) against the core's")
        .append(" K-Means with the same parameters, one thread:\n\n");
    b.append("| operation | core median (s) | core min-max (s) | adapter median (s) | adapter min-max (s) | calls"
        + " (core/adapter) | adapter / core | overhead |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> verdicts = new ArrayList<>();
    for (Pair p : pairs) {
      Timing a = t.get(id(p.adapter(), p.restarts()));
      Timing c = t.get(id(p.core(), p.restarts()));
      if (a == null || c == null) {
        continue;
      }
      double ratio = a.median() / c.median();
      double overhead = 100 * (ratio - 1);
      b.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f-%.4f | %.4f | %.4f-%.4f | %d/%d | %.3f | %+.1f %% |%n",
          p.label(), c.median(), c.min(), c.max(), a.median(), a.min(), a.max(), c.n(), a.n(), ratio, overhead));
      if (p.restarts() != null) {
        verdicts.add(String.format(Locale.ROOT, "restarts %d: %+.1f %% (%s)", p.restarts(), overhead,
            overhead <= TARGET_PERCENT ? "within" : "OVER"));
      }
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "Build overhead against the target of at most %.0f %% at n = %,d: %s.%n%n",
        TARGET_PERCENT, w.n, String.join("; ", verdicts)));
    for (String line : log) {
      b.append("- ").append(line).append('\n');
    }
    return b.append('\n').toString();
  }
}
