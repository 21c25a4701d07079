package org.clustermodels.core.render;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;

/** The shared look of the plots: colours, text styles and spacing, so every picture of the project matches. */
final class Theme {
  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x222222);
  static final Color MUTED = new Color(0x5F5F5F);
  static final Color AXIS = new Color(0x4D4D4D);
  static final Color GRID = new Color(0xE6E6E6);
  /** Links when nothing is cut. */
  static final Color LINK = new Color(0x2F3E4E);
  /** Links above the cut, and clusters the cut splits. */
  static final Color UNCLUSTERED = new Color(0x9A9A9A);
  static final Color CUT = new Color(0x111111);

  static final TextStyle TITLE = new TextStyle(17, true, TEXT);
  static final TextStyle SUBTITLE = new TextStyle(12, false, MUTED);
  static final TextStyle AXIS_TITLE = new TextStyle(12.5, false, TEXT);
  static final TextStyle TICK = new TextStyle(11, false, new Color(0x333333));
  static final TextStyle LABEL = new TextStyle(11, false, TEXT);
  static final TextStyle LEGEND = new TextStyle(11.5, false, TEXT);
  static final TextStyle LEGEND_HEADING = new TextStyle(11.5, true, TEXT);

  static final Pen AXIS_PEN = Pen.solid(AXIS, 1);
  static final Pen GRID_PEN = Pen.solid(GRID, 1);
  static final Pen CUT_PEN = new Pen(CUT, 1.3, Pen.Dash.DASHED);

  /** Outer margin of a picture in pixels. */
  static final double MARGIN = 14;
  /** Smallest and largest leaf-label font size in pixels. */
  static final double MIN_LABEL_SIZE = 7;
  static final double MAX_LABEL_SIZE = 11;

  private Theme() {
  }

  /**
   * Paints the background, title and subtitle, or only measures them.
   *
   * @param s where to paint, or null to measure only
   * @return the y coordinate below the titles, where the content may start
   */
  static double titles(Surface s, double width, double height, String title, String subtitle) {
    if (s != null) {
      s.rect(0, 0, width, height, BACKGROUND, null);
      s.beginGroup("title");
    }
    double y = MARGIN;
    double room = Math.max(1, width - 2 * MARGIN);
    for (int i = 0; i < 2; i++) {
      String text = i == 0 ? title : subtitle;
      TextStyle style = i == 0 ? TITLE : SUBTITLE;
      if (!text.isEmpty()) {
        if (s != null) {
          s.text(TextMeasure.ellipsize(text, style, room), MARGIN, y, style, Anchor.TOP_LEFT, 0);
        }
        y += TextMeasure.lineHeight(style) + (i == 0 ? 4 : 0);
      }
    }
    if (s != null) {
      s.endGroup();
    }
    return y + 12;
  }

  /**
   * @return the width a picture needs to show its title and subtitle without shortening them, margins included
   */
  static double titlesWidth(String title, String subtitle) {
    return 2 * MARGIN + Math.max(TextMeasure.width(title, TITLE), TextMeasure.width(subtitle, SUBTITLE)) + 2;
  }

  /**
   * @param v a value such as a height
   * @return it with four significant digits, in plain notation with '.' as separator
   */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
