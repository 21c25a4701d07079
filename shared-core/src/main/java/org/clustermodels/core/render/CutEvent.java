package org.clustermodels.core.render;

import java.util.EventObject;

/** The cut of a {@link DendrogramPanel} changed: where it is now and how many clusters it makes. Immutable. */
public final class CutEvent extends EventObject {
  private static final long serialVersionUID = 1L;

  private final transient DendrogramPlot plot;
  private final boolean adjusting;

  CutEvent(Object source, DendrogramPlot plot, boolean adjusting) {
    super(source);
    this.plot = plot;
    this.adjusting = adjusting;
  }

  /** @return the cut, or null when the cut was removed */
  public CutLine cut() {
    return plot.cut();
  }

  /**
   * @return the cut line's height (for a cut by count, a height that gives the same clusters, or NaN if none
   *     does); NaN when the cut was removed
   */
  public double height() {
    return plot.cutHeight();
  }

  /** @return the number of clusters the cut makes (1 when the cut was removed) */
  public int clusterCount() {
    return plot.clusterCount();
  }

  /** @return the cluster of each row, as the dendrogram's cut numbers them (a copy) */
  public int[] labels() {
    return plot.labels();
  }

  /** @return whether the user is still dragging the cut line (a final event with false follows) */
  public boolean isAdjusting() {
    return adjusting;
  }

  @Override
  public String toString() {
    return "CutEvent[height=" + height() + ", clusters=" + clusterCount() + (adjusting ? ", adjusting" : "") + "]";
  }
}
