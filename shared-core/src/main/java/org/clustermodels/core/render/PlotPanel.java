package org.clustermodels.core.render;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.Objects;
import javax.swing.JComponent;

/**
 * A Swing component that shows any {@link Plot} (e.g. a {@link MergeHeightPlot}) at the component's size, painted
 * by the same code as the exported pictures. Use on the Swing event thread only.
 */
public class PlotPanel extends JComponent {
  private static final long serialVersionUID = 1L;

  private transient Plot plot;

  /**
   * @param plot the picture to show (its size is the preferred size)
   */
  public PlotPanel(Plot plot) {
    this.plot = Objects.requireNonNull(plot, "plot");
    setOpaque(true);
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
  public Dimension getPreferredSize() {
    return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(plot.width(), plot.height());
  }

  @Override
  protected void paintComponent(Graphics g) {
    try (Graphics2DSurface surface = new Graphics2DSurface((Graphics2D) g)) {
      plot.paint(surface, getWidth(), getHeight());
    }
  }
}
