package org.clustermodels.core.kmeans;

/** Drawing an index with probability proportional to its mass, from running sums of the masses (internal). */
final class CumulativeDraw {
  private CumulativeDraw() {
  }

  /**
   * @param cumulative non-decreasing running sums of non-negative masses
   * @param r a value in [0, total)
   * @return the first index whose running sum exceeds r, so rows of zero mass are never drawn
   */
  static int draw(double[] cumulative, double r) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
