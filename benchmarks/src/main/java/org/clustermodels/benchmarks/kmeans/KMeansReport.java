package org.clustermodels.benchmarks.kmeans;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the whole K-Means comparison and prints a Markdown report: first {@link KMeansCheck} (untimed: iteration
 * counts, inertia, Weka's initial rows verified), then every {@link KMeansBenchmark} case under JMH, one fork
 * each, with warm-up and measurement counts chosen per case so that the whole run stays under about half an hour
 * on two cores; then one table per workload with medians and ratios.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.kmeans.KMeansReport \
 *     [--quick] [--workloads W1,W2] [--weka10-w2] [--out report.md] [--jmh-log jmh.log]
 * </pre>
 *
 * <p>{@code --quick}: one measurement, no warm-up, no ten-run rows (a smoke test, not figures).
 * {@code --weka10-w2}: also Weka's ten runs on W2 (about 14 times Weka's single run; off by default).
 */
public final class KMeansReport {

  /** A benchmark case: a JMH method (and its threads parameter, for the restarts). */
  record Case(String method, Integer threads, String label, Peer peer, boolean tenRuns) {
    String id() {
      return threads == null ? method : method + ":threads=" + threads;
    }
  }

  enum Peer {
    OURS, WEKA, ELKI
  }

  static final List<Case> CASES = List.of(
      new Case("oursLloyd", null, "ours LLOYD, refinement NONE", Peer.OURS, false),
      new Case("oursHamerly", null, "ours HAMERLY, refinement NONE", Peer.OURS, false),
      new Case("oursElkan", null, "ours ELKAN, refinement NONE", Peer.OURS, false),
      new Case("oursAuto", null, "ours AUTO, refinement NONE", Peer.OURS, false),
      new Case("oursAutoHartigan", null, "ours AUTO + HARTIGAN refinement (our default; not the peers' problem)",
          Peer.OURS, false),
      new Case("weka", null, "Weka SimpleKMeans", Peer.WEKA, false),
      new Case("elkiLloyd", null, "ELKI LloydKMeans", Peer.ELKI, false),
      new Case("elkiHamerly", null, "ELKI HamerlyKMeans", Peer.ELKI, false),
      new Case("elkiElkan", null, "ELKI ElkanKMeans", Peer.ELKI, false),
      new Case("elkiSimplifiedElkan", null, "ELKI SimplifiedElkanKMeans", Peer.ELKI, false),
      new Case("elkiExponion", null, "ELKI ExponionKMeans", Peer.ELKI, false),
      new Case("elkiShallot", null, "ELKI ShallotKMeans", Peer.ELKI, false),
      new Case("ours10Given", null, "ours AUTO, 10 runs from Weka's rows for seeds 1..10, 1 thread", Peer.OURS, true),
      new Case("weka10", null, "Weka SimpleKMeans, 10 runs, seeds 1..10", Peer.WEKA, true),
      new Case("ours10Restarts", 1, "ours AUTO, restarts(10) from our random rows, threads(1)", Peer.OURS, true),
      new Case("ours10Restarts", 2, "ours AUTO, restarts(10) from our random rows, threads(2)", Peer.OURS, true));

  /** Warm-up and measured calls of one case on one workload. */
  record Plan(int warmup, int measure) {}

  /**
   * The counts: each call is a whole clustering, seconds long; the slow peers get fewer calls. Times on an idle
   * two-core machine (W1 / W2, one call): ours and ELKI's bounded variants 0.3-1 s / 1-4 s, ELKI Lloyd 2 / 20 s,
   * Weka 4-5 / 16-35 s, ten runs 3-20 s / 20-60 s.
   */
  static Plan plan(Case c, Workload w, boolean quick) {
    if (quick) {
      return new Plan(0, 1);
    }
    boolean slow = c.peer() == Peer.WEKA || c.method().equals("elkiLloyd") || c.tenRuns();
    if (w == Workload.W1) {
      if (c.method().equals("weka10")) {
        return new Plan(1, 3);
      }
      return slow ? new Plan(1, 5) : new Plan(3, 10);
    }
    return slow ? new Plan(1, 3) : new Plan(2, 5);
  }

  /** What JMH measured for one case. */
  record Timing(double median, double min, double max, long n) {}

  public static void main(String[] args) throws Exception {
    List<String> a = Arrays.asList(args);
    boolean quick = a.contains("--quick");
    boolean weka10W2 = a.contains("--weka10-w2");
    List<Workload> workloads = new ArrayList<>();
    for (String n : option(args, "--workloads", "W1,W2").split(",")) {
      workloads.add(Workload.valueOf(n.trim()));
    }
    String out = option(args, "--out", null);
    String jmhLog = option(args, "--jmh-log", "kmeans-jmh.log");

    StringBuilder report = new StringBuilder();
    for (Workload w : workloads) {
      boolean wekaTen = !quick && (w != Workload.W2 || weka10W2);
      KMeansCheck check = new KMeansCheck(wekaTen);
      check.run(w);
      Map<String, Timing> timings = new LinkedHashMap<>();
      for (Case c : CASES) {
        if (c.tenRuns() && (quick || (c.method().equals("weka10") && !wekaTen))) {
          continue;
        }
        Plan p = plan(c, w, quick);
        System.err.printf(Locale.ROOT, "JMH %s %s: %d warm-up + %d measured calls%n", w, c.id(), p.warmup(),
            p.measure());
        ChainedOptionsBuilder o = new OptionsBuilder()
            .include(KMeansBenchmark.class.getName() + "\\." + c.method() + "$")
            .param("workload", w.name())
            .warmupIterations(p.warmup())
            .measurementIterations(p.measure())
            .forks(1)
            .shouldDoGC(true)
            .output(jmhLog + "." + w + "." + c.id().replace(':', '-'));
        if (c.threads() != null) {
          o.param("threads", String.valueOf(c.threads()));
        }
        for (RunResult r : new Runner(o.build()).run()) {
          Statistics s = r.getPrimaryResult().getStatistics();
          // JMH reports in the benchmark's unit, milliseconds
          timings.put(c.id(), new Timing(s.getPercentile(50) / 1e3, s.getMin() / 1e3, s.getMax() / 1e3, s.getN()));
        }
      }
      report.append(table(w, check, timings, quick));
    }
    String text = report.toString();
    System.out.print(text);
    if (out != null) {
      Files.writeString(Path.of(out), text, StandardCharsets.UTF_8);
    }
  }

  private static String option(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  static String table(Workload w, KMeansCheck check, Map<String, Timing> t, boolean quick) {
    StringBuilder b = new StringBuilder();
    b.append("### ").append(w.describe()).append("\n\n");
    if (quick) {
      b.append("**--quick: one call per case, no warm-up: a smoke test, not figures.**\n\n");
    }
    Timing weka = t.get("weka");
    String bestElki = null;
    for (Case c : CASES) {
      if (c.peer() == Peer.ELKI && t.containsKey(c.id())
          && (bestElki == null || t.get(c.id()).median() < t.get(bestElki).median())) {
        bestElki = c.id();
      }
    }
    Timing elki = bestElki == null ? null : t.get(bestElki);

    b.append("One run from the same initial centres (Weka's random rows for -S 1), one thread:\n\n");
    b.append("| implementation | iterations | inertia | median (s) | min-max (s) | calls | Weka time / this"
        + " | best ELKI time / this |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Case c : CASES) {
      if (!c.tenRuns()) {
        row(b, w, c, check, t, weka, elki, c.id().equals(bestElki));
      }
    }
    b.append('\n');
    if (t.containsKey("oursAuto") && weka != null && elki != null) {
      double ours = t.get("oursAuto").median();
      double e = elki.median() / ours;
      b.append(String.format(Locale.ROOT, "Ours (AUTO, refinement NONE) vs Weka: %.1f× faster."
          + " Vs the fastest ELKI variant here (%s): ELKI time / ours = %.2f, i.e. ours is %s.%n%n",
          weka.median() / ours, label(bestElki), e,
          e >= 1 ? String.format(Locale.ROOT, "%.2f× faster", e)
              : String.format(Locale.ROOT, "%.2f× slower", 1 / e)));
    }

    if (t.keySet().stream().anyMatch(k -> k.startsWith("ours10"))) {
      b.append("Ten runs (best of 10 kept):\n\n");
      b.append("| implementation | iterations | best inertia | median (s) | min-max (s) | calls | Weka 10 time / this |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|\n");
      Timing weka10 = t.get("weka10");
      for (Case c : CASES) {
        if (c.tenRuns()) {
          row(b, w, c, check, t, weka10, null, false);
        }
      }
      b.append('\n');
      if (weka10 == null) {
        b.append("Weka's ten runs were not timed on this workload (too slow for the time budget).\n\n");
      }
      Timing t1 = t.get("ours10Restarts:threads=1");
      Timing t2 = t.get("ours10Restarts:threads=2");
      if (t1 != null && t2 != null) {
        b.append(String.format(Locale.ROOT, "restarts(10): threads(2) is %.2f× as fast as threads(1).%n%n",
            t1.median() / t2.median()));
      }
      b.append("Iterations of the ten-run rows: the sum over the runs for \"10 runs\", the best restart's for"
          + " restarts(10).\n\n");
    }
    b.append(check.log().lines().map(l -> "- " + l).reduce("", (x, y) -> x + y + "\n")).append('\n');
    return b.toString();
  }

  private static String label(String id) {
    return CASES.stream().filter(c -> c.id().equals(id)).map(Case::label).findFirst().orElse(id);
  }

  private static void row(StringBuilder b, Workload w, Case c, KMeansCheck check, Map<String, Timing> t, Timing ref1,
      Timing ref2, boolean best) {
    Timing m = t.get(c.id());
    KMeansCheck.Outcome o = check.outcomes().get(c.id());
    if (m == null && o == null) {
      return;
    }
    String name = best ? "**" + c.label() + "** (fastest ELKI)" : c.label();
    if (c.method().startsWith("oursAuto")) {
      name += " [AUTO = " + KMeans.resolve(KMeansAlgorithm.AUTO, w.k, w.d) + " here]";
    }
    b.append("| ").append(name)
        .append(" | ").append(o == null ? "" : String.valueOf(o.iterations()))
        .append(" | ").append(o == null ? "" : String.format(Locale.ROOT, "%.10e", o.inertia()));
    if (m == null) {
      b.append(" | not timed | | |");
    } else {
      b.append(String.format(Locale.ROOT, " | %.3f | %.3f-%.3f | %d |", m.median(), m.min(), m.max(), m.n()));
    }
    b.append(ratio(ref1, m)).append(ref2 == null && c.tenRuns() ? "" : ratio(ref2, m)).append('\n');
  }

  private static String ratio(Timing ref, Timing m) {
    if (ref == null || m == null) {
      return " |";
    }
    return String.format(Locale.ROOT, " %.2f |", ref.median() / m.median());
  }

  private KMeansReport() {}

}
