package org.clustermodels.core.quality;

import java.math.BigInteger;
import org.clustermodels.core.Reference;

/**
 * Adjusted Rand index (ARI) of Hubert and Arabie (1985): the Rand index (fraction of row pairs on which two
 * partitions agree, "same cluster" or "different clusters") corrected for chance under the permutation model, so
 * that identical partitions score 1.0, random ones about 0.0, and the minimum is -0.5.
 *
 * <p>Computes exactly what scikit-learn's {@code adjusted_rand_score(a, b)} computes: the pair counts come from the
 * contingency table as in {@code pair_confusion_matrix} (ordered pairs, 64-bit integers), the products of pair
 * counts are exact ({@link BigInteger}, like Python's unbounded ints: they can overflow {@code long} from about
 * 55,000 rows on), and the final division rounds like Python's {@code 2.0 * num / den}. Memory is O(n) even for
 * thousands of clusters.
 */
@Reference(authors = "L. Hubert, P. Arabie", title = "Comparing partitions",
    venue = "Journal of Classification 2(1):193-218", year = 1985, url = "https://doi.org/10.1007/BF01908075")
public final class AdjustedRandIndex {
  private AdjustedRandIndex() {
  }

  /**
   * The adjusted Rand index of two partitions of the same rows. Symmetric in its arguments; only the equality of
   * labels matters, so labels may be any ints (negative ones included) and need not be 0..k-1.
   *
   * <p>Degenerate cases as scikit-learn: if the two partitions agree on every pair (for example both put all rows
   * in one cluster, or both put every row in its own cluster, or there are fewer than 2 rows) the result is 1.0.
   *
   * @param a first partition, one label per row (for example the true classes)
   * @param b second partition, same length (for example cluster labels)
   * @return the ARI, in [-0.5, 1]
   * @throws IllegalArgumentException if an array is null or the lengths differ
   */
  public static double score(int[] a, int[] b) {
    Labels.requireSameLength("adjusted Rand index", a, b);
    Contingency table = Contingency.of(a, b);
    long n = table.n;
    long sumSquares = sumOfSquares(table.cellCount);
    // ordered pairs (i, j), i != j, as in scikit-learn's pair_confusion_matrix
    long bothSame = sumSquares - n;
    long sameOnlyInB = sumOfSquares(table.colSums) - sumSquares;
    long sameOnlyInA = sumOfSquares(table.rowSums) - sumSquares;
    long bothDifferent = n * n - sameOnlyInB - sameOnlyInA - sumSquares;
    if (sameOnlyInA == 0 && sameOnlyInB == 0) {
      return 1.0;
    }
    BigInteger tp = BigInteger.valueOf(bothSame);
    BigInteger tn = BigInteger.valueOf(bothDifferent);
    BigInteger fp = BigInteger.valueOf(sameOnlyInB);
    BigInteger fn = BigInteger.valueOf(sameOnlyInA);
    BigInteger numerator = tp.multiply(tn).subtract(fn.multiply(fp));
    BigInteger denominator = tp.add(fn).multiply(fn.add(tn)).add(tp.add(fp).multiply(fp.add(tn)));
    return 2.0 * numerator.doubleValue() / denominator.doubleValue();
  }

  private static long sumOfSquares(int[] counts) {
    long sum = 0;
    for (int c : counts) {
      sum += (long) c * c;
    }
    return sum;
  }
}
