package org.clustermodels.core.render;

/** What lies under a pixel of a painted dendrogram: a link or a leaf, on the painter's own geometry. */
final class DendrogramHits {
  private static final double HIT_TOLERANCE = 4;

  private DendrogramHits() {
  }

  /**
   * @return the drawn merge whose link passes within a few pixels of (px, py), the nearest one; -1 if none
   */
  static int mergeAt(DendrogramLayout layout, DendrogramFrame f, double px, double py) {
    if (!f.plot.grow(HIT_TOLERANCE).contains(px, py)) {
      return -1;
    }
    double[] xs = new double[4];
    double[] ys = new double[4];
    int best = -1;
    double bestDistance = HIT_TOLERANCE;
    for (int t = layout.firstMerge(); t < layout.rows() - 1; t++) {
      if (!DendrogramPainter.inView(layout, f, t)) {
        continue;
      }
      DendrogramPainter.linkPoints(layout, f, t, xs, ys);
      for (int i = 0; i < 3; i++) {
        double d = distanceToSegment(px, py, xs[i], ys[i], xs[i + 1], ys[i + 1]);
        if (d <= bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
    }
    return best;
  }

  /** @return the leaf whose label or leaf position is under (px, py), -1 if none */
  static int leafAt(DendrogramLayout layout, DendrogramFrame f, double px, double py) {
    boolean top = f.orientation == Orientation.TOP;
    double across = top ? py : px;
    double edge = f.leafEdge();
    if (across < edge - HIT_TOLERANCE || across > edge + f.labelOffset + f.labels.extent()) {
      return -1;
    }
    if (top ? px < f.plot.x() || px > f.plot.right() : py < f.plot.y() || py > f.plot.bottom()) {
      return -1;
    }
    int i = (int) Math.round(f.leafAt(px, py));
    return i >= 0 && i < layout.leafCount() ? i : -1;
  }

  private static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
    double dx = x2 - x1;
    double dy = y2 - y1;
    double len = dx * dx + dy * dy;
    double u = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len));
    return Math.hypot(px - (x1 + u * dx), py - (y1 + u * dy));
  }
}
