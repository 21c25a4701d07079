package org.clustermodels.core.kmeans;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.clustermodels.core.Reference;

/**
 * Mini-batch k-means (Sculley 2010). APPROXIMATE: it does not run Lloyd's iterations, so its centres, labels
 * and inertia differ from the exact variants' (usually its inertia is a little higher); it trades that for
 * a cost per step that does not grow with n.
 *
 * <p>Each step draws {@code batchSize} rows (at most n) uniformly WITH replacement, finds each drawn row's
 * nearest centre (against the centres as they were at the start of the step), then moves the centres towards
 * the rows one row at a time: centre {@code c} keeps a count {@code v(c)} (the summed weight of all rows it has
 * absorbed), and a row {@code x} of weight {@code w} does {@code v(c) += w; c += (w / v(c)) (x - c)}, so each
 * centre is the running weighted mean of the rows it absorbed (rows of weight 0 do nothing).
 * {@code maxIterations} counts PASSES: a pass is {@code ceil(n / batchSize)} steps; after each pass the run
 * stops if the summed squared movement of the centres over the pass is at most the absolute tolerance
 * (reported as converged). Finally every row gets its nearest centre (exhaustive search, ties to the lowest
 * index) and the inertia is computed exactly from those labels.
 *
 * <p>Empty clusters are handled once, at the end, according to the problem's policy: FAIL throws; KEEP_CENTER
 * reports the cluster with size 0 at its last centre; FARTHEST_POINT moves the row chosen as in
 * {@link EmptyClusters} (the farthest from its centre, taken from a cluster that keeps other rows) into the
 * empty cluster and puts that cluster's centre ON the row, then reassigns all rows; this repeats at most k
 * times, after which any cluster still empty keeps its centre.
 *
 * <p>Determinism: the random source is seeded from the initial centres' bit patterns and n, so a restart's
 * initial centres fix its result.
 *
 * <p>Cost: O(batchSize k d) per step, O(n k d) for the final assignment; memory O(n + batchSize + k d).
 */
@Reference(authors = "D. Sculley", title = "Web-scale k-means clustering",
    venue = "Proceedings of the 19th International Conference on World Wide Web (WWW)", year = 2010,
    url = "https://doi.org/10.1145/1772690.1772862")
final class MiniBatchKMeans implements KMeansRunner {

  /** The mini-batch algorithm. */
  static final MiniBatchKMeans INSTANCE = new MiniBatchKMeans();

  private MiniBatchKMeans() {
  }

  @Override
  public SingleRun run(KMeansProblem p, double[] initialCenters) {
    int n = p.n();
    int d = p.d();
    int k = p.k();
    double[] x = p.x();
    double[] w = p.w();
    double[] centers = initialCenters.clone();
    double[] passStart = new double[centers.length];
    double[] counts = new double[k];
    int batch = Math.min(p.batchSize(), n);
    int[] rows = new int[batch];
    int[] nearest = new int[batch];
    int stepsPerPass = (int) ((n + (long) batch - 1) / batch);
    SplittableRandom rng = new SplittableRandom(seed(initialCenters, n));
    int passes = 0;
    boolean converged = false;
    while (passes < p.maxIterations() && !converged) {
      p.monitor().checkCancelled();
      System.arraycopy(centers, 0, passStart, 0, centers.length);
      for (int step = 0; step < stepsPerPass; step++) {
        for (int b = 0; b < batch; b++) {
          rows[b] = rng.nextInt(n);
          nearest[b] = VectorMath.nearest(x, rows[b], centers, k, d);
        }
        for (int b = 0; b < batch; b++) {
          int i = rows[b];
          int c = nearest[b];
          if (!(w[i] > 0)) {
            continue;
          }
          counts[c] += w[i];
          double eta = w[i] / counts[c];
          for (int j = 0; j < d; j++) {
            centers[c * d + j] += eta * (x[i * d + j] - centers[c * d + j]);
          }
        }
      }
      passes++;
      double shift = 0;
      for (int t = 0; t < centers.length; t++) {
        double delta = centers[t] - passStart[t];
        shift += delta * delta;
      }
      converged = shift <= p.absTolerance();
    }
    int[] labels = new int[n];
    assignAll(p, centers, labels);
    handleEmptyClusters(p, centers, labels);
    double inertia = VectorMath.inertia(x, w, n, d, centers, labels);
    return new SingleRun(centers, labels, inertia, passes, converged);
  }

  /** A seed that depends only on the initial centres' bits and n (SplitMix-style mixing). */
  private static long seed(double[] initialCenters, int n) {
    long h = 0x9E3779B97F4A7C15L * (n + 1L);
    for (double v : initialCenters) {
      h = (h ^ Double.doubleToLongBits(v)) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return h;
  }

  private static void assignAll(KMeansProblem p, double[] centers, int[] labels) {
    for (int i = 0; i < p.n(); i++) {
      labels[i] = VectorMath.nearest(p.x(), i, centers, p.k(), p.d());
    }
  }

  /** Applies the empty-cluster policy to the final assignment (see the class comment). */
  private static void handleEmptyClusters(KMeansProblem p, double[] centers, int[] labels) {
    double[] clusterWeights = new double[p.k()];
    for (int round = 0; round < p.k(); round++) {
      Arrays.fill(clusterWeights, 0.0);
      for (int i = 0; i < p.n(); i++) {
        clusterWeights[labels[i]] += p.w()[i];
      }
      int empty = -1;
      for (int c = 0; c < p.k() && empty < 0; c++) {
        if (!(clusterWeights[c] > 0)) {
          empty = c;
        }
      }
      if (empty < 0 || p.emptyClusterPolicy() == EmptyClusterPolicy.KEEP_CENTER) {
        return;
      }
      if (p.emptyClusterPolicy() == EmptyClusterPolicy.FAIL) {
        throw new IllegalStateException("cluster " + empty + " is empty after mini-batch k-means (empty-cluster"
            + " policy FAIL); try another seed, k-means++ initialisation or fewer clusters");
      }
      CenterOnRow mover = new CenterOnRow(p, centers, labels);
      EmptyClusters.relocateFarthest(p, centers, labels, clusterWeights, mover);
      if (!mover.moved) {
        return; // no row could be moved: the empty clusters keep their centres
      }
      assignAll(p, centers, labels);
    }
  }

  /** Receives the rows that the relocation moved and puts their new cluster's centre on them. */
  private static final class CenterOnRow implements AssignmentStep {
    private final KMeansProblem p;
    private final double[] centers;
    private final int[] labels;
    private boolean moved;

    CenterOnRow(KMeansProblem p, double[] centers, int[] labels) {
      this.p = p;
      this.centers = centers;
      this.labels = labels;
    }

    @Override
    public int assign(double[] centers, int[] labels, ChangedRows changed) {
      throw new UnsupportedOperationException("only receives relocations");
    }

    @Override
    public void centersMoved(double[] oldCenters, double[] newCenters) {
      throw new UnsupportedOperationException("only receives relocations");
    }

    @Override
    public void invalidate(int row) {
      System.arraycopy(p.x(), row * p.d(), centers, labels[row] * p.d(), p.d());
      moved = true;
    }
  }
}
