package org.clustermodels.core.quality;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Silhouette of a partition (Rousseeuw 1987), with Euclidean distance. For row i in cluster A, a(i) is the mean
 * distance from i to the other rows of A, b(i) the smallest mean distance from i to the rows of another cluster,
 * and s(i) = (b(i) - a(i)) / max(a(i), b(i)), in [-1, 1]; s(i) = 0 if i is alone in its cluster. The silhouette
 * of the partition is the mean of s(i) over all rows. Higher is better.
 *
 * <p>Gives the values of scikit-learn's {@code silhouette_samples} and {@code silhouette_score} (also 0 where
 * both a(i) and b(i) are 0, where scikit-learn replaces its NaN by 0). Differences are rounding only: scikit-learn
 * computes distances as sqrt(|x|^2 - 2 x.y + |y|^2), this class as sqrt(sum (x - y)^2), which is more accurate.
 *
 * <p>Cost: O(n^2 d) time, all pairwise distances, but never an n x n matrix: O(n k) memory. Single-threaded,
 * every pair distance is computed once. With at least {@value SilhouetteKernel#PARALLEL_MIN_ROWS} rows and at
 * least 3 threads in the current fork-join pool (the common pool unless called from inside another pool), rows
 * are processed in parallel in fixed blocks; the result is bit-identical for any number of threads.
 */
@Reference(authors = "P. J. Rousseeuw",
    title = "Silhouettes: a graphical aid to the interpretation and validation of cluster analysis",
    venue = "Journal of Computational and Applied Mathematics 20:53-65", year = 1987,
    url = "https://doi.org/10.1016/0377-0427(87)90125-7")
public final class Silhouette {
  private static final String NAME = "silhouette";

  private Silhouette() {
  }

  /**
   * The mean silhouette over all rows, as scikit-learn's {@code silhouette_score(X, labels)}.
   *
   * @param data the data, n x d, all values finite
   * @param labels one non-negative label per row (any values; 2 to n - 1 distinct ones)
   * @return the mean of s(i), in [-1, 1]
   * @throws IllegalArgumentException if the lengths differ, a label is negative, the number of distinct labels is
   *     not in [2, n - 1], or the data has no rows or a NaN or infinite value
   */
  public static double exact(DenseMatrix data, int[] labels) {
    return exact(data, labels, ProgressMonitor.none());
  }

  /**
   * As {@link #exact(DenseMatrix, int[])}, reporting progress and stopping when cancelled (checked every
   * {@value SilhouetteKernel#BLOCK_ROWS} rows).
   *
   * @param data the data, n x d, all values finite
   * @param labels one non-negative label per row (any values; 2 to n - 1 distinct ones)
   * @param monitor receives progress; cancellation throws
   * @return the mean of s(i), in [-1, 1]
   * @throws IllegalArgumentException as {@link #exact(DenseMatrix, int[])}, or if the monitor is null
   * @throws org.clustermodels.core.progress.CancelledException if the monitor asked to stop
   */
  public static double exact(DenseMatrix data, int[] labels, ProgressMonitor monitor) {
    return mean(values(data, labels, monitor));
  }

  /**
   * The individual silhouette values s(i), as scikit-learn's {@code silhouette_samples(X, labels)}.
   *
   * @param data the data, n x d, all values finite
   * @param labels one non-negative label per row (any values; 2 to n - 1 distinct ones)
   * @return s(i) for each row, in row order
   * @throws IllegalArgumentException as {@link #exact(DenseMatrix, int[])}
   */
  public static double[] perPoint(DenseMatrix data, int[] labels) {
    return values(data, labels, ProgressMonitor.none());
  }

  /**
   * The mean silhouette of a random sample of rows, computed within the sample only (distances to rows outside
   * the sample are not used): O(m^2 d) time for m = sampleSize, for data too large for {@link #exact}. This is
   * what scikit-learn's {@code silhouette_score(X, labels, sample_size=m, random_state=seed)} does, but the rows
   * are drawn by a partial Fisher-Yates shuffle driven by {@code new SplittableRandom(seed)}, so the same seed
   * does not pick the same rows as scikit-learn. The m rows are distinct (drawn without replacement) and every
   * m-subset is equally likely; the result depends only on the data, the labels, m and the seed.
   *
   * <p>If {@code sampleSize >= n}, returns {@link #exact(DenseMatrix, int[])} (the whole data is the sample).
   *
   * @param data the data, n x d, all values finite
   * @param labels one non-negative label per row (any values; 2 to n - 1 distinct ones)
   * @param sampleSize number of rows to draw, at least 3
   * @param seed seed of the random draw
   * @return the mean of s(i) over the sample, in [-1, 1]
   * @throws IllegalArgumentException as {@link #exact(DenseMatrix, int[])}; if sampleSize &lt; 3; or if the sample
   *     has fewer than 2 distinct labels, or one row per label (draw a larger sample)
   */
  public static double sampled(DenseMatrix data, int[] labels, int sampleSize, long seed) {
    if (sampleSize < 3) {
      throw new IllegalArgumentException(NAME + ": sampleSize = " + sampleSize
          + "; a silhouette needs at least 3 rows (2 clusters, one with 2 rows)");
    }
    Labels.forData(NAME, data, labels);
    int n = data.rows();
    if (sampleSize >= n) {
      return exact(data, labels);
    }
    int[] rows = sampleRows(n, sampleSize, seed);
    int[] sampleLabels = new int[sampleSize];
    for (int r = 0; r < sampleSize; r++) {
      sampleLabels[r] = labels[rows[r]];
    }
    Labels encoded = Labels.encode(sampleLabels);
    Labels.requireClusterCount(NAME, encoded.k, sampleSize, " in the sample (seed " + seed + ")");
    DenseMatrix sample = data.selectRows(rows);
    return mean(SilhouetteKernel.values(sample.toArray(), sample.cols(), encoded, ProgressMonitor.none()));
  }

  /**
   * Draws m distinct row indices uniformly (partial Fisher-Yates shuffle).
   *
   * @param n number of rows
   * @param m number to draw, at most n
   * @param seed seed of {@link SplittableRandom}
   * @return the indices, ascending
   */
  static int[] sampleRows(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int t = 0; t < m; t++) {
      int r = t + random.nextInt(n - t);
      int tmp = perm[t];
      perm[t] = perm[r];
      perm[r] = tmp;
    }
    int[] rows = Arrays.copyOf(perm, m);
    Arrays.sort(rows);
    return rows;
  }

  private static double[] values(DenseMatrix data, int[] labels, ProgressMonitor monitor) {
    if (monitor == null) {
      throw new IllegalArgumentException(NAME + ": monitor must not be null (use ProgressMonitor.none())");
    }
    Labels encoded = Labels.forData(NAME, data, labels);
    return SilhouetteKernel.values(data.toArray(), data.cols(), encoded, monitor);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
