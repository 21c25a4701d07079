package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * The banner coefficient of a dendrogram, as R's {@code cluster} package reports it: the <b>agglomerative
 * coefficient</b> ({@code agnes()$ac}) for a tree built bottom-up, the <b>divisive coefficient</b>
 * ({@code diana()$dc}) for a tree built by DIANA. Both are the same formula on the tree (R computes both with
 * one routine, {@code bncoef}, from the banner):
 *
 * <pre>  coefficient = mean over rows i of (1 - m(i) / H)</pre>
 *
 * where m(i) is the height of the first merge that includes row i (for DIANA: the diameter of the last cluster
 * row i belonged to before it was split off alone) and H is the largest merge height (the root height of a
 * monotone tree, as agnes and DIANA trees are; R takes the largest banner value). Values near 1 mean rows join
 * their first partner far below the top of the tree, i.e. a strong clustering structure. The coefficient grows
 * with n, so compare it only between data sets of similar size.
 *
 * <p>Cost: O(n).
 */
@Reference(authors = "L. Kaufman, P. J. Rousseeuw",
    title = "Finding Groups in Data: An Introduction to Cluster Analysis (chapters 5 and 6)",
    venue = "John Wiley & Sons", year = 1990, url = "https://doi.org/10.1002/9780470316801")
public final class BannerCoefficient {
  private BannerCoefficient() {
  }

  /**
   * The banner coefficient of a tree.
   *
   * @param tree the dendrogram
   * @return the coefficient, in [0, 1]; NaN when it is undefined: one row (no merge), or every merge at height 0
   *     (as R, which divides 0 by 0)
   */
  public static double of(Dendrogram tree) {
    int n = tree.leafCount();
    double top = 0.0;
    for (int t = 0; t < n - 1; t++) {
      top = Math.max(top, tree.height(t));
    }
    if (n < 2 || top == 0.0) {
      return Double.NaN;
    }
    double[] firstMerge = new double[n];
    for (int t = 0; t < n - 1; t++) {
      if (tree.left(t) < n) {
        firstMerge[tree.left(t)] = tree.height(t);
      }
      if (tree.right(t) < n) {
        firstMerge[tree.right(t)] = tree.height(t);
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 - firstMerge[i] / top;
    }
    return sum / n;
  }
}
