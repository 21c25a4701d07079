package org.clustermodels.core.render;

/**
 * An axis-aligned rectangle in pixels.
 *
 * @param x left
 * @param y top
 * @param width width
 * @param height height
 */
record Box(double x, double y, double width, double height) {
  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }

  boolean contains(double px, double py) {
    return px >= x && px <= right() && py >= y && py <= bottom();
  }

  /** @return this box grown by d pixels on every side */
  Box grow(double d) {
    return new Box(x - d, y - d, width + 2 * d, height + 2 * d);
  }
}
