package org.clustermodels.core.quality;

import org.clustermodels.core.Reference;

/**
 * Normalized mutual information (NMI) of two partitions: their mutual information divided by the arithmetic mean
 * of their entropies, NMI = I(A; B) / ((H(A) + H(B)) / 2), natural logarithms. Strehl and Ghosh (2002) introduced
 * NMI with the geometric mean of the entropies; Vinh, Epps and Bailey (2010) compare the normalisations, this one
 * being their NMI_sum = 2 I / (H(A) + H(B)).
 *
 * <p>Computes what scikit-learn's {@code normalized_mutual_info_score(a, b)} computes with its default
 * {@code average_method='arithmetic'}, term by term in the same way (per non-zero contingency cell; terms below
 * machine epsilon set to 0; mutual information clipped at 0). Memory is O(n).
 */
@Reference(authors = "A. Strehl, J. Ghosh",
    title = "Cluster ensembles - a knowledge reuse framework for combining multiple partitions",
    venue = "Journal of Machine Learning Research 3:583-617", year = 2002,
    url = "https://www.jmlr.org/papers/v3/strehl02a.html")
@Reference(authors = "N. X. Vinh, J. Epps, J. Bailey",
    title = "Information theoretic measures for clusterings comparison: variants, properties, normalization and"
        + " correction for chance",
    venue = "Journal of Machine Learning Research 11:2837-2854", year = 2010,
    url = "https://www.jmlr.org/papers/v11/vinh10a.html")
public final class NormalizedMutualInformation {
  /** Machine epsilon of double, numpy's {@code finfo(float64).eps}. */
  private static final double EPS = Math.ulp(1.0);

  private NormalizedMutualInformation() {
  }

  /**
   * The normalized mutual information of two partitions of the same rows. Symmetric; labels may be any ints and
   * only their equality matters.
   *
   * <p>Degenerate cases as scikit-learn: if both partitions have a single cluster (or there are no rows) the
   * result is 1.0; if only one of them has a single cluster, the mutual information is 0 and so is the result.
   *
   * @param a first partition, one label per row
   * @param b second partition, same length
   * @return the NMI, in [0, 1]
   * @throws IllegalArgumentException if an array is null or the lengths differ
   */
  public static double score(int[] a, int[] b) {
    Labels.requireSameLength("normalized mutual information", a, b);
    Contingency table = Contingency.of(a, b);
    int ka = table.rowSums.length;
    int kb = table.colSums.length;
    if (ka == kb && ka <= 1) {
      return 1.0;
    }
    double mi = mutualInformation(table);
    double normalizer = (entropy(table.rowSums, table.n) + entropy(table.colSums, table.n)) / 2;
    return mi / Math.max(normalizer, EPS);
  }

  /** I(A; B) = sum over cells of (n_ij / n) * log(n * n_ij / (a_i * b_j)), in scikit-learn's arrangement. */
  private static double mutualInformation(Contingency t) {
    if (t.rowSums.length == 1 || t.colSums.length == 1) {
      return 0.0;
    }
    double logN = Math.log(t.n);
    double sum = 0;
    for (int c = 0; c < t.cellCount.length; c++) {
      double p = (double) t.cellCount[c] / t.n;
      long outer = (long) t.rowSums[t.cellRow[c]] * t.colSums[t.cellCol[c]];
      double logOuter = -Math.log(outer) + logN + logN;
      double term = p * (Math.log(t.cellCount[c]) - logN) + p * logOuter;
      sum += Math.abs(term) < EPS ? 0.0 : term;
    }
    return Math.max(sum, 0.0);
  }

  /** H = -sum (c / n) * (log c - log n) over the clusters; 0 for a single cluster. */
  private static double entropy(int[] counts, int n) {
    if (counts.length == 1) {
      return 0.0;
    }
    double logN = Math.log(n);
    double sum = 0;
    for (int c : counts) {
      sum += ((double) c / n) * (Math.log(c) - logN);
    }
    return -sum;
  }
}
