package org.clustermodels.core.render;

import java.awt.Color;
import java.util.Objects;

/**
 * How a line is stroked: colour, width in pixels and dash pattern. Lines end flat (butt caps) and polylines join
 * with mitres, in both the Java2D and the SVG surface.
 *
 * @param color the stroke colour (its alpha is honoured)
 * @param width the stroke width in pixels, positive
 * @param dash the dash pattern
 */
public record Pen(Color color, double width, Dash dash) {
  /** Dash patterns, scaled with the stroke width. */
  public enum Dash {
    /** An unbroken line. */
    SOLID,
    /** Dashes four widths long with gaps of three widths. */
    DASHED,
    /** Dots one width long with gaps of two widths. */
    DOTTED;

    /** @return the on/off lengths in units of the stroke width, empty for {@link #SOLID} */
    float[] pattern() {
      return switch (this) {
        case SOLID -> new float[0];
        case DASHED -> new float[] {4f, 3f};
        case DOTTED -> new float[] {1f, 2f};
      };
    }
  }

  /**
   * Validates the pen.
   *
   * @throws IllegalArgumentException if the width is not a positive finite number
   * @throws NullPointerException if the colour or the dash is null
   */
  public Pen {
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(dash, "dash");
    if (!(width > 0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException("pen width must be positive and finite, got " + width);
    }
  }

  /**
   * @param color the colour
   * @param width the width in pixels
   * @return a solid pen
   */
  public static Pen solid(Color color, double width) {
    return new Pen(color, width, Dash.SOLID);
  }

  /**
   * @param width the new width
   * @return this pen with another width
   */
  public Pen withWidth(double width) {
    return new Pen(color, width, dash);
  }
}
