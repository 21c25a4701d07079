package org.clustermodels.core.quality;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The O(n^2) part of the silhouette: for every row, the sum of its Euclidean distances to the rows of each
 * cluster, turned into s(i). Two schedules give bit-identical results:
 *
 * <ul>
 *   <li>{@link #symmetric}: one thread, each pair (i, j), i &lt; j, computed once and added to both rows' sums;
 *       n x k pending sums.</li>
 *   <li>{@link #rowScan}: blocks of {@value #BLOCK_ROWS} rows in parallel, each row scanning all other rows; twice
 *       the distance computations, O(k) memory per block.</li>
 * </ul>
 *
 * <p>Why they agree to the last bit: in both, the sum of row p for cluster c receives d(p, q) for the rows q of
 * c in ascending order of q, starting from 0.0 (the symmetric schedule adds the q &lt; p terms while visiting row
 * q, then the q &gt; p terms while visiting row p), and d(p, q) = d(q, p) exactly because (a - b)^2 = (b - a)^2 in
 * IEEE arithmetic. The split into blocks is fixed, so the thread count changes only who computes a row, not how.
 */
final class SilhouetteKernel {
  /** Rows per parallel task and between two cancellation checks. */
  static final int BLOCK_ROWS = 64;
  /** Below this many rows the parallel schedule is not worth its doubled work. */
  static final int PARALLEL_MIN_ROWS = 2048;

  private SilhouetteKernel() {
  }

  /**
   * Computes s(i) for all rows with the schedule that suits the size and the threads available: the row scan
   * when at least 3 threads can work on at least {@value #PARALLEL_MIN_ROWS} rows (or when n x k sums would not
   * fit in one array), else the symmetric one.
   *
   * @param x the data, row-major
   * @param d number of columns
   * @param labels the encoded partition, 2 &lt;= k &lt;= n - 1
   * @param monitor progress and cancellation
   * @return s(i) for every row
   */
  static double[] values(double[] x, int d, Labels labels, ProgressMonitor monitor) {
    int n = labels.codes.length;
    ForkJoinPool pool = ForkJoinTask.getPool();
    int threads = pool != null ? pool.getParallelism() : ForkJoinPool.getCommonPoolParallelism() + 1;
    boolean parallel = n >= PARALLEL_MIN_ROWS && threads >= 3;
    if (parallel || (long) n * labels.k > DenseMatrix.MAX_VALUES) {
      return rowScan(x, d, labels, monitor);
    }
    return symmetric(x, d, labels, monitor);
  }

  /**
   * Single-threaded schedule: each pair once. See the class comment. The pending sums are stored cluster-major
   * ({@code pending[c * n + j]}), so the contributions of row i to the rows after it are written sequentially;
   * row i's own sums continue from its pending sums in a small local array, in the same order of terms.
   */
  static double[] symmetric(double[] x, int d, Labels labels, ProgressMonitor monitor) {
    int n = labels.codes.length;
    int[] codes = labels.codes;
    double[] pending = new double[n * labels.k];
    double[] own = new double[labels.k];
    double[] s = new double[n];
    double totalPairs = (double) n * (n - 1) / 2;
    long donePairs = 0;
    for (int i = 0; i < n; i++) {
      if (i % BLOCK_ROWS == 0) {
        monitor.checkCancelled();
        monitor.progress(donePairs / totalPairs, "silhouette: distances");
      }
      for (int c = 0; c < own.length; c++) {
        own[c] = pending[c * n + i];
      }
      int rowI = i * d;
      int stripI = codes[i] * n;
      for (int j = i + 1; j < n; j++) {
        double dist = Math.sqrt(Centroids.squaredDistance(x, rowI, x, j * d, d));
        own[codes[j]] += dist;
        pending[stripI + j] += dist;
      }
      s[i] = value(own, 0, codes[i], labels.sizes);
      donePairs += n - 1 - i;
    }
    monitor.progress(1.0, "silhouette: done");
    return s;
  }

  /** Parallel schedule: each row scans all rows. See the class comment. */
  static double[] rowScan(double[] x, int d, Labels labels, ProgressMonitor monitor) {
    int n = labels.codes.length;
    int k = labels.k;
    int[] codes = labels.codes;
    int blocks = (n + BLOCK_ROWS - 1) / BLOCK_ROWS;
    double[] s = new double[n];
    AtomicInteger doneBlocks = new AtomicInteger();
    IntStream.range(0, blocks).parallel().forEach(block -> {
      if (monitor.isCancelled()) {
        return;
      }
      double[] sums = new double[k];
      for (int i = block * BLOCK_ROWS; i < Math.min(n, (block + 1) * BLOCK_ROWS); i++) {
        Arrays.fill(sums, 0.0);
        int rowI = i * d;
        for (int j = 0; j < n; j++) {
          if (j != i) {
            sums[codes[j]] += Math.sqrt(Centroids.squaredDistance(x, rowI, x, j * d, d));
          }
        }
        s[i] = value(sums, 0, codes[i], labels.sizes);
      }
      monitor.progress((double) doneBlocks.incrementAndGet() / blocks, "silhouette: distances");
    });
    monitor.checkCancelled();
    return s;
  }

  /**
   * s(i) = (b - a) / max(a, b), a = mean distance to the other rows of its own cluster, b = smallest mean
   * distance to another cluster; 0 for a row alone in its cluster, and 0 when a = b = 0 (scikit-learn's NaN
   * replaced by 0).
   */
  private static double value(double[] sums, int offset, int own, int[] sizes) {
    if (sizes[own] == 1) {
      return 0.0;
    }
    double a = sums[offset + own] / (sizes[own] - 1);
    double b = Double.POSITIVE_INFINITY;
    for (int c = 0; c < sizes.length; c++) {
      if (c != own) {
        b = Math.min(b, sums[offset + c] / sizes[c]);
      }
    }
    double max = Math.max(a, b);
    return max == 0.0 ? 0.0 : (b - a) / max;
  }
}
