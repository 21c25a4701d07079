package org.clustermodels.core.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Surface} on a Java2D {@link Graphics2D}: a {@code BufferedImage} for PNG, or a Swing component's
 * graphics. It works on its own copy of the graphics with anti-aliasing, pure strokes and fractional text metrics;
 * {@link #close()} disposes that copy and leaves the caller's graphics untouched.
 */
public final class Graphics2DSurface implements Surface, AutoCloseable {
  private final Graphics2D g;
  private final List<Shape> clips = new ArrayList<>();
  private final Line2D.Double line = new Line2D.Double();
  private final Rectangle2D.Double box = new Rectangle2D.Double();
  private Pen lastPen;

  /**
   * @param graphics the graphics to draw on (not modified: the surface draws on a copy)
   */
  public Graphics2DSurface(Graphics2D graphics) {
    g = (Graphics2D) graphics.create();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  private void use(Pen pen) {
    if (pen != lastPen) {
      float w = (float) pen.width();
      float[] pattern = pen.dash().pattern();
      if (pattern.length == 0) {
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      } else {
        float[] dash = new float[pattern.length];
        for (int i = 0; i < dash.length; i++) {
          dash[i] = pattern[i] * w;
        }
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
      }
      lastPen = pen;
    }
    g.setColor(pen.color());
  }

  @Override
  public void line(double x1, double y1, double x2, double y2, Pen pen) {
    use(pen);
    line.setLine(x1, y1, x2, y2);
    g.draw(line);
  }

  @Override
  public void polyline(double[] xs, double[] ys, int count, Pen pen) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, count);
    path.moveTo(xs[0], ys[0]);
    for (int i = 1; i < count; i++) {
      path.lineTo(xs[i], ys[i]);
    }
    use(pen);
    g.draw(path);
  }

  @Override
  public void rect(double x, double y, double width, double height, Color fill, Pen pen) {
    box.setRect(x, y, width, height);
    fillAndDraw(box, fill, pen);
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill, Pen pen) {
    fillAndDraw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius), fill, pen);
  }

  private void fillAndDraw(Shape shape, Color fill, Pen pen) {
    if (fill != null) {
      g.setColor(fill);
      g.fill(shape);
    }
    if (pen != null) {
      use(pen);
      g.draw(shape);
    }
  }

  @Override
  public void image(RgbImage image, double x, double y, double width, double height) {
    AffineTransform saved = g.getTransform();
    Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    g.translate(x, y);
    g.scale(width / image.width(), height / image.height());
    g.drawImage(image.toBufferedImage(), 0, 0, null);
    g.setTransform(saved);
    if (interpolation != null) {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
    }
  }

  @Override
  public void text(String text, double x, double y, TextStyle style, Anchor anchor, double angle) {
    if (text.isEmpty()) {
      return;
    }
    AffineTransform saved = g.getTransform();
    g.translate(x, y);
    if (angle != 0) {
      g.rotate(Math.toRadians(angle));
    }
    g.setFont(TextMeasure.font(style));
    g.setColor(style.color());
    double dx = -anchor.horizontal() * TextMeasure.width(text, style);
    g.drawString(text, (float) dx, (float) anchor.baselineOffset(style));
    g.setTransform(saved);
  }

  @Override
  public void setAntialiasing(boolean on) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, on ? RenderingHints.VALUE_ANTIALIAS_ON
        : RenderingHints.VALUE_ANTIALIAS_OFF);
  }

  @Override
  public void pushClip(double x, double y, double width, double height) {
    clips.add(g.getClip());
    g.clip(new Rectangle2D.Double(x, y, width, height));
  }

  @Override
  public void popClip() {
    if (clips.isEmpty()) {
      throw new IllegalStateException("popClip without a matching pushClip");
    }
    g.setClip(clips.remove(clips.size() - 1));
  }

  @Override
  public void beginGroup(String name) {
    // groups only structure SVG output
  }

  @Override
  public void endGroup() {
    // groups only structure SVG output
  }

  /** Disposes the surface's copy of the graphics. */
  @Override
  public void close() {
    g.dispose();
  }
}
