package org.clustermodels.core.render;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.JComponent;

/** A Swing component that paints a picture on a {@link Graphics2DSurface}; its preferred size is the picture's. */
abstract class PictureComponent extends JComponent {
  private static final long serialVersionUID = 1L;

  PictureComponent() {
    setOpaque(true);
  }

  /** @return the picture shown, for its preferred size */
  abstract Plot picture();

  /** Paints the picture at the component's size. */
  abstract void paintPicture(Surface surface, int width, int height);

  @Override
  public Dimension getPreferredSize() {
    return isPreferredSizeSet() ? super.getPreferredSize() : new Dimension(picture().width(), picture().height());
  }

  @Override
  protected void paintComponent(Graphics g) {
    try (Graphics2DSurface surface = new Graphics2DSurface((Graphics2D) g)) {
      paintPicture(surface, getWidth(), getHeight());
    }
  }
}
