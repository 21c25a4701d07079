package org.clustermodels.knime.logic.kmeans;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;
import org.clustermodels.core.render.Anchor;
import org.clustermodels.core.render.AxisTicks;
import org.clustermodels.core.render.Pen;
import org.clustermodels.core.render.Surface;
import org.clustermodels.core.render.TextStyle;

/**
 * The look and the axis drawing of the k-means view's own plot, the cluster sizes (colours and sizes as the core's
 * plots use; the view's k scan is the core's plot).
 */
final class Chart {
  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x222222);
  static final Color MUTED = new Color(0x5F5F5F);
  static final TextStyle TITLE = new TextStyle(17, true, TEXT);
  static final TextStyle SUBTITLE = new TextStyle(12, false, MUTED);
  static final TextStyle AXIS_TITLE = new TextStyle(12.5, false, TEXT);
  static final TextStyle TICK = new TextStyle(11, false, new Color(0x333333));
  static final Pen AXIS_PEN = Pen.solid(new Color(0x4D4D4D), 1);
  static final Pen GRID_PEN = Pen.solid(new Color(0xE6E6E6), 1);
  static final double MARGIN = 14;

  /** A rectangle in picture pixels. */
  record Box(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }
  }

  private Chart() {
  }

  /**
   * Checks a plot's size.
   *
   * @throws IllegalArgumentException unless both are in 100..10,000 pixels
   */
  static void requireSize(int width, int height) {
    if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
      throw new IllegalArgumentException("plot size must be 100..10000 pixels, got " + width + " x " + height);
    }
  }

  /**
   * Paints the background, the title and the subtitle.
   *
   * @return the y coordinate below them
   */
  static double titles(Surface s, double width, double height, String title, String subtitle) {
    s.rect(0, 0, width, height, BACKGROUND, null);
    s.beginGroup("title");
    s.text(title, MARGIN, MARGIN, TITLE, Anchor.TOP_LEFT, 0);
    double y = MARGIN + s.lineHeight(TITLE) + 4;
    s.text(subtitle, MARGIN, y, SUBTITLE, Anchor.TOP_LEFT, 0);
    s.endGroup();
    return y + s.lineHeight(SUBTITLE) + 12;
  }

  /** Paints a horizontal axis at the box's bottom with its tick labels and title, and optionally grid lines. */
  static void bottomAxis(Surface s, Box box, AxisTicks ticks, DoubleUnaryOperator px, String title, boolean grid) {
    s.beginGroup("axis-x");
    for (int i = 0; i < ticks.count(); i++) {
      double x = px.applyAsDouble(ticks.value(i));
      if (grid) {
        s.line(x, box.y(), x, box.bottom(), GRID_PEN);
      }
      s.line(x, box.bottom(), x, box.bottom() + 4, AXIS_PEN);
      s.text(ticks.label(i), x, box.bottom() + 7, TICK, Anchor.TOP, 0);
    }
    s.line(box.x(), box.bottom(), box.right(), box.bottom(), AXIS_PEN);
    s.text(title, box.x() + box.width() / 2, box.bottom() + 10 + s.lineHeight(TICK), AXIS_TITLE, Anchor.TOP, 0);
    s.endGroup();
  }

  /** @return the height below a box that {@link #bottomAxis} needs */
  static double bottomAxisHeight(Surface s) {
    return 14 + s.lineHeight(TICK) + s.lineHeight(AXIS_TITLE);
  }

  /**
   * @param v a value
   * @return it with four significant digits in plain notation
   */
  static String number(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v == 0 ? "0" : Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
