package org.clustermodels.core.render;

import java.awt.Color;
import java.util.Objects;

/**
 * How text is set: size in pixels, weight and colour, in the sans-serif face (the JDK's logical
 * {@code SansSerif} font in Java2D; DejaVu Sans, Arial, Helvetica or the viewer's sans-serif in SVG).
 *
 * @param size the font size in pixels, positive
 * @param bold whether the text is bold
 * @param color the text colour
 */
public record TextStyle(double size, boolean bold, Color color) {
  /**
   * Validates the style.
   *
   * @throws IllegalArgumentException if the size is not a positive finite number
   * @throws NullPointerException if the colour is null
   */
  public TextStyle {
    Objects.requireNonNull(color, "color");
    if (!(size > 0) || Double.isInfinite(size)) {
      throw new IllegalArgumentException("font size must be positive and finite, got " + size);
    }
  }

  /**
   * @param size the new size in pixels
   * @return this style at another size
   */
  public TextStyle withSize(double size) {
    return new TextStyle(size, bold, color);
  }

  /**
   * @param color the new colour
   * @return this style in another colour
   */
  public TextStyle withColor(Color color) {
    return new TextStyle(size, bold, color);
  }
}
