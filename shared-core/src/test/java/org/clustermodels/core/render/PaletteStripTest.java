package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.Test;

/** The palette strip: one swatch of the documented size per colour, in order, labelled, wrapped. */
public class PaletteStripTest {
  static {
    RenderTrees.headless();
  }

  private static final int[] FIVE = {0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0xFEDCBA};

  @Test
  public void everySwatchFillsItsDocumentedRectangleWithItsColour() {
    PaletteStrip strip = PaletteStrip.of(FIVE);
    assertEquals(5 * 72, strip.width());
    assertEquals(80, strip.height());
    BufferedImage png = strip.toImage(1);
    assertEquals(360, png.getWidth());
    assertEquals(80, png.getHeight());
    for (int i = 0; i < FIVE.length; i++) {
      int left = 72 * i + 4;
      assertEquals("swatch " + i, 64 * 44, countInside(png, left, 4, 64, 44, FIVE[i]));
      // just outside the swatch: the white of the cell
      assertEquals(0xFFFFFF, png.getRGB(left - 1, 20) & 0xFFFFFF);
      assertEquals(0xFFFFFF, png.getRGB(left + 64, 20) & 0xFFFFFF);
      assertEquals(0xFFFFFF, png.getRGB(left + 10, 3) & 0xFFFFFF);
    }
  }

  @Test
  public void swatchesWrapAfterTheColumnCount() {
    PaletteStrip strip = PaletteStrip.of(FIVE).withColumns(2);
    assertEquals(2, strip.columns());
    assertEquals(3, strip.rows());
    BufferedImage png = strip.toImage(1);
    assertEquals(144, png.getWidth());
    assertEquals(240, png.getHeight());
    // colour 4 is in row 2, column 0
    assertEquals(64 * 44, countInside(png, 4, 2 * 80 + 4, 64, 44, FIVE[4]));
    assertEquals(FIVE[3], png.getRGB(72 + 30, 80 + 20) & 0xFFFFFF);
  }

  @Test
  public void labelsAreTheHexCodesAndSharesWithoutOverlap() throws Exception {
    PaletteStrip strip = PaletteStrip.of(FIVE).withShares(new double[] {0.5, 0.25, 0.2, 0.0499, 0.0001});
    Svg svg = Svg.parse(strip.toSvg());
    assertEquals(List.of("#ff0000", "50.0 %", "#00ff00", "25.0 %", "#0000ff", "20.0 %", "#123456", "5.0 %",
        "#fedcba", "< 0.1 %"), svg.texts("swatches"));
    assertEquals(5, svg.in("swatches", "rect").size());
    RecordingSurface s = new RecordingSurface();
    strip.paint(s, strip.width(), strip.height());
    assertNull(s.firstOverlap());
  }

  @Test
  public void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PaletteStrip.of(new int[0]));
    assertThrows(IllegalArgumentException.class, () -> PaletteStrip.of(FIVE).withColumns(0));
    assertThrows(IllegalArgumentException.class, () -> PaletteStrip.of(FIVE).withShares(new double[4]));
    assertThrows(IllegalArgumentException.class,
        () -> PaletteStrip.of(FIVE).withShares(new double[] {0.5, 0.5, 0.5, 0, 1.5}));
  }

  /** Pixels of exactly the colour inside a rectangle. */
  static int countInside(BufferedImage png, int x, int y, int w, int h, int rgb) {
    int c = 0;
    for (int yy = y; yy < y + h; yy++) {
      for (int xx = x; xx < x + w; xx++) {
        c += (png.getRGB(xx, yy) & 0xFFFFFF) == rgb ? 1 : 0;
      }
    }
    return c;
  }
}
