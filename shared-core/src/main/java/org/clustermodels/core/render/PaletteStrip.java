package org.clustermodels.core.render;

import java.awt.Color;
import java.util.Locale;

/**
 * A palette as a strip of colour swatches, left to right and wrapped after {@code columns} swatches, each labelled
 * below with its {@code #rrggbb} code and, when given, its share of the pixels. Every swatch sits in a cell of
 * {@value #CELL_WIDTH} x {@value #CELL_HEIGHT} pixels: the swatch is the {@value #SWATCH_WIDTH} x
 * {@value #SWATCH_HEIGHT} rectangle at ({@value #INSET}, {@value #INSET}) of its cell, the labels fill the rest.
 * The picture has no margin: swatch i is in cell (i mod columns, i / columns). Immutable.
 */
public final class PaletteStrip implements Plot {
  /** Width of one swatch's cell in pixels. */
  public static final int CELL_WIDTH = 72;
  /** Height of one swatch's cell in pixels. */
  public static final int CELL_HEIGHT = 80;
  /** Width of a swatch in pixels. */
  public static final int SWATCH_WIDTH = 64;
  /** Height of a swatch in pixels. */
  public static final int SWATCH_HEIGHT = 44;
  /** Offset of a swatch from the top-left corner of its cell. */
  public static final int INSET = 4;
  /** Swatches per row by default. */
  public static final int DEFAULT_COLUMNS = 16;

  private static final TextStyle CODE = Theme.LABEL;
  private static final TextStyle SHARE = Theme.LABEL.withColor(Theme.MUTED);

  private final Color[] colors;
  private final double[] shares;
  private final int columns;

  private PaletteStrip(Color[] colors, double[] shares, int columns) {
    this.colors = colors;
    this.shares = shares;
    this.columns = columns;
  }

  /**
   * @param rgb the palette, each colour {@code 0xRRGGBB} (higher bits ignored), at least one
   * @return its strip, {@value #DEFAULT_COLUMNS} swatches per row, without shares
   * @throws IllegalArgumentException if the palette is empty
   */
  public static PaletteStrip of(int[] rgb) {
    if (rgb.length == 0) {
      throw new IllegalArgumentException("a palette strip needs at least one colour");
    }
    Color[] colors = new Color[rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      colors[i] = new Color(rgb[i] & 0xFFFFFF);
    }
    return new PaletteStrip(colors, null, DEFAULT_COLUMNS);
  }

  /**
   * @param shares each colour's share of the pixels, in 0..1, one per colour
   * @return this strip with a second label line per swatch, the share in percent
   * @throws IllegalArgumentException if the count does not match or a share is outside 0..1
   */
  public PaletteStrip withShares(double[] shares) {
    if (shares.length != colors.length) {
      throw new IllegalArgumentException(shares.length + " shares for " + colors.length + " colours");
    }
    for (double s : shares) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("a share must be in 0..1, got " + s);
      }
    }
    return new PaletteStrip(colors, shares.clone(), columns);
  }

  /**
   * @param columns swatches per row, at least 1
   * @return this strip wrapped after that many swatches
   * @throws IllegalArgumentException if columns &lt; 1
   */
  public PaletteStrip withColumns(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be >= 1, got " + columns);
    }
    return new PaletteStrip(colors, shares, columns);
  }

  /** @return the number of swatches */
  public int size() {
    return colors.length;
  }

  /** @return swatches per row actually used: min(columns, size) */
  public int columns() {
    return Math.min(columns, colors.length);
  }

  /** @return the number of rows of swatches */
  public int rows() {
    return (colors.length + columns() - 1) / columns();
  }

  @Override
  public int width() {
    return columns() * CELL_WIDTH;
  }

  @Override
  public int height() {
    return rows() * CELL_HEIGHT;
  }

  @Override
  public void paint(Surface s, double width, double height) {
    s.rect(0, 0, width, height, Theme.BACKGROUND, null);
    double sx = width / width();
    double sy = height / height();
    double lineHeight = TextMeasure.lineHeight(CODE);
    s.beginGroup("swatches");
    for (int i = 0; i < colors.length; i++) {
      double x = (i % columns()) * CELL_WIDTH * sx;
      double y = (i / columns()) * CELL_HEIGHT * sy;
      s.rect(x + INSET * sx, y + INSET * sy, SWATCH_WIDTH * sx, SWATCH_HEIGHT * sy, colors[i], null);
      double cx = x + CELL_WIDTH * sx / 2;
      double ty = y + (INSET + SWATCH_HEIGHT + 3) * sy;
      double room = CELL_WIDTH * sx - 2;
      s.text(TextMeasure.ellipsize(SvgSurface.hex(colors[i]), CODE, room), cx, ty, CODE, Anchor.TOP, 0);
      if (shares != null) {
        s.text(TextMeasure.ellipsize(percent(shares[i]), SHARE, room), cx, ty + lineHeight, SHARE, Anchor.TOP, 0);
      }
    }
    s.endGroup();
  }

  /** @return the share as a percentage with one decimal, or "&lt; 0.1 %" for a small non-zero share */
  static String percent(double share) {
    if (share > 0 && share < 0.0005) {
      return "< 0.1 %";
    }
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  @Override
  public String toString() {
    return "PaletteStrip[" + colors.length + " colours, " + columns() + " per row]";
  }
}
