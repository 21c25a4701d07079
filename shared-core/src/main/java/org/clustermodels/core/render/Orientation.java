package org.clustermodels.core.render;

/** Where a dendrogram's root is drawn (SciPy's names). */
public enum Orientation {
  /** Root at the top, leaves along the bottom, heights on a vertical axis; long labels are rotated. */
  TOP,
  /** Root at the left, leaves down the right side with horizontal labels; suits long row names. */
  LEFT
}
