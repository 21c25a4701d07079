package org.clustermodels.core.render;

import java.util.Objects;

/**
 * A Swing component that shows any {@link Plot} (e.g. a {@link MergeHeightPlot}) at the component's size, painted
 * by the same code as the exported pictures. Use on the Swing event thread only.
 */
public class PlotPanel extends PictureComponent {
  private static final long serialVersionUID = 1L;

  private transient Plot plot;

  /**
   * @param plot the picture to show (its size is the preferred size)
   */
  public PlotPanel(Plot plot) {
    this.plot = Objects.requireNonNull(plot, "plot");
  }

  /** @return the picture shown */
  public Plot getPlot() {
    return plot;
  }

  /**
   * @param plot the picture to show instead
   */
  public void setPlot(Plot plot) {
    this.plot = Objects.requireNonNull(plot, "plot");
    repaint();
  }

  @Override
  Plot picture() {
    return plot;
  }

  @Override
  void paintPicture(Surface surface, int width, int height) {
    plot.paint(surface, width, height);
  }
}
