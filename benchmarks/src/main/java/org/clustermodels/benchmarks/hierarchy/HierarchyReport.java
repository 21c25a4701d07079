package org.clustermodels.benchmarks.hierarchy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the whole hierarchical clustering comparison and prints Markdown: for each size, first
 * {@link HierarchyCheck} (untimed: every implementation built the same tree), then every case under JMH, one fork
 * each, with warm-up and measurement counts chosen per case; then one table per size with medians, ranges, call
 * counts and the ratios to Weka and to ELKI's fastest algorithm per linkage; then DIANA; then the targets.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.hierarchy.HierarchyReport \
 *     [--quick] [--sizes 2000,10000,20000] [--diana-sizes 1000,2000] [--weka-n 2000] [--agnes-n 2000] \
 *     [--out tables.md] [--jmh-log prefix]
 * </pre>
 *
 * <p>See {@link RunOptions}; the size section (n = 50,000 and 200,000) is {@link HierarchyScale}, run separately
 * because it needs a larger heap.
 */
public final class HierarchyReport {
  /** Target of the issue: ours at least this many times as fast as Weka at n = 2,000. */
  static final double WEKA_TARGET = 1000;
  /** Target of the issue: ours at least this many times as fast as ELKI's fastest, per linkage. */
  static final double ELKI_TARGET = 1.5;

  /** Warm-up and measured calls of one case. */
  record Plan(int warmup, int measure) {}

  /** What JMH measured for one case, in seconds. */
  record Timing(double median, double min, double max, long n) {}

  /**
   * The counts: each call is a whole clustering. Weka needs tens of seconds a call at n = 2,000 (two measured
   * calls, no warm-up: its JIT warm-up is lost in that), AGNES (O(n^3)) a second or two; the others tenths of a
   * second at n = 2,000, seconds at 10,000 and up to about 15 s at 20,000.
   */
  static Plan plan(Case c, int n, boolean quick) {
    if (quick) {
      return new Plan(0, 1);
    }
    if (c.peer() == Case.Peer.WEKA) {
      return new Plan(0, 2);
    }
    if (c.variant().equals(Elki.Algorithm.AGNES.name())) {
      return new Plan(1, 3);
    }
    if (n <= 2000) {
      return new Plan(10, 20); // tens of milliseconds a call: enough calls for the JIT and the heap to settle
    }
    return n <= 10_000 ? new Plan(2, 5) : new Plan(1, 3);
  }

  /** The last result of every run, for the targets table. */
  private final Map<Integer, Map<String, Timing>> timingsBySize = new LinkedHashMap<>();
  private final RunOptions options;

  private HierarchyReport(RunOptions options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    RunOptions o = RunOptions.parse(args);
    String text = new HierarchyReport(o).run();
    System.out.print(text);
    if (o.out() != null) {
      Files.writeString(Path.of(o.out()), text, StandardCharsets.UTF_8);
    }
  }

  private String run() throws Exception {
    StringBuilder report = new StringBuilder();
    for (int n : options.sizes()) {
      HierarchyCheck check = new HierarchyCheck();
      List<Case> cases = options.cases(n);
      check.run(n, cases);
      Map<String, Timing> t = time(cases, n);
      timingsBySize.put(n, t);
      report.append(table(n, cases, check, t));
    }
    if (options.dianaSizes().length > 0) {
      report.append(dianaTable());
    }
    report.append(targets());
    return report.toString();
  }

  private Map<String, Timing> time(List<Case> cases, int n) throws Exception {
    Map<String, Timing> timings = new LinkedHashMap<>();
    for (Case c : cases) {
      if (!c.timed()) {
        continue;
      }
      Plan p = plan(c, n, options.quick());
      System.err.printf(Locale.ROOT, "JMH n=%d %s: %d warm-up + %d measured calls%n", n, c.id(), p.warmup(),
          p.measure());
      ChainedOptionsBuilder b = new OptionsBuilder()
          .include(HierarchyBenchmark.class.getName() + "\\." + c.benchmark() + "$")
          .warmupIterations(p.warmup())
          .measurementIterations(p.measure())
          .forks(1)
          .shouldDoGC(true)
          .output(options.jmhLog() + "." + n + "." + c.id().replace('/', '-'));
      c.params(n).forEach(b::param);
      for (RunResult r : new Runner(b.build()).run()) {
        Statistics s = r.getPrimaryResult().getStatistics();
        // JMH reports in the benchmark's unit, milliseconds
        timings.put(c.id(), new Timing(s.getPercentile(50) / 1e3, s.getMin() / 1e3, s.getMax() / 1e3, s.getN()));
      }
    }
    return timings;
  }

  private String quickNote() {
    return options.quick() ? "**--quick: one call per case, no warm-up: a smoke test, not figures.**\n\n" : "";
  }

  private String table(int n, List<Case> cases, HierarchyCheck check, Map<String, Timing> t) {
    StringBuilder b = new StringBuilder();
    b.append("### Agglomerative, ").append(HierarchyData.describe(n)).append("\n\n").append(quickNote());
    b.append("| linkage | implementation | check against ours MATRIX, threads(1) | top height | root split"
        + " | median (s) | min-max (s) | calls | Weka time / this | fastest ELKI time / this |\n");
    b.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder summary = new StringBuilder();
    for (LinkageMethod l : Case.LINKAGES) {
      Timing weka = t.get(new Case(Case.Peer.WEKA, "", l, 0).id());
      Case bestElki = fastest(cases, t, l, Case.Peer.ELKI, 0);
      Timing elki = bestElki == null ? null : t.get(bestElki.id());
      for (Case c : cases) {
        if (c.linkage() != l) {
          continue;
        }
        HierarchyCheck.Outcome o = check.outcomes().get(c.id());
        Timing m = t.get(c.id());
        b.append("| ").append(l.id()).append(" | ")
            .append(c.equals(bestElki) ? "**" + c.label() + "** (fastest ELKI)" : c.label())
            .append(" | ").append(o == null ? "" : o.check())
            .append(" | ").append(o == null ? "" : String.format(Locale.ROOT, "%.6g", o.summary().top()))
            .append(" | ").append(o == null ? "" : o.summary().rootSplit())
            .append(timing(m)).append(ratio(weka, m)).append(ratio(elki, m)).append('\n');
      }
      summary.append(summaryLine(n, cases, t, l, weka, bestElki));
    }
    b.append('\n').append(summary).append('\n');
    b.append(check.log().lines().map(l -> "- " + l + "\n").reduce("", String::concat)).append('\n');
    return b.toString();
  }

  private String summaryLine(int n, List<Case> cases, Map<String, Timing> t, LinkageMethod l, Timing weka,
      Case bestElki) {
    Case ours = fastest(cases, t, l, Case.Peer.OURS, 1);
    if (ours == null) {
      return "";
    }
    double time = t.get(ours.id()).median();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "- **%s**: ours, threads(1), fastest %s: %.3f s.",
        l.id(), ours.variant(), time));
    if (weka != null) {
      double r = weka.median() / time;
      s.append(String.format(Locale.ROOT, " Weka / ours = %,.0f (target >= %,.0f: %s%s).", r, WEKA_TARGET,
          r >= WEKA_TARGET ? "met" : "NOT met", l == LinkageMethod.WARD ? "; Weka's WARD is another criterion" : ""));
    }
    if (bestElki != null) {
      double r = t.get(bestElki.id()).median() / time;
      s.append(String.format(Locale.ROOT, " Fastest ELKI here %s: ELKI / ours = %.2f (target >= %.1f: %s).",
          Elki.Algorithm.valueOf(bestElki.variant()).elkiName(), r, ELKI_TARGET, r >= ELKI_TARGET ? "met" : "NOT met"));
    }
    for (String method : Case.hasVector(l) ? new String[] {"MATRIX", "VECTOR"} : new String[] {"MATRIX"}) {
      Timing t1 = t.get(new Case(Case.Peer.OURS, method, l, 1).id());
      Timing t2 = t.get(new Case(Case.Peer.OURS, method, l, 2).id());
      if (t1 != null && t2 != null) {
        s.append(String.format(Locale.ROOT, " %s threads(2) is %.2fx as fast as threads(1).", method,
            t1.median() / t2.median()));
      }
    }
    return s.append('\n').toString();
  }

  /** @return the case of the peer (and thread count, for ours) with the smallest median for the linkage */
  private static Case fastest(List<Case> cases, Map<String, Timing> t, LinkageMethod l, Case.Peer peer,
      int threads) {
    Case best = null;
    for (Case c : cases) {
      if (c.linkage() == l && c.peer() == peer && c.threads() == threads && t.containsKey(c.id())
          && (best == null || t.get(c.id()).median() < t.get(best.id()).median())) {
        best = c;
      }
    }
    return best;
  }

  private String dianaTable() throws Exception {
    StringBuilder b = new StringBuilder();
    b.append("### DIANA (ours only: neither Weka nor ELKI has it), d = ").append(HierarchyData.D)
        .append(", the same data generator\n\n").append(quickNote());
    b.append("| n | implementation | check | top height | root split | divisive coefficient | median (s)"
        + " | min-max (s) | calls |\n");
    b.append("|---:|---|---|---:|---:|---:|---:|---:|---:|\n");
    StringBuilder log = new StringBuilder();
    for (int n : options.dianaSizes()) {
      HierarchyCheck check = new HierarchyCheck();
      check.runDiana(n);
      Case c = Case.diana();
      Timing m = time(List.of(c), n).get(c.id());
      HierarchyCheck.Outcome o = check.outcomes().get(c.id());
      b.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.6g | %s | %s", n, c.label(), o.check(),
          o.summary().top(), o.summary().rootSplit(), o.extra())).append(timing(m)).append('\n');
      log.append(check.log().lines().map(l -> "- " + l + "\n").reduce("", String::concat));
    }
    return b.append('\n').append(log).append('\n').toString();
  }

  private String targets() {
    StringBuilder b = new StringBuilder("### Targets\n\n").append(quickNote());
    b.append("Ours = the faster of MATRIX and VECTOR at threads(1). Targets: Weka / ours >= ")
        .append(String.format(Locale.ROOT, "%,.0f", WEKA_TARGET)).append(" at n = 2,000; fastest ELKI / ours >= ")
        .append(ELKI_TARGET).append(" per linkage.\n\n");
    b.append("| n | linkage | ours, threads(1) (s) | Weka (s) | Weka / ours | fastest ELKI (s) | ELKI / ours |\n");
    b.append("|---:|---|---:|---:|---:|---:|---:|\n");
    for (var e : timingsBySize.entrySet()) {
      int n = e.getKey();
      Map<String, Timing> t = e.getValue();
      List<Case> cases = options.cases(n);
      for (LinkageMethod l : Case.LINKAGES) {
        Case ours = fastest(cases, t, l, Case.Peer.OURS, 1);
        Case elki = fastest(cases, t, l, Case.Peer.ELKI, 0);
        Timing weka = t.get(new Case(Case.Peer.WEKA, "", l, 0).id());
        if (ours == null) {
          continue;
        }
        double time = t.get(ours.id()).median();
        b.append(String.format(Locale.ROOT, "| %,d | %s | %.3f (%s) | ", n, l.id(), time, ours.variant()));
        if (weka == null) {
          b.append("| |");
        } else {
          b.append(String.format(Locale.ROOT, "%.1f | %,.0f%s%s |", weka.median(), weka.median() / time,
              weka.median() / time >= WEKA_TARGET ? "" : " (not met)",
              l == LinkageMethod.WARD ? " (other criterion)" : ""));
        }
        if (elki == null) {
          b.append(" | |\n");
        } else {
          double r = t.get(elki.id()).median() / time;
          b.append(String.format(Locale.ROOT, " %.3f (%s) | %.2f%s |%n", t.get(elki.id()).median(),
              Elki.Algorithm.valueOf(elki.variant()).elkiName(), r, r >= ELKI_TARGET ? "" : " (not met)"));
        }
      }
    }
    return b.append('\n').toString();
  }

  private static String timing(Timing m) {
    return m == null ? " | not timed | | |"
        : String.format(Locale.ROOT, " | %.3f | %.3f-%.3f | %d |", m.median(), m.min(), m.max(), m.n());
  }

  private static String ratio(Timing ref, Timing m) {
    if (ref == null || m == null) {
      return " |";
    }
    double r = ref.median() / m.median();
    return String.format(Locale.ROOT, r >= 100 ? " %,.0f |" : " %.2f |", r);
  }
}
