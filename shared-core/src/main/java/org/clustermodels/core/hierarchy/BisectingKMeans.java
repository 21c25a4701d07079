package org.clustermodels.core.hierarchy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Bisecting k-means (Steinbach, Karypis and Kumar 2000) on the project's K-Means core. Starting from all rows, it
 * splits the cluster chosen by the {@link BisectingKMeansSplit split criterion} (largest SSE or most rows; ties:
 * the cluster made first) into two with 2-means ({@link KMeans}, k-means++ and the parameters' restarts, lowest
 * SSE wins), until it has {@link DivisiveParams#numClusters()} clusters or only clusters of identical rows are
 * left (those cannot be split, so a run may stop with fewer clusters; it never fails on duplicated rows).
 *
 * <p>The tree. The height of a split is the criterion's value for the split cluster (its SSE, or its number of
 * rows). A part of a cluster has at most the SSE and fewer rows than the cluster, so the heights are monotone
 * along the tree; a part whose computed SSE exceeds its parent's by rounding is lowered to the parent's height.
 * The clusters are split in order of decreasing height, so the top k - 1 merges are the first k - 1 splits and
 * cutting the tree into k clusters gives the k clusters of a run stopped at k. Below the clusters where the run
 * stopped, their rows are joined at height 0, so the dendrogram always covers all n rows; ask for
 * {@link DivisiveParams#ALL_ROWS} to split down to single rows (n - 1 runs of 2-means).
 *
 * <p>Determinism: split s draws its k-means seed as the s-th number of a {@link SplittableRandom} seeded with the
 * parameters' seed, and K-Means itself is deterministic at any thread count; so a seed gives the same tree, and
 * a run to k makes the same first k - 1 splits as a run to more clusters.
 *
 * <p>Complexity: O(n d) memory; time is that of 2-means on every split cluster, O(n d) per level of the tree
 * times iterations and restarts. Stateless and thread-safe.
 */
@Reference(authors = "M. Steinbach, G. Karypis, V. Kumar", title = "A comparison of document clustering techniques",
    venue = "KDD Workshop on Text Mining", year = 2000)
final class BisectingKMeans {
  /** Clusters of at least this many rows run their k-means restarts in parallel; below, threads cost more. */
  static final int PARALLEL_ROWS = 5_000;

  private static final KMeans KMEANS = new KMeans();

  /**
   * Runs on the rows as given (the caller has validated and scaled them).
   *
   * @param data finite rows, at least 2
   * @param params the parameters (method, standardisation ignored)
   * @param monitor progress (splits done) and cancellation
   * @return the tree, its coefficient and the clusters where the run stopped
   */
  DivisiveResult fit(DenseMatrix data, DivisiveParams params, ProgressMonitor monitor) {
    return new Run(data, params, monitor).run();
  }

  /** A leaf cluster of the run: its rows (increasing), split priority, height of its parent's split. */
  private record Cluster(int[] rows, double value, double parentHeight, boolean splittable, int seq) {
  }

  /** The state of one run. */
  private static final class Run {
    private final DenseMatrix data;
    private final double[] x;
    private final int n;
    private final int d;
    private final DivisiveParams params;
    private final ProgressMonitor monitor;
    private final ProgressMonitor cancelOnly;
    private int nextSeq;

    Run(DenseMatrix data, DivisiveParams params, ProgressMonitor monitor) {
      this.data = data;
      this.x = data.toArray();
      this.n = data.rows();
      this.d = data.cols();
      this.params = params;
      this.monitor = monitor;
      this.cancelOnly = new ProgressMonitor() {
        @Override
        public void progress(double fraction, String message) {
          // a split's k-means restarts are not the run's progress
        }

        @Override
        public boolean isCancelled() {
          return monitor.isCancelled();
        }
      };
    }

    DivisiveResult run() {
      int target = params.numClusters() == DivisiveParams.ALL_ROWS ? n : params.numClusters();
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      PriorityQueue<Cluster> queue = new PriorityQueue<>(
          Comparator.comparingDouble(Cluster::value).reversed().thenComparingInt(Cluster::seq));
      List<Cluster> leaves = new ArrayList<>();
      add(cluster(all, Double.POSITIVE_INFINITY), queue, leaves);
      SplittableRandom seeds = new SplittableRandom(params.seed());
      List<int[]> splitRows = new ArrayList<>();
      List<Double> splitHeights = new ArrayList<>();
      int count = 1;
      while (count < target && !queue.isEmpty()) {
        monitor.checkCancelled();
        Cluster c = queue.remove();
        int[][] halves = bisect(c.rows(), seeds.nextLong());
        double height = Math.min(c.value(), c.parentHeight());
        splitRows.add(new int[] {halves[0][0], halves[1][0]});
        splitHeights.add(height);
        add(cluster(halves[0], height), queue, leaves);
        add(cluster(halves[1], height), queue, leaves);
        count++;
        monitor.progress((count - 1.0) / (target - 1), "bisecting k-means: " + count + " of " + target
            + " clusters");
      }
      if (count < target) {
        monitor.progress(1.0, "bisecting k-means: only identical rows left to split, stopped at " + count
            + " clusters");
      }
      leaves.addAll(queue);
      return new DivisiveResult(DivisiveMethod.BISECTING_KMEANS, tree(leaves, splitRows, splitHeights),
          labels(leaves), params.numClusters() == DivisiveParams.ALL_ROWS);
    }

    private static void add(Cluster c, PriorityQueue<Cluster> queue, List<Cluster> leaves) {
      if (c.splittable()) {
        queue.add(c);
      } else {
        leaves.add(c);
      }
    }

    private Cluster cluster(int[] rows, double parentHeight) {
      boolean splittable = !allIdentical(rows);
      double value = splittable ? params.split().value(rows.length, sse(rows)) : 0;
      return new Cluster(rows, value, parentHeight, splittable, nextSeq++);
    }

    /** 2-means on the rows; returns {part holding the first row, the other part}, each in increasing order. */
    private int[][] bisect(int[] rows, long seed) {
      KMeansParams kp = KMeansParams.builder(2).restarts(params.restarts()).seed(seed)
          .threads(rows.length >= PARALLEL_ROWS ? params.threads() : 1).build();
      int[] labels = KMEANS.fit(data.selectRows(rows), null, kp, cancelOnly).labels();
      int firstCount = 0;
      for (int label : labels) {
        if (label == labels[0]) {
          firstCount++;
        }
      }
      if (firstCount == rows.length) {
        throw new IllegalStateException("2-means returned one cluster for " + rows.length + " rows that are not "
            + "all identical");
      }
      int[] first = new int[firstCount];
      int[] second = new int[rows.length - firstCount];
      int a = 0;
      int b = 0;
      for (int i = 0; i < rows.length; i++) {
        if (labels[i] == labels[0]) {
          first[a++] = rows[i];
        } else {
          second[b++] = rows[i];
        }
      }
      return new int[][] {first, second};
    }

    private boolean allIdentical(int[] rows) {
      int base = rows[0] * d;
      for (int r = 1; r < rows.length; r++) {
        int off = rows[r] * d;
        for (int j = 0; j < d; j++) {
          if (x[off + j] != x[base + j]) {
            return false;
          }
        }
      }
      return true;
    }

    /** Sum of squared Euclidean distances of the rows to their mean. */
    private double sse(int[] rows) {
      double[] mean = new double[d];
      for (int i : rows) {
        for (int j = 0; j < d; j++) {
          mean[j] += x[i * d + j];
        }
      }
      for (int j = 0; j < d; j++) {
        mean[j] /= rows.length;
      }
      double s = 0;
      for (int i : rows) {
        for (int j = 0; j < d; j++) {
          double t = x[i * d + j] - mean[j];
          s += t * t;
        }
      }
      return s;
    }

    /** Merges bottom-up: each final cluster's rows joined at height 0, then the splits in reverse order. */
    private Dendrogram tree(List<Cluster> leaves, List<int[]> splitRows, List<Double> splitHeights) {
      int m = n - 1;
      int[] a = new int[m];
      int[] b = new int[m];
      double[] h = new double[m];
      int t = 0;
      for (Cluster c : leaves) {
        int[] rows = c.rows();
        for (int r = 1; r < rows.length; r++) {
          a[t] = rows[0];
          b[t] = rows[r];
          t++;
        }
      }
      for (int s = splitRows.size() - 1; s >= 0; s--) {
        a[t] = splitRows.get(s)[0];
        b[t] = splitRows.get(s)[1];
        h[t] = splitHeights.get(s);
        t++;
      }
      return Dendrogram.fromRowMerges(n, a, b, h, true);
    }

    /** Labels numbered by each cluster's first row in input order. */
    private int[] labels(List<Cluster> leaves) {
      leaves.sort(Comparator.comparingInt(c -> c.rows()[0]));
      int[] labels = new int[n];
      for (int k = 0; k < leaves.size(); k++) {
        for (int i : leaves.get(k).rows()) {
          labels[i] = k;
        }
      }
      return labels;
    }
  }
}
