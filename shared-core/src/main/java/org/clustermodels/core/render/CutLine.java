package org.clustermodels.core.render;

/**
 * Where a dendrogram picture cuts the tree into flat clusters: at a number of clusters or at a height. The
 * clusters themselves come from the dendrogram's own cut ({@code Dendrogram.cutByCount} and
 * {@code cutByHeight}), so the picture colours exactly the clusters that the rest of the project reports.
 * Immutable.
 */
public final class CutLine {
  private final int count;
  private final double height;

  private CutLine(int count, double height) {
    this.count = count;
    this.height = height;
  }

  /**
   * @param k the number of clusters, at least 1 (at most the number of rows, checked by the plot)
   * @return a cut into k clusters
   * @throws IllegalArgumentException if k &lt; 1
   */
  public static CutLine atCount(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("a cut needs at least 1 cluster, got k = " + k);
    }
    return new CutLine(k, Double.NaN);
  }

  /**
   * @param height the cut height: merges at or below it are kept
   * @return a cut at that height
   * @throws IllegalArgumentException if the height is negative or not finite
   */
  public static CutLine atHeight(double height) {
    if (!(height >= 0) || Double.isInfinite(height)) {
      throw new IllegalArgumentException("cut height must be finite and non-negative, got " + height);
    }
    return new CutLine(0, height);
  }

  /** @return whether the cut is by number of clusters (else by height) */
  public boolean isByCount() {
    return count > 0;
  }

  /** @return the number of clusters asked for; 0 for a cut by height */
  public int count() {
    return count;
  }

  /** @return the height asked for; NaN for a cut by count */
  public double height() {
    return height;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CutLine c && c.count == count && Double.compare(c.height, height) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * count + Double.hashCode(height);
  }

  @Override
  public String toString() {
    return isByCount() ? "CutLine[k=" + count + "]" : "CutLine[height=" + height + "]";
  }
}
