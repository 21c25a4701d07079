package org.clustermodels.benchmarks.kmeans;

import elki.data.Clustering;
import elki.data.model.KMeansModel;
import elki.logging.LoggingConfiguration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.Refinement;

/**
 * The correctness check of the comparison, untimed: runs every case of {@link KMeansBenchmark} once and records
 * its iteration count and final inertia (sum of squared distances to the nearest centre), so that the report can
 * show that all implementations solved the same problem: from the same initial centres, Lloyd, Hamerly, Elkan and
 * the other exact variants must reach the same partition, so the same inertia and (up to each library's way of
 * counting) the same number of iterations. It also checks that Weka really started from the rows
 * {@link WekaRandomRows} computed for it.
 *
 * <p>Run alone: {@code java -cp benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.kmeans.KMeansCheck
 * [W1|W2 ...]}.
 */
public final class KMeansCheck {
  /** What one case gave. */
  public record Outcome(String id, int iterations, double inertia, double seconds, String note) {}

  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final boolean wekaTen;
  private final StringBuilder log = new StringBuilder();

  /**
   * @param wekaTen whether to run Weka's ten runs too (slow on W2)
   */
  public KMeansCheck(boolean wekaTen) {
    this.wekaTen = wekaTen;
  }

  /** @return the outcomes by case id (the benchmark method name, with {@code :threads=N} for restarts) */
  public Map<String, Outcome> outcomes() {
    return outcomes;
  }

  /** @return the verification messages */
  public String log() {
    return log.toString();
  }

  private void put(String id, int iterations, double inertia, long t0, String note) {
    Outcome o = new Outcome(id, iterations, inertia, (System.nanoTime() - t0) / 1e9, note);
    outcomes.put(id, o);
    System.err.printf(Locale.ROOT, "  %-28s iterations %6d  inertia %.10e  %.2f s %s%n", id, iterations, inertia,
        o.seconds(), note == null ? "" : note);
  }

  private void say(String fmt, Object... args) {
    String s = String.format(Locale.ROOT, fmt, args);
    log.append(s).append('\n');
    System.err.println(s);
  }

  /** Runs every case once on {@code w}. */
  public void run(Workload w) throws Exception {
    System.err.println("check " + w.describe());
    Prepared p = Prepared.of(w.name());
    say("%s: initial rows (Weka -S %d): %s", w.name(), Prepared.SEED,
        Arrays.toString(WekaRandomRows.rows(p.x, w.n, w.d, w.k, Prepared.SEED)));

    // Weka first: it tells whether our copy of its initial rows is right
    Weka weka = new Weka(p.x, w);
    long t0 = System.nanoTime();
    Weka.Probe km = weka.fit(Prepared.SEED);
    put("weka", km.iterations(), Weka.inertia(km), t0, null);
    boolean same = Arrays.deepEquals(km.initialStartPoints(), p.centres);
    say("%s: Weka's own initial start points %s the rows given to ours and ELKI", w.name(),
        same ? "EQUAL" : "DIFFER FROM");
    if (!same) {
      throw new IllegalStateException("Weka's initial rows differ from WekaRandomRows: the comparison is void");
    }
    double[] wekaRunInertia = null;
    if (wekaTen) {
      wekaRunInertia = new double[Prepared.RUNS];
      int its = 0;
      boolean allSame = true;
      t0 = System.nanoTime();
      for (int r = 0; r < Prepared.RUNS; r++) {
        Weka.Probe kr = weka.fit(Prepared.SEED + r);
        wekaRunInertia[r] = Weka.inertia(kr);
        its += kr.iterations();
        allSame &= Arrays.deepEquals(kr.initialStartPoints(), p.runCentres[r]);
      }
      put("weka10", its, Arrays.stream(wekaRunInertia).min().orElseThrow(), t0, "(sum of iterations; best inertia)");
      say("%s: Weka's initial start points for seeds %d..%d %s", w.name(), Prepared.SEED,
          Prepared.SEED + Prepared.RUNS - 1, allSame ? "all EQUAL ours" : "DIFFER");
      if (!allSame) {
        throw new IllegalStateException("Weka's initial rows differ from WekaRandomRows: the comparison is void");
      }
    }
    weka = null;
    km = null;

    // ours
    Ours ours = new Ours(p.x, w);
    for (KMeansAlgorithm a : new KMeansAlgorithm[] {
        KMeansAlgorithm.LLOYD, KMeansAlgorithm.HAMERLY, KMeansAlgorithm.ELKAN, KMeansAlgorithm.AUTO}) {
      t0 = System.nanoTime();
      KMeansResult r = ours.fitGiven(a, Refinement.NONE, p.centres);
      put("ours" + camel(a.name()), r.iterations(), r.inertia(), t0, r.converged() ? null : "(NOT CONVERGED)");
    }
    t0 = System.nanoTime();
    KMeansResult hr = ours.fitGiven(KMeansAlgorithm.AUTO, Refinement.HARTIGAN, p.centres);
    put("oursAutoHartigan", hr.iterations(), hr.inertia(), t0, null);

    t0 = System.nanoTime();
    int its = 0;
    double best = Double.POSITIVE_INFINITY;
    double maxRel = 0;
    for (int r = 0; r < Prepared.RUNS; r++) {
      KMeansResult rr = ours.fitGiven(KMeansAlgorithm.AUTO, Refinement.NONE, p.runCentres[r]);
      its += rr.iterations();
      best = Math.min(best, rr.inertia());
      if (wekaRunInertia != null) {
        maxRel = Math.max(maxRel, Math.abs(rr.inertia() - wekaRunInertia[r]) / wekaRunInertia[r]);
      }
    }
    put("ours10Given", its, best, t0, "(sum of iterations; best inertia)");
    if (wekaRunInertia != null) {
      say("%s: ten runs from Weka's rows: largest relative inertia difference ours vs Weka, run by run: %.1e",
          w.name(), maxRel);
    }
    for (int threads = 1; threads <= 2; threads++) {
      long cpu0 = processCpuNanos();
      t0 = System.nanoTime();
      KMeansResult rr = ours.fitRestarts(Prepared.RUNS, threads, Prepared.SEED);
      long wall = System.nanoTime() - t0;
      long cpu = processCpuNanos() - cpu0;
      put("ours10Restarts:threads=" + threads, rr.iterations(), rr.inertia(), t0, "(iterations of the best restart)");
      if (cpu0 >= 0) {
        say("%s: restarts(10) with threads(%d) kept %.2f cores busy on average (this JVM's CPU time / wall time,"
            + " %d cores present): below the thread count means other processes shared the cores",
            w.name(), threads, (double) cpu / wall, Runtime.getRuntime().availableProcessors());
      }
    }
    ours = null;

    // ELKI; its iteration count is only logged, as a statistic
    Elki elki = new Elki(p.x, w);
    IterationCapture capture = IterationCapture.install();
    try {
      for (Elki.Variant v : Elki.Variant.values()) {
        capture.last = -1;
        t0 = System.nanoTime();
        Clustering<KMeansModel> c = elki.fit(v, p.centres);
        long t1 = System.nanoTime();
        double inertia = elki.inertia(c);
        put("elki" + camel(v.name()), capture.last, inertia, t0 + (System.nanoTime() - t1), null);
      }
    } finally {
      capture.uninstall();
    }
  }

  /** @return this JVM's CPU time in nanoseconds, or -1 where the platform does not tell */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  static String camel(String enumName) {
    StringBuilder b = new StringBuilder();
    for (String part : enumName.toLowerCase(Locale.ROOT).split("_")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  /** Reads ELKI's "....iterations: N" statistic from its logging (statistics are off in the timed runs). */
  static final class IterationCapture extends Handler {
    private static final Pattern ITERATIONS = Pattern.compile("\\.iterations: (\\d+)");
    volatile int last = -1;

    static IterationCapture install() {
      IterationCapture h = new IterationCapture();
      LoggingConfiguration.setStatistics();
      LoggingConfiguration.replaceDefaultHandler(h);
      return h;
    }

    void uninstall() {
      java.util.logging.LogManager.getLogManager().getLogger("").removeHandler(this);
      java.util.logging.Logger.getLogger(LoggingConfiguration.TOPLEVEL_PACKAGE).setLevel(java.util.logging.Level.WARNING);
    }

    @Override
    public void publish(LogRecord rec) {
      String m = rec.getMessage();
      if (m != null) {
        Matcher mt = ITERATIONS.matcher(m);
        if (mt.find()) {
          last = Integer.parseInt(mt.group(1));
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /**
   * @param args workload names (default W1 W2); {@code --no-weka10} skips Weka's ten runs
   */
  public static void main(String[] args) throws Exception {
    boolean ten = !Arrays.asList(args).contains("--no-weka10");
    KMeansCheck check = new KMeansCheck(ten);
    String[] names = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
    if (names.length == 0) {
      names = new String[] {"W1", "W2"};
    }
    for (String n : names) {
      check.run(Workload.valueOf(n));
    }
  }
}
