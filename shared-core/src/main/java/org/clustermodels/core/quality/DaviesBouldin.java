package org.clustermodels.core.quality;

import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;

/**
 * Davies-Bouldin index (Davies and Bouldin 1979): the mean over clusters of the worst ratio
 * (s_i + s_j) / ||c_i - c_j||, where c_i is the mean of cluster i and s_i the mean Euclidean distance of its rows to
 * c_i. Lower is better; 0 is the minimum. Invariant to translating or uniformly scaling the data and to renaming
 * the labels.
 *
 * <p>Computes what scikit-learn's {@code davies_bouldin_score(X, labels)} computes, including its conventions:
 * <ul>
 *   <li>the score is 0.0 if all s_i are within 1e-8 of 0, or all distances between cluster means are (numpy's
 *       {@code allclose(..., 0)}, an absolute tolerance, so it depends on the units of the data);</li>
 *   <li>a pair of clusters whose means coincide exactly is ignored (its ratio counts as 0).</li>
 * </ul>
 * O(n d + k^2 d) time, O(k d) memory.
 */
@Reference(authors = "D. L. Davies, D. W. Bouldin", title = "A cluster separation measure",
    venue = "IEEE Transactions on Pattern Analysis and Machine Intelligence PAMI-1(2):224-227", year = 1979,
    url = "https://doi.org/10.1109/TPAMI.1979.4766909")
public final class DaviesBouldin {
  /** numpy's default absolute tolerance of {@code allclose}, which scikit-learn uses for the degenerate cases. */
  private static final double ALLCLOSE_ATOL = 1e-8;

  private DaviesBouldin() {
  }

  /**
   * The Davies-Bouldin index of a partition.
   *
   * @param data the data, n x d, all values finite
   * @param labels one non-negative label per row (any values; 2 to n - 1 distinct ones)
   * @return the index, >= 0
   * @throws IllegalArgumentException if the lengths differ, a label is negative, the number of distinct labels is
   *     not in [2, n - 1], or the data has no rows or a NaN or infinite value
   */
  public static double score(DenseMatrix data, int[] labels) {
    Labels encoded = Labels.forData("Davies-Bouldin", data, labels);
    int n = data.rows();
    int d = data.cols();
    int k = encoded.k;
    double[] x = data.toArray();
    double[] centroids = Centroids.of(x, d, encoded);
    double[] spread = new double[k];
    for (int i = 0; i < n; i++) {
      int c = encoded.codes[i];
      spread[c] += Math.sqrt(Centroids.squaredDistance(x, i * d, centroids, c * d, d));
    }
    double maxSpread = 0;
    for (int c = 0; c < k; c++) {
      spread[c] /= encoded.sizes[c];
      maxSpread = Math.max(maxSpread, spread[c]);
    }
    double sumOfWorst = 0;
    double maxCentroidDistance = 0;
    for (int a = 0; a < k; a++) {
      double worst = 0;
      for (int b = 0; b < k; b++) {
        double distance = Math.sqrt(Centroids.squaredDistance(centroids, a * d, centroids, b * d, d));
        maxCentroidDistance = Math.max(maxCentroidDistance, distance);
        if (distance > 0) {
          worst = Math.max(worst, (spread[a] + spread[b]) / distance);
        }
      }
      sumOfWorst += worst;
    }
    if (maxSpread <= ALLCLOSE_ATOL || maxCentroidDistance <= ALLCLOSE_ATOL) {
      return 0.0;
    }
    return sumOfWorst / k;
  }
}
