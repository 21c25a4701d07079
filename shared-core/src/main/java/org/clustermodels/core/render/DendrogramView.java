package org.clustermodels.core.render;

/**
 * The part of a dendrogram in view: a range of leaf coordinates (leaf i sits at i) and a range of heights.
 *
 * @param leafLo first leaf coordinate shown
 * @param leafHi last leaf coordinate shown, above leafLo
 * @param heightLo lowest height shown
 * @param heightHi highest height shown, above heightLo
 */
record DendrogramView(double leafLo, double leafHi, double heightLo, double heightHi) {
  /**
   * Zooms about a point: the point stays where it is and the ranges shrink by the factors (grow if below 1),
   * kept inside the full view and no smaller than the limits.
   */
  DendrogramView zoom(double leaf, double height, double leafFactor, double heightFactor, DendrogramView full) {
    double leafSpan = clampSpan((leafHi - leafLo) / leafFactor, Math.min(2, full.leafSpan()), full.leafSpan());
    double heightSpan = clampSpan((heightHi - heightLo) / heightFactor, full.heightSpan() * 1e-6,
        full.heightSpan());
    double a = leafLo + (leaf - leafLo) * (1 - leafSpan / (leafHi - leafLo));
    double b = heightLo + (height - heightLo) * (1 - heightSpan / (heightHi - heightLo));
    return new DendrogramView(a, a + leafSpan, b, b + heightSpan).within(full);
  }

  /** Moves the view by the given data amounts, kept inside the full view. */
  DendrogramView pan(double dLeaf, double dHeight, DendrogramView full) {
    return new DendrogramView(leafLo + dLeaf, leafHi + dLeaf, heightLo + dHeight, heightHi + dHeight).within(full);
  }

  private static double clampSpan(double span, double min, double max) {
    return Math.max(min, Math.min(max, span));
  }

  private DendrogramView within(DendrogramView full) {
    double dl = shift(leafLo, leafHi, full.leafLo, full.leafHi);
    double dh = shift(heightLo, heightHi, full.heightLo, full.heightHi);
    return new DendrogramView(leafLo + dl, leafHi + dl, heightLo + dh, heightHi + dh);
  }

  private static double shift(double lo, double hi, double min, double max) {
    return lo < min ? min - lo : hi > max ? Math.max(min - lo, max - hi) : 0;
  }

  double leafSpan() {
    return leafHi - leafLo;
  }

  double heightSpan() {
    return heightHi - heightLo;
  }
}
