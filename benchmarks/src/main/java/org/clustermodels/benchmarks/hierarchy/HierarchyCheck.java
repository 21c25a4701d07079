package org.clustermodels.benchmarks.hierarchy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.hierarchy.LinkageMethod;

/**
 * The correctness check of the comparison, untimed: runs every case once on the same data and verifies that all
 * implementations built the same tree, against ours {@code MATRIX} with one thread (the reference) of the same
 * linkage:
 *
 * <ul>
 *   <li>ours {@code MATRIX} with two threads, and ours {@code VECTOR} with two threads against {@code VECTOR} with
 *       one: identical dendrograms (merges and heights to the bit; the thread count must not change the result);
 *   <li>ours {@code VECTOR}: sorted heights within {@value #TOLERANCE} (relative), and whether the merge list is
 *       the same (it is on tie-free data unless rounding reorders two nearly equal heights);
 *   <li>ELKI, and Weka for single, complete and average linkage: sorted merge heights within {@value #TOLERANCE}
 *       (relative, after the scale conversion of {@link Elki#summary}) and the same root split (the sizes of the
 *       two clusters the last merge joins);
 *   <li>ELKI's {@code LinearMemoryNNChain}, which has a known defect in 0.8.0 ({@link Elki.Algorithm#defect()}):
 *       whether it built the same tree is reported, without failing, and the case is not timed;
 *   <li>Weka's {@code WARD}, a different criterion (see {@link Weka}): only its first (smallest) height, which
 *       equals the smallest distance for both, within {@value #TOLERANCE}; its top height and root split are shown;
 *   <li>DIANA (ours only): n - 1 merges, monotone heights, and the root height equal to the diameter of the data
 *       (the largest distance between two rows, computed here directly).
 * </ul>
 *
 * <p>A failed verification throws: the comparison would be void. Run alone: {@code java -cp
 * benchmarks/target/benchmarks.jar org.clustermodels.benchmarks.hierarchy.HierarchyCheck [--quick] [--sizes ...]}
 * (the options of {@link HierarchyReport}).
 */
public final class HierarchyCheck {
  /** Largest relative difference allowed between sorted merge heights that should be equal. */
  public static final double TOLERANCE = 1e-9;

  /** What one case gave. */
  public record Outcome(Case c, TreeSummary summary, double seconds, String check, String extra) {}

  private final Map<String, Outcome> outcomes = new LinkedHashMap<>();
  private final StringBuilder log = new StringBuilder();

  /** @return the outcomes by {@link Case#id()} */
  public Map<String, Outcome> outcomes() {
    return outcomes;
  }

  /** @return the verification messages */
  public String log() {
    return log.toString();
  }

  private void say(String fmt, Object... args) {
    String s = String.format(Locale.ROOT, fmt, args);
    log.append(s).append('\n');
    System.err.println(s);
  }

  private void put(Case c, TreeSummary summary, long t0, String check, String extra) {
    Outcome o = new Outcome(c, summary, (System.nanoTime() - t0) / 1e9, check, extra);
    outcomes.put(c.id(), o);
    System.err.printf(Locale.ROOT, "  %-26s top %.10e  root %-13s %8.2f s  %s%n", c.id(), summary.top(),
        summary.rootSplit(), o.seconds(), check);
  }

  /**
   * Runs the agglomerative cases of one size once and verifies them (the reference of each linkage first).
   *
   * @param n the number of rows
   * @param cases the cases ({@link RunOptions#cases})
   * @throws Exception from Weka, or {@link IllegalStateException} if a verification fails
   */
  public void run(int n, List<Case> cases) throws Exception {
    System.err.println("check " + HierarchyData.describe(n));
    double[] x = HierarchyData.generate(n);
    Map<LinkageMethod, Dendrogram> reference = new LinkedHashMap<>();
    Map<LinkageMethod, Dendrogram> vector = new LinkedHashMap<>();
    Ours ours = new Ours(x, n, HierarchyData.D);
    for (Case c : cases) {
      if (c.peer() == Case.Peer.OURS && c.isReference()) {
        long t0 = System.nanoTime();
        Dendrogram tree = ours.fit(AgglomerativeMethod.MATRIX, c.linkage(), 1);
        reference.put(c.linkage(), tree);
        put(c, TreeSummary.of(tree), t0, "reference", null);
      }
    }
    for (Case c : cases) {
      if (c.peer() == Case.Peer.OURS && !c.isReference()) {
        long t0 = System.nanoTime();
        Dendrogram tree = ours.fit(AgglomerativeMethod.valueOf(c.variant()), c.linkage(), c.threads());
        long t1 = System.nanoTime();
        put(c, TreeSummary.of(tree), t0 + (System.nanoTime() - t1), checkOurs(c, tree, reference, vector), null);
      }
    }
    ours = null;

    if (cases.stream().anyMatch(c -> c.peer() == Case.Peer.WEKA)) {
      Weka weka = new Weka(x, n, HierarchyData.D);
      for (Case c : cases) {
        if (c.peer() == Case.Peer.WEKA) {
          long t0 = System.nanoTime();
          var built = weka.fit(c.linkage());
          long t1 = System.nanoTime();
          TreeSummary s = Weka.summary(built, n);
          put(c, s, t0 + (System.nanoTime() - t1), checkWeka(c, s, TreeSummary.of(reference.get(c.linkage()))),
              null);
        }
      }
    }

    Elki elki = new Elki(x, n, HierarchyData.D);
    for (Case c : cases) {
      if (c.peer() == Case.Peer.ELKI) {
        long t0 = System.nanoTime();
        var history = elki.fit(Elki.Algorithm.valueOf(c.variant()), c.linkage());
        long t1 = System.nanoTime();
        TreeSummary s = Elki.summary(history);
        TreeSummary ref = TreeSummary.of(reference.get(c.linkage()));
        put(c, s, t0 + (System.nanoTime() - t1), c.timed() ? checkSame(c, s, ref) : checkDefect(c, s, ref), null);
      }
    }
  }

  private String checkOurs(Case c, Dendrogram tree, Map<LinkageMethod, Dendrogram> reference,
      Map<LinkageMethod, Dendrogram> vector) {
    Dendrogram ref = reference.get(c.linkage());
    if (c.variant().equals("MATRIX")) {
      return requireIdentical(c, tree, ref, "ours MATRIX, threads(1)");
    }
    Dendrogram firstVector = vector.putIfAbsent(c.linkage(), tree);
    if (firstVector != null) {
      return requireIdentical(c, tree, firstVector, "ours VECTOR, threads(1)");
    }
    double diff = TreeSummary.of(tree).maxRelativeDifference(TreeSummary.of(ref));
    requireWithin(c, diff, "sorted heights");
    boolean same = sameMerges(tree, ref);
    say("%s: VECTOR vs MATRIX: %s; sorted heights within %.1e", c.id(), same ? "same merge list"
        : "merge list DIFFERS (near-equal heights ordered differently by rounding)", diff);
    return String.format(Locale.ROOT, "%s, heights within %.1e", same ? "same merges" : "sorted heights only", diff);
  }

  private String requireIdentical(Case c, Dendrogram tree, Dendrogram ref, String what) {
    if (!tree.equals(ref)) {
      throw new IllegalStateException(c.id() + ": the dendrogram differs from " + what
          + "; the thread count changed the result");
    }
    return "identical to " + what;
  }

  private String checkWeka(Case c, TreeSummary weka, TreeSummary ref) {
    if (c.linkage() != LinkageMethod.WARD) {
      return checkSame(c, weka, ref);
    }
    double first = relative(weka.heights()[0], ref.heights()[0]);
    requireWithin(c, first, "smallest height");
    say("%s: Weka's WARD is another criterion (increase in the sum of unsquared distances to the centroid):"
        + " smallest height within %.1e of ours (both are the smallest distance); top height %.6g vs Ward's %.6g;"
        + " root split %s vs Ward's %s", c.id(), first, weka.top(), ref.top(), weka.rootSplit(), ref.rootSplit());
    return String.format(Locale.ROOT, "other criterion; smallest height within %.1e", first);
  }

  private String checkSame(Case c, TreeSummary s, TreeSummary ref) {
    double diff = s.maxRelativeDifference(ref);
    requireWithin(c, diff, "sorted heights");
    if (s.rootLarger() != ref.rootLarger()) {
      throw new IllegalStateException(c.id() + ": root split " + s.rootSplit() + ", ours " + ref.rootSplit());
    }
    return String.format(Locale.ROOT, "sorted heights within %.1e, same root split", diff);
  }

  /** A peer with a known defect: reports whether it built the same tree, without failing. */
  private String checkDefect(Case c, TreeSummary s, TreeSummary ref) {
    double diff = s.maxRelativeDifference(ref);
    String defect = Elki.Algorithm.valueOf(c.variant()).defect();
    if (diff <= TOLERANCE && s.rootLarger() == ref.rootLarger()) {
      say("%s: built the same tree as ours (sorted heights within %.1e) although listed with a defect: %s", c.id(),
          diff, defect);
      return String.format(Locale.ROOT, "sorted heights within %.1e, same root split", diff);
    }
    say("%s: ANOTHER TREE, as expected (%s): sorted heights differ by up to %.2g (relative), root split %s vs ours"
        + " %s; not timed", c.id(), defect, diff, s.rootSplit(), ref.rootSplit());
    return String.format(Locale.ROOT, "another tree (known defect): heights differ by up to %.2g", diff);
  }

  private void requireWithin(Case c, double diff, String what) {
    if (!(diff <= TOLERANCE)) {
      throw new IllegalStateException(String.format(Locale.ROOT, "%s: %s differ from ours by up to %.3e"
          + " (relative), more than %.0e: the implementations did not build the same tree", c.id(), what, diff,
          TOLERANCE));
    }
  }

  /**
   * Runs and verifies our DIANA on one size.
   *
   * @param n the number of rows
   */
  public void runDiana(int n) {
    System.err.println("check DIANA " + HierarchyData.describe(n));
    double[] x = HierarchyData.generate(n);
    Case c = Case.diana();
    long t0 = System.nanoTime();
    Dendrogram tree = new Ours(x, n, HierarchyData.D).diana();
    long t1 = System.nanoTime();
    double diameter = diameter(x, n, HierarchyData.D);
    TreeSummary s = TreeSummary.of(tree);
    double top = tree.height(tree.mergeCount() - 1);
    double diff = relative(top, diameter);
    if (tree.mergeCount() != n - 1 || !tree.isMonotone() || !(diff <= TOLERANCE)) {
      throw new IllegalStateException(String.format(Locale.ROOT, "DIANA at n = %d: %d merges, monotone %b, root"
          + " height %.12g vs diameter %.12g", n, tree.mergeCount(), tree.isMonotone(), top, diameter));
    }
    say("DIANA n = %d: %d merges, heights monotone, root height = diameter of the data (largest distance, computed"
        + " directly) within %.1e", n, n - 1, diff);
    put(c, s, t0 + (System.nanoTime() - t1), String.format(Locale.ROOT, "root height = diameter within %.1e", diff),
        String.format(Locale.ROOT, "%.4f", tree.bannerCoefficient()));
  }

  /** @return the largest Euclidean distance between two rows, by a direct double loop */
  static double diameter(double[] x, int n, int d) {
    double max = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < d; k++) {
          double diff = x[i * d + k] - x[j * d + k];
          sum += diff * diff;
        }
        max = Math.max(max, sum);
      }
    }
    return Math.sqrt(max);
  }

  private static double relative(double a, double b) {
    return a == b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }

  private static boolean sameMerges(Dendrogram a, Dendrogram b) {
    for (int t = 0; t < a.mergeCount(); t++) {
      if (a.left(t) != b.left(t) || a.right(t) != b.right(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param args the options of {@link HierarchyReport} (sizes, Weka and AGNES sizes, DIANA sizes, --quick)
   */
  public static void main(String[] args) throws Exception {
    RunOptions o = RunOptions.parse(args);
    HierarchyCheck check = new HierarchyCheck();
    for (int n : o.sizes()) {
      check.run(n, o.cases(n));
    }
    for (int n : o.dianaSizes()) {
      check.runDiana(n);
    }
  }
}
