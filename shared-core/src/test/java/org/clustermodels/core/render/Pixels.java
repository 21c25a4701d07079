package org.clustermodels.core.render;

import java.awt.image.BufferedImage;

/** Counts pixels of rendered images. */
final class Pixels {
  private Pixels() {
  }

  /**
   * @param image an image
   * @param rgb a colour (alpha ignored)
   * @return the number of pixels of exactly that colour
   */
  static int count(BufferedImage image, int rgb) {
    int c = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        c += (image.getRGB(x, y) & 0xffffff) == (rgb & 0xffffff) ? 1 : 0;
      }
    }
    return c;
  }

  /** @return the number of pixels that are not white */
  static int ink(BufferedImage image) {
    return image.getWidth() * image.getHeight() - count(image, 0xffffff);
  }
}
