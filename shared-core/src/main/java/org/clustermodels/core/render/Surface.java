package org.clustermodels.core.render;

import java.awt.Color;

/**
 * What the plots of this package draw on: lines, polylines, rectangles, circles and anchored, possibly rotated
 * text, in pixel coordinates with y pointing down, plus rectangular clipping and named groups. The Java2D
 * implementation ({@link Graphics2DSurface}) serves PNG and Swing, the SVG one ({@link SvgSurface}) writes XML;
 * both measure text with the same font metrics, so one layout serves both.
 *
 * <p>Implementations are not thread-safe; a surface is used by one painter at a time.
 */
public interface Surface {
  /**
   * Draws a straight line.
   *
   * @param x1 start x
   * @param y1 start y
   * @param x2 end x
   * @param y2 end y
   * @param pen the stroke
   */
  void line(double x1, double y1, double x2, double y2, Pen pen);

  /**
   * Draws connected line segments through the first {@code count} points.
   *
   * @param xs x coordinates
   * @param ys y coordinates
   * @param count number of points to use, at least 2
   * @param pen the stroke
   */
  void polyline(double[] xs, double[] ys, int count, Pen pen);

  /**
   * Draws an axis-aligned rectangle.
   *
   * @param x left
   * @param y top
   * @param width width, non-negative
   * @param height height, non-negative
   * @param fill the fill colour, or null for none
   * @param pen the outline, or null for none
   */
  void rect(double x, double y, double width, double height, Color fill, Pen pen);

  /**
   * Draws a circle.
   *
   * @param cx centre x
   * @param cy centre y
   * @param radius radius, non-negative
   * @param fill the fill colour, or null for none
   * @param pen the outline, or null for none
   */
  void circle(double cx, double cy, double radius, Color fill, Pen pen);

  /**
   * Draws one line of text.
   *
   * @param text the text (any characters; surfaces escape what their format needs)
   * @param x anchor x
   * @param y anchor y
   * @param style font size, weight and colour
   * @param anchor which point of the text lies at (x, y)
   * @param angle rotation about the anchor point in degrees, clockwise on screen (-90 reads upwards)
   */
  void text(String text, double x, double y, TextStyle style, Anchor anchor, double angle);

  /**
   * Draws an image scaled to a rectangle, each image pixel a sharp square (no smoothing, so a quantised image
   * shows its real colours). The default draws one rectangle per pixel; the Java2D and SVG surfaces draw the
   * image as one element.
   *
   * @param image the image
   * @param x left
   * @param y top
   * @param width width the image is scaled to
   * @param height height the image is scaled to
   */
  default void image(RgbImage image, double x, double y, double width, double height) {
    double sx = width / image.width();
    double sy = height / image.height();
    for (int r = 0; r < image.height(); r++) {
      for (int c = 0; c < image.width(); c++) {
        rect(x + c * sx, y + r * sy, sx, sy, new Color(image.rgb(c, r)), null);
      }
    }
  }

  /**
   * Restricts drawing to a rectangle (intersected with the current clip) until the matching {@link #popClip()}.
   *
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   */
  void pushClip(double x, double y, double width, double height);

  /** Restores the clip in force before the matching {@link #pushClip}. */
  void popClip();

  /**
   * Opens a named group of elements (an SVG {@code <g class="name">}; nothing in Java2D), closed by
   * {@link #endGroup()}. Groups nest.
   *
   * @param name a class name: letters, digits, '-' and '_'
   */
  void beginGroup(String name);

  /** Closes the innermost open group. */
  void endGroup();

  /**
   * A hint that the following shapes are many and overlap (e.g. 100,000 links), so smoothing their edges costs
   * much time and shows little: a surface may then draw them without anti-aliasing until the hint is lifted. The
   * default ignores it.
   *
   * @param on false to allow drawing without anti-aliasing, true to smooth again
   */
  default void setAntialiasing(boolean on) {
    // a hint only
  }

  /**
   * @param text a text
   * @param style its style
   * @return its advance width in pixels
   */
  default double textWidth(String text, TextStyle style) {
    return TextMeasure.width(text, style);
  }

  /**
   * @param style a text style
   * @return the height of one line of text (ascent plus descent) in pixels
   */
  default double lineHeight(TextStyle style) {
    return TextMeasure.lineHeight(style);
  }
}
