package org.clustermodels.core.render;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;

/**
 * A {@link Surface} that writes SVG 1.1: hand-written XML, every text escaped (characters XML 1.0 forbids become
 * U+FFFD), coordinates in fixed point with two decimals independent of the default locale. Groups become
 * {@code <g class="...">} and clips {@code <clipPath>}s, so the output can be styled and inspected.
 */
public final class SvgSurface implements Surface {
  private static final String FONT_FAMILY = "'DejaVu Sans', Arial, Helvetica, sans-serif";
  private static final double MAX_COORDINATE = 1e9;

  private final double width;
  private final double height;
  private final StringBuilder body = new StringBuilder(1 << 14);
  private final ArrayDeque<String> open = new ArrayDeque<>();
  private int clipIds;
  private boolean usesXlink;

  /**
   * @param width picture width in pixels, positive
   * @param height picture height in pixels, positive
   * @throws IllegalArgumentException if a dimension is not positive and finite
   */
  public SvgSurface(double width, double height) {
    if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
      throw new IllegalArgumentException("SVG size must be positive and finite, got " + width + " x " + height);
    }
    this.width = width;
    this.height = height;
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Pen pen) {
    body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
        .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
    stroke(pen);
    body.append("/>\n");
  }

  @Override
  public void polyline(double[] xs, double[] ys, int count, Pen pen) {
    body.append("<polyline points=\"");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        body.append(' ');
      }
      body.append(num(xs[i])).append(',').append(num(ys[i]));
    }
    body.append("\" fill=\"none\"");
    stroke(pen);
    body.append("/>\n");
  }

  @Override
  public void rect(double x, double y, double w, double h, Color fill, Pen pen) {
    body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append('"');
    fillAndStroke(fill, pen);
    body.append("/>\n");
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill, Pen pen) {
    body.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
        .append(num(Math.max(0, radius))).append('"');
    fillAndStroke(fill, pen);
    body.append("/>\n");
  }

  /** Embeds the image as a PNG data URI, drawn without smoothing ({@code image-rendering: pixelated}). */
  @Override
  public void image(RgbImage image, double x, double y, double w, double h) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      PlotFiles.writePng(image.toBufferedImage(), png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode an image as PNG", e);
    }
    usesXlink = true;
    body.append("<image x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h)))
        .append("\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\"")
        .append(" xlink:href=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
  }

  @Override
  public void text(String text, double x, double y, TextStyle style, Anchor anchor, double angle) {
    if (text.isEmpty()) {
      return;
    }
    double offset = anchor.baselineOffset(style);
    double radians = Math.toRadians(angle);
    double bx = x - offset * Math.sin(radians);
    double by = y + offset * Math.cos(radians);
    body.append("<text x=\"").append(num(bx)).append("\" y=\"").append(num(by)).append("\" font-size=\"")
        .append(num(style.size())).append('"');
    if (style.bold()) {
      body.append(" font-weight=\"bold\"");
    }
    paint("fill", style.color());
    if (anchor.horizontal() == 0.5) {
      body.append(" text-anchor=\"middle\"");
    } else if (anchor.horizontal() == 1.0) {
      body.append(" text-anchor=\"end\"");
    }
    if (angle != 0) {
      body.append(" transform=\"rotate(").append(num(angle)).append(' ').append(num(bx)).append(' ')
          .append(num(by)).append(")\"");
    }
    body.append('>');
    escape(text, body);
    body.append("</text>\n");
  }

  @Override
  public void pushClip(double x, double y, double w, double h) {
    String id = "clip" + (++clipIds);
    body.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
        .append(num(y)).append("\" width=\"").append(num(Math.max(0, w))).append("\" height=\"")
        .append(num(Math.max(0, h))).append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
    open.push("pushClip");
  }

  @Override
  public void popClip() {
    close("popClip", "pushClip");
  }

  @Override
  public void beginGroup(String name) {
    if (name.isEmpty() || !name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-'
        || c == '_'))) {
      throw new IllegalArgumentException("group name must be ASCII letters, digits, '-' or '_', got \"" + name
          + "\"");
    }
    body.append("<g class=\"").append(name).append("\">\n");
    open.push("beginGroup");
  }

  @Override
  public void endGroup() {
    close("endGroup", "beginGroup");
  }

  /** Closes the innermost {@code <g>}, which the matching opening call must have opened. */
  private void close(String call, String opening) {
    if (!opening.equals(open.peek())) {
      throw new IllegalStateException(call + " without a matching " + opening
          + (open.isEmpty() ? "" : "; the innermost open call is " + open.peek()));
    }
    open.pop();
    body.append("</g>\n");
  }

  /**
   * @return the complete SVG document
   * @throws IllegalStateException if a group or clip is still open
   */
  public String toSvg() {
    if (!open.isEmpty()) {
      throw new IllegalStateException(open.size() + " group(s) or clip(s) are still open, innermost " + open.peek());
    }
    StringBuilder svg = new StringBuilder(body.length() + 400);
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .append(usesXlink ? " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" : "")
        .append(" version=\"1.1\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(height)).append("\" font-family=\"").append(FONT_FAMILY).append("\">\n")
        .append(body).append("</svg>\n");
    return svg.toString();
  }

  private void stroke(Pen pen) {
    paint("stroke", pen.color());
    body.append(" stroke-width=\"").append(num(pen.width())).append('"');
    float[] pattern = pen.dash().pattern();
    if (pattern.length > 0) {
      body.append(" stroke-dasharray=\"");
      for (int i = 0; i < pattern.length; i++) {
        body.append(i > 0 ? "," : "").append(num(pattern[i] * pen.width()));
      }
      body.append('"');
    }
  }

  private void fillAndStroke(Color fill, Pen pen) {
    if (fill == null) {
      body.append(" fill=\"none\"");
    } else {
      paint("fill", fill);
    }
    if (pen != null) {
      stroke(pen);
    }
  }

  private void paint(String attribute, Color color) {
    body.append(' ').append(attribute).append("=\"").append(hex(color)).append('"');
    if (color.getAlpha() < 255) {
      body.append(' ').append(attribute).append("-opacity=\"").append(num(color.getAlpha() / 255.0)).append('"');
    }
  }

  /**
   * @param color a colour
   * @return its {@code #rrggbb} form (alpha ignored)
   */
  static String hex(Color color) {
    String digits = Integer.toHexString(color.getRGB() & 0xffffff);
    return "#" + "000000".substring(digits.length()) + digits;
  }

  /**
   * Formats a coordinate in fixed point with at most two decimals, '.' as separator, without trailing zeros.
   *
   * @param value a finite number
   * @return its text
   * @throws IllegalArgumentException if the value is NaN
   */
  static String num(double value) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("an SVG coordinate is NaN");
    }
    long hundredths = Math.round(Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value)) * 100);
    StringBuilder s = new StringBuilder(12);
    if (hundredths < 0) {
      s.append('-');
      hundredths = -hundredths;
    }
    s.append(hundredths / 100);
    long fraction = hundredths % 100;
    if (fraction != 0) {
      s.append('.').append((char) ('0' + fraction / 10));
      if (fraction % 10 != 0) {
        s.append((char) ('0' + fraction % 10));
      }
    }
    return s.toString();
  }

  /**
   * Appends text escaped for XML character data and attribute values.
   *
   * @param text any text
   * @param out where to append
   */
  static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> out.appendCodePoint(isXmlChar(c) ? c : 0xFFFD);
      }
    }
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
