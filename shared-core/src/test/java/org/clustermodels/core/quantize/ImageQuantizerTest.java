package org.clustermodels.core.quantize;

import static org.clustermodels.core.quantize.PngPixelsTest.rgbPng;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.render.PaletteStrip;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The quantisation pipeline from PNG file to figures and files, on images worked out by hand: the figures, the
 * smallest indexed PNG, the palette strip, and bad input named by what the caller says named it.
 */
public class ImageQuantizerTest {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path png(String name, int width, int... rgb) {
    return rgbPng(tmp.getRoot().toPath().resolve(name), width, rgb);
  }

  private static QuantizedImage quantize(Path file, int k) {
    return ImageQuantizer.read(file, "-i").quantize(QuantizeParams.of(k).withThreads(1), "-k",
        ProgressMonitor.none());
  }

  private static BufferedImage decode(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    assertTrue(file + " decodes", image != null);
    return image;
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> s = Files.list(tmp.getRoot().toPath().resolve("out"))) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  public void fivePixelsByHand() throws IOException {
    // 5 x 1 pixels: black, white, (0,0,2), white, white. k = 2: white (3 pixels) and the mean of the dark pair,
    // (0,0,1); each dark pixel is 1 off in blue: squared error 2 over 5 pixels x 3 channels.
    Path in = png("five.png", 5, 0x000000, 0xFFFFFF, 0x000002, 0xFFFFFF, 0xFFFFFF);
    ImageQuantizer pipeline = ImageQuantizer.read(in, "-i");
    assertEquals(3, pipeline.distinctColors());
    QuantizedImage q = pipeline.quantize(QuantizeParams.of(2).withThreads(1), "-k", ProgressMonitor.none());
    assertEquals(2, q.paletteSize());
    assertArrayEquals(new int[] {0xFFFFFF, 0x000001}, q.palette());
    assertEquals(24, q.bitsPerPixelBefore());
    assertEquals(1, q.bitsPerPixelAfter());
    assertEquals(2.0 / 15, q.mse(), 1e-15);
    assertEquals(10 * Math.log10(255.0 * 255 * 15 / 2), q.psnr(), 1e-9);
    assertEquals(1, q.pngBitDepth());
    assertEquals("1-bit palette PNG", q.pngFormat());
    assertEquals(0x000001, q.toRgbImage().rgb(2, 0));

    Path dir = tmp.newFolder("out").toPath();
    Path out = dir.resolve("five-2.png");
    Path strip = dir.resolve("palette.png");
    q.write(out, "-o", strip, "-palette");
    assertEquals(List.of("five-2.png", "palette.png"), listing());
    BufferedImage written = decode(out);
    assertEquals(5, written.getWidth());
    assertEquals(1, written.getHeight());
    assertTrue(written.getColorModel() instanceof IndexColorModel);
    assertEquals(1, written.getColorModel().getPixelSize());
    assertArrayEquals(new int[] {0x000001, 0xFFFFFF, 0x000001, 0xFFFFFF, 0xFFFFFF},
        PngPixels.read(out, "test").rgb());
    BufferedImage swatches = decode(strip);
    assertEquals(2 * PaletteStrip.CELL_WIDTH, swatches.getWidth());
    assertEquals(PaletteStrip.CELL_HEIGHT, swatches.getHeight());
    // the first swatch's middle has the most used colour, white; the second's (0,0,1)
    assertEquals(0x000001, swatches.getRGB(PaletteStrip.CELL_WIDTH + PaletteStrip.INSET + 10, 20) & 0xFFFFFF);
  }

  @Test
  public void anImageWithExactlyKColoursIsLossless() {
    QuantizedImage q = quantize(png("four.png", 2, 0x102030, 0xFF8000, 0x102030, 0x00FF00), 3);
    assertEquals(0, q.mse(), 0);
    assertTrue(Double.isInfinite(q.psnr()));
    assertEquals(2, q.bitsPerPixelAfter());
  }

  @Test
  public void thePngHasTheSmallestBitDepthThatHoldsKIndices() throws IOException {
    // k distinct grey-ish colours, each its own palette colour: k = 1 needs 0 bits (PNG's smallest depth is 1),
    // 3 need 2 bits, 5 need 3 (written as 4), 17 need 5 (written as 8), 257 need 9 (no palette PNG: RGB)
    int[][] cases = {{1, 1}, {3, 2}, {5, 4}, {17, 8}, {257, 0}};
    Path dir = tmp.newFolder("out").toPath();
    for (int[] c : cases) {
      int k = c[0];
      int[] rgb = new int[k];
      for (int i = 0; i < k; i++) {
        rgb[i] = (i << 8) | 7;
      }
      QuantizedImage q = quantize(png("k" + k + ".png", k, rgb), k);
      assertEquals("k = " + k, c[1], q.pngBitDepth());
      Path out = dir.resolve("q" + k + ".png");
      q.write(out, "-o", null, "-palette");
      BufferedImage written = decode(out);
      assertEquals("k = " + k, c[1] > 0, written.getColorModel() instanceof IndexColorModel);
      if (c[1] > 0) {
        assertEquals("k = " + k, c[1], written.getColorModel().getPixelSize());
      }
      assertArrayEquals("k = " + k + ": lossless", rgb, PngPixels.read(out, "test").rgb());
    }
  }

  @Test
  public void aPaletteStripNamedSvgIsWrittenAsSvg() throws IOException {
    QuantizedImage q = quantize(png("two.png", 2, 0x000000, 0xFFFFFF), 2);
    Path dir = tmp.newFolder("out").toPath();
    q.write(dir.resolve("q.png"), "-o", dir.resolve("palette.svg"), "-palette");
    String svg = Files.readString(dir.resolve("palette.svg"));
    assertTrue(svg, svg.startsWith("<?xml"));
    assertTrue(svg, svg.contains("<svg"));
  }

  @Test
  public void aPaletteLargerThanTheColoursIsRefusedNamingTheOptionAndTheCount() {
    Path in = png("four.png", 2, 0x000000, 0xFF0000, 0x00FF00, 0x0000FF);
    ImageQuantizer pipeline = ImageQuantizer.read(in, "-i");
    String m = assertThrows(IllegalArgumentException.class,
        () -> pipeline.quantize(QuantizeParams.of(5), "-N", ProgressMonitor.none())).getMessage();
    assertTrue(m, m.startsWith("-N 5 is larger than the number of distinct colours in '"));
    assertTrue(m, m.contains("four.png' (4)"));
    pipeline.requirePaletteSize("-N 4", 4);
  }

  @Test
  public void aMissingDirectoryIsNamedAndNothingIsWritten() throws IOException {
    QuantizedImage q = quantize(png("two.png", 2, 0x000000, 0xFFFFFF), 2);
    Path dir = tmp.newFolder("out").toPath();
    Path missing = dir.resolve("no-such-dir");
    String m = assertThrows(IllegalArgumentException.class,
        () -> q.write(missing.resolve("q.png"), "-o", dir.resolve("p.png"), "-palette")).getMessage();
    assertTrue(m, m.startsWith("-o: ") && m.contains("no-such-dir") && m.contains("does not exist"));
    m = assertThrows(IllegalArgumentException.class,
        () -> q.write(dir.resolve("q.png"), "-o", missing.resolve("p.png"), "-palette")).getMessage();
    assertTrue(m, m.startsWith("-palette: ") && m.contains("does not exist"));
    assertFalse(Files.exists(dir.resolve("q.png")));
    m = assertThrows(IllegalArgumentException.class, () -> q.write(dir, "-o", null, "-palette")).getMessage();
    assertTrue(m, m.startsWith("-o: ") && m.contains("is a directory"));
    assertEquals(List.of(), listing());
  }

  @Test
  public void aQuantisationOfAnotherImageDoesNotFit() {
    PngPixels three = new PngPixels(Path.of("three.png"), 3, 1, new int[] {1, 2, 3}, 24, false);
    PngPixels two = new PngPixels(Path.of("two.png"), 2, 1, new int[] {1, 2}, 24, false);
    Quantization q = ImageQuantizer.of(two).quantize(QuantizeParams.of(1), "-k", ProgressMonitor.none())
        .quantization();
    assertThrows(IllegalArgumentException.class, () -> new QuantizedImage(three, q));
  }
}
