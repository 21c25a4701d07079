package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.Test;
import org.w3c.dom.Element;

/** Images side by side: drawn pixel for pixel, captioned, in a grid, as PNG and as SVG with embedded images. */
public class ImageGalleryTest {
  static {
    RenderTrees.headless();
  }

  /** A 40 x 30 image with a distinct colour per 10 x 10 block, so sharp drawing can be checked. */
  private static RgbImage blocks(int base) {
    int[] rgb = new int[40 * 30];
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        rgb[y * 40 + x] = base + (y / 10) * 4 + x / 10;
      }
    }
    return RgbImage.of(40, 30, rgb);
  }

  private static ImageGallery gallery(int panels) {
    List<ImageGallery.Panel> list = new ArrayList<>();
    for (int i = 0; i < panels; i++) {
      list.add(new ImageGallery.Panel(blocks(0x100000 * (i + 1)), "k = " + (i + 1), "detail " + i,
          i == 0 ? new int[0] : new int[] {0xFF0000, 0x0000FF}));
    }
    return ImageGallery.of("Title", list).withSubtitle("subtitle");
  }

  @Test
  public void imagesAreDrawnPixelForPixelInAGrid() {
    ImageGallery g = gallery(5);
    assertEquals(3, g.columns());
    BufferedImage png = g.toImage(1);
    assertEquals(g.width(), png.getWidth());
    assertEquals(g.height(), png.getHeight());
    // every block of every image appears as a whole 10 x 10 square of its colour (100 pixels, no smoothing)
    for (int i = 0; i < 5; i++) {
      int base = 0x100000 * (i + 1);
      for (int b = 0; b < 12; b++) {
        assertEquals("image " + i + " block " + b, 100, Pixels.count(png, base + (b / 4) * 4 + b % 4));
      }
    }
    // panels 1 to 4 have a palette strip: red and blue
    assertTrue(Pixels.count(png, 0xFF0000) > 4 * 100);
    assertTrue(Pixels.count(png, 0x0000FF) > 4 * 100);
  }

  @Test
  public void captionsAreWrittenAndDoNotOverlap() throws Exception {
    ImageGallery g = gallery(5);
    RecordingSurface s = new RecordingSurface();
    g.paint(s, g.width(), g.height());
    assertNull(s.firstOverlap());
    List<String> texts = Svg.parse(g.toSvg()).texts("panel");
    assertEquals(List.of("k = 1", "detail 0", "k = 2", "detail 1", "k = 3", "detail 2", "k = 4", "detail 3", "k = 5",
        "detail 4"), texts);
  }

  @Test
  public void svgEmbedsEachImageAsAPngThatDecodesToTheImage() throws Exception {
    Svg svg = Svg.parse(gallery(2).toSvg());
    assertEquals("http://www.w3.org/1999/xlink", svg.root().getAttribute("xmlns:xlink"));
    List<Element> images = svg.in("panel", "image");
    assertEquals(2, images.size());
    String href = images.get(1).getAttributeNS("http://www.w3.org/1999/xlink", "href");
    assertTrue(href.startsWith("data:image/png;base64,"));
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
        href.substring("data:image/png;base64,".length()))));
    RgbImage expected = blocks(0x200000);
    assertEquals(40, decoded.getWidth());
    assertEquals(30, decoded.getHeight());
    for (int y = 0; y < 30; y++) {
      for (int x = 0; x < 40; x++) {
        assertEquals(expected.rgb(x, y), decoded.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertEquals("40", images.get(1).getAttribute("width"));
  }

  @Test
  public void svgWithoutImagesDeclaresNoXlink() throws Exception {
    Svg svg = Svg.parse(PaletteStrip.of(new int[] {1}).toSvg());
    assertEquals("", svg.root().getAttribute("xmlns:xlink"));
  }

  @Test
  public void wideImagesAreScaledDownToTheLimit() {
    ImageGallery g = ImageGallery.of("", List.of(new ImageGallery.Panel(blocks(0x100000), "a", "b", new int[0])))
        .withMaxImageWidth(20);
    BufferedImage png = g.toImage(1);
    // drawn at half size: each 10 x 10 block becomes 5 x 5
    assertEquals(25, Pixels.count(png, 0x100000));
    assertEquals(25, Pixels.count(png, 0x100000 + 11));
  }

  @Test
  public void theDefaultImageDrawingPaintsOneRectanglePerPixel() {
    List<Color> fills = new ArrayList<>();
    Surface s = new Surface() {
      @Override
      public void rect(double x, double y, double width, double height, Color fill, Pen pen) {
        fills.add(fill);
      }

      @Override
      public void line(double x1, double y1, double x2, double y2, Pen pen) {
      }

      @Override
      public void polyline(double[] xs, double[] ys, int count, Pen pen) {
      }

      @Override
      public void circle(double cx, double cy, double radius, Color fill, Pen pen) {
      }

      @Override
      public void text(String text, double x, double y, TextStyle style, Anchor anchor, double angle) {
      }

      @Override
      public void pushClip(double x, double y, double width, double height) {
      }

      @Override
      public void popClip() {
      }

      @Override
      public void beginGroup(String name) {
      }

      @Override
      public void endGroup() {
      }
    };
    RgbImage image = RgbImage.of(2, 1, new int[] {0xABCDEF, 0x010203});
    s.image(image, 0, 0, 20, 10);
    assertEquals(List.of(new Color(0xABCDEF), new Color(0x010203)), fills);
  }

  @Test
  public void badArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> ImageGallery.of("t", List.of()));
    assertThrows(IllegalArgumentException.class, () -> gallery(2).withColumns(0));
    assertThrows(IllegalArgumentException.class, () -> gallery(2).withMaxImageWidth(15));
    assertThrows(IllegalArgumentException.class, () -> RgbImage.of(2, 2, new int[3]));
    assertThrows(IllegalArgumentException.class, () -> RgbImage.of(0, 2, new int[0]));
  }
}
