package org.clustermodels.benchmarks.hierarchy;

import java.util.Arrays;
import java.util.Locale;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * What the correctness check compares between implementations whose trees are written differently (ids, merge
 * order): the merge heights sorted ascending, on the Euclidean scale of SciPy's {@code linkage}, and the sizes of
 * the two clusters that the last (root) merge joins, larger first.
 *
 * @param heights the n - 1 merge heights, ascending
 * @param rootLarger size of the larger cluster joined by the root merge
 * @param rootSmaller size of the smaller one
 */
public record TreeSummary(double[] heights, int rootLarger, int rootSmaller) {

  /**
   * @param heights merge heights in any order (sorted here, in place)
   * @param sizeA size of one cluster joined by the root merge
   * @param sizeB size of the other
   * @return the summary
   */
  public static TreeSummary of(double[] heights, int sizeA, int sizeB) {
    Arrays.sort(heights);
    return new TreeSummary(heights, Math.max(sizeA, sizeB), Math.min(sizeA, sizeB));
  }

  /** @return the summary of one of our dendrograms (its root is its last merge) */
  public static TreeSummary of(Dendrogram tree) {
    int root = tree.mergeCount() - 1;
    return of(tree.heights(), tree.sizeOfId(tree.left(root)), tree.sizeOfId(tree.right(root)));
  }

  /** @return the largest merge height */
  public double top() {
    return heights[heights.length - 1];
  }

  /** @return the root split as "larger + smaller" */
  public String rootSplit() {
    return rootLarger + " + " + rootSmaller;
  }

  /**
   * @param other a summary of the same number of rows
   * @return the largest relative difference {@code |a - b| / max(|a|, |b|)} between the sorted heights (0 where
   *     both are 0), or infinity if the numbers of merges differ
   */
  public double maxRelativeDifference(TreeSummary other) {
    if (other.heights.length != heights.length) {
      return Double.POSITIVE_INFINITY;
    }
    double max = 0;
    for (int i = 0; i < heights.length; i++) {
      double a = heights[i];
      double b = other.heights[i];
      double scale = Math.max(Math.abs(a), Math.abs(b));
      if (a != b) {
        max = Math.max(max, scale == 0 ? Double.POSITIVE_INFINITY : Math.abs(a - b) / scale);
      }
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreeSummary t && Arrays.equals(t.heights, heights) && t.rootLarger == rootLarger
        && t.rootSmaller == rootSmaller;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(heights) + rootLarger) + rootSmaller;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "TreeSummary[%d merges, top %.10g, root %s]", heights.length, top(),
        rootSplit());
  }
}
