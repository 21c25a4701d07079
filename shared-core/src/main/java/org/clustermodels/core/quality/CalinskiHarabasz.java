package org.clustermodels.core.quality;

import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;

/**
 * Caliński-Harabasz index ("variance ratio criterion", Caliński and Harabasz 1974): the between-cluster dispersion
 * over the within-cluster dispersion, each divided by its degrees of freedom,
 * CH = [B / (k - 1)] / [W / (n - k)], where B = sum over clusters of n_c * ||mean_c - mean||^2 and
 * W = sum over rows of ||x_i - mean_c(i)||^2. Higher is better. Invariant to translating or uniformly scaling the
 * data and to renaming the labels.
 *
 * <p>Computes what scikit-learn's {@code calinski_harabasz_score(X, labels)} computes, including its convention
 * that the score is 1.0 when W = 0 (every cluster consists of identical rows). O(n d) time, O(k d) memory.
 */
@Reference(authors = "T. Caliński, J. Harabasz", title = "A dendrite method for cluster analysis",
    venue = "Communications in Statistics 3(1):1-27", year = 1974, url = "https://doi.org/10.1080/03610927408827101")
public final class CalinskiHarabasz {
  private CalinskiHarabasz() {
  }

  /**
   * The Caliński-Harabasz index of a partition.
   *
   * @param data the data, n x d, all values finite
   * @param labels one non-negative label per row (any values; 2 to n - 1 distinct ones)
   * @return the index, >= 0; 1.0 if the within-cluster dispersion is 0
   * @throws IllegalArgumentException if the lengths differ, a label is negative, the number of distinct labels is
   *     not in [2, n - 1], or the data has no rows or a NaN or infinite value
   */
  public static double score(DenseMatrix data, int[] labels) {
    Labels encoded = Labels.forData("Calinski-Harabasz", data, labels);
    int n = data.rows();
    int d = data.cols();
    int k = encoded.k;
    double[] x = data.toArray();
    double[] means = Centroids.of(x, d, encoded);
    double[] overall = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        overall[j] += x[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      overall[j] /= n;
    }
    double between = 0;
    for (int c = 0; c < k; c++) {
      between += encoded.sizes[c] * Centroids.squaredDistance(means, c * d, overall, 0, d);
    }
    double within = 0;
    for (int i = 0; i < n; i++) {
      within += Centroids.squaredDistance(x, i * d, means, encoded.codes[i] * d, d);
    }
    return within == 0.0 ? 1.0 : between * (n - k) / (within * (k - 1.0));
  }
}
