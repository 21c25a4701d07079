package org.clustermodels.core.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text metrics shared by every surface, so that a layout measured once is the same in PNG, SVG and Swing: the
 * logical {@code SansSerif} font with anti-aliasing and fractional metrics (no display needed).
 */
final class TextMeasure {
  /** The rendering context every surface measures and draws text with. */
  static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private static final Map<Long, Font> FONTS = new ConcurrentHashMap<>();
  private static final Map<Long, double[]> METRICS = new ConcurrentHashMap<>();
  private static final String ELLIPSIS = "\u2026";

  private TextMeasure() {
  }

  private static long key(TextStyle style) {
    return Double.doubleToLongBits(style.size()) ^ (style.bold() ? 1L : 0L);
  }

  /**
   * @param style a text style
   * @return the Java2D font for it
   */
  static Font font(TextStyle style) {
    return FONTS.computeIfAbsent(key(style), k -> new Font(Font.SANS_SERIF, style.bold() ? Font.BOLD : Font.PLAIN, 1)
        .deriveFont((float) style.size()));
  }

  /** ascent, descent, cap height. */
  private static double[] metrics(TextStyle style) {
    return METRICS.computeIfAbsent(key(style), k -> {
      Font font = font(style);
      LineMetrics line = font.getLineMetrics("Hg", CONTEXT);
      double cap = -font.createGlyphVector(CONTEXT, "H").getVisualBounds().getY();
      return new double[] {line.getAscent(), line.getDescent(), cap};
    });
  }

  static double width(String text, TextStyle style) {
    return text.isEmpty() ? 0 : font(style).getStringBounds(text, CONTEXT).getWidth();
  }

  static double ascent(TextStyle style) {
    return metrics(style)[0];
  }

  static double descent(TextStyle style) {
    return metrics(style)[1];
  }

  static double capHeight(TextStyle style) {
    return metrics(style)[2];
  }

  /** @return ascent plus descent: the thickness of one line of text */
  static double lineHeight(TextStyle style) {
    return ascent(style) + descent(style);
  }

  /**
   * @param text a text
   * @param style its style
   * @param maxWidth the room available in pixels
   * @return the text, or its longest prefix followed by an ellipsis that fits (just the ellipsis if none does)
   */
  static String ellipsize(String text, TextStyle style, double maxWidth) {
    if (width(text, style) <= maxWidth) {
      return text;
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) { // largest prefix length whose ellipsized form fits
      int mid = (lo + hi + 1) >>> 1;
      if (width(text.substring(0, mid) + ELLIPSIS, style) <= maxWidth) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    if (lo > 0 && Character.isHighSurrogate(text.charAt(lo - 1))) {
      lo--;
    }
    return text.substring(0, lo).stripTrailing() + ELLIPSIS;
  }
}
