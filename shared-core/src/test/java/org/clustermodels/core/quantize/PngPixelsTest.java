package org.clustermodels.core.quantize;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Reading PNG files as opaque 8-bit RGB pixels: images written in the test, so every pixel is known. */
public class PngPixelsTest {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  /** Writes an image made with Java2D as PNG. */
  static Path write(Path file, BufferedImage image) {
    try {
      assertTrue(ImageIO.write(image, "png", file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Writes an RGB PNG ({@code 0xRRGGBB} pixels) or, with an alpha above 0 anywhere, an ARGB one. */
  static Path rgbPng(Path file, int width, int... argb) {
    boolean alpha = Arrays.stream(argb).anyMatch(p -> (p >>> 24) != 0);
    BufferedImage image = new BufferedImage(width, argb.length / width,
        alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, width, argb.length / width, argb, 0, width);
    return write(file, image);
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.write(p, content);
    return p;
  }

  private static void mentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue("'" + part + "' in: " + message, message.contains(part));
    }
  }

  @Test
  public void anRgbPngIsReadRowMajorWithItsColoursAnd24Bits() {
    int[] pixels = {0x102030, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000001};
    Path f = rgbPng(tmp.getRoot().toPath().resolve("six.png"), 3, pixels);
    PngPixels p = PngPixels.read(f, "-i");
    assertEquals(f, p.source());
    assertEquals(3, p.width());
    assertEquals(2, p.height());
    assertEquals(6, p.pixels());
    assertArrayEquals(pixels, p.rgb());
    assertEquals(0x0000FF, p.pixel(3)); // x = 0, y = 1
    assertEquals(24, p.storedBitsPerPixel());
    assertFalse(p.sixteenBit());
    DenseMatrix m = p.toMatrix();
    assertEquals(6, m.rows());
    assertEquals(3, m.cols());
    assertArrayEquals(new double[] {0x10, 0x20, 0x30}, m.row(0), 0);
    assertArrayEquals(new double[] {0, 0, 1}, m.row(5), 0);
    assertEquals(0x00FF00, p.toRgbImage().rgb(2, 0));
  }

  @Test
  public void thePixelsAreCopiedInAndOut() {
    int[] pixels = {0x010203, 0x040506};
    PngPixels p = new PngPixels(Path.of("x.png"), 2, 1, pixels, 24, false);
    pixels[0] = 0;
    p.rgb()[1] = 0;
    assertArrayEquals(new int[] {0x010203, 0x040506}, p.rgb());
    assertThrows(IllegalArgumentException.class, () -> new PngPixels(Path.of("x.png"), 2, 2, pixels, 24, false));
  }

  @Test
  public void aPalettePngHasTheBitsOfItsIndices() {
    byte[] r = {(byte) 0xFF, 0, 0x12};
    byte[] g = {0, (byte) 0xFF, 0x34};
    byte[] b = {0, 0, 0x56};
    BufferedImage image = new BufferedImage(4, 1, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(2, 3, r, g, b));
    image.getRaster().setPixels(0, 0, 4, 1, new int[] {2, 0, 1, 2});
    PngPixels p = PngPixels.read(write(tmp.getRoot().toPath().resolve("indexed.png"), image), "-i");
    assertEquals(2, p.storedBitsPerPixel());
    assertArrayEquals(new int[] {0x123456, 0xFF0000, 0x00FF00, 0x123456}, p.rgb());
  }

  @Test
  public void greyImagesBecomeRgbAndSixteenBitsAreFlagged() {
    BufferedImage grey = new BufferedImage(2, 1, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setPixels(0, 0, 2, 1, new int[] {0, 255});
    PngPixels p = PngPixels.read(write(tmp.getRoot().toPath().resolve("grey.png"), grey), "-i");
    assertEquals(8, p.storedBitsPerPixel());
    assertFalse(p.sixteenBit());
    assertArrayEquals(new int[] {0x000000, 0xFFFFFF}, p.rgb());

    BufferedImage deep = new BufferedImage(2, 1, BufferedImage.TYPE_USHORT_GRAY);
    deep.getRaster().setPixels(0, 0, 2, 1, new int[] {65535, 0});
    PngPixels q = PngPixels.read(write(tmp.getRoot().toPath().resolve("grey16.png"), deep), "-i");
    assertEquals(16, q.storedBitsPerPixel());
    assertTrue(q.sixteenBit());
    assertArrayEquals(new int[] {0xFFFFFF, 0x000000}, q.rgb());
  }

  @Test
  public void anOpaqueImageWithAnAlphaChannelIsReadWithoutItsAlpha() {
    Path f = rgbPng(tmp.getRoot().toPath().resolve("opaque.png"), 2, 0xFF102030, 0xFFFFFFFF);
    PngPixels p = PngPixels.read(f, "-i");
    assertArrayEquals(new int[] {0x102030, 0xFFFFFF}, p.rgb());
    assertEquals("the colour channels only", 24, p.storedBitsPerPixel());
  }

  @Test
  public void aTransparentPixelIsRefusedNamingTheFirst() {
    Path f = rgbPng(tmp.getRoot().toPath().resolve("alpha.png"), 2, 0xFF000000, 0xFF000000, 0xFF000000, 0x80FF0000);
    String m = assertThrows(IllegalArgumentException.class, () -> PngPixels.read(f, "the Image setting"))
        .getMessage();
    mentions(m, "the Image setting: ", "alpha.png", "transparent", "x = 1, y = 1", "alpha 128 of 255");
  }

  @Test
  public void filesThatAreNotPngsAreRefusedNamingTheOptionAndTheFile() throws IOException {
    Path text = file("text.png", "just text".getBytes());
    mentions(assertThrows(IllegalArgumentException.class, () -> PngPixels.read(text, "-i")).getMessage(),
        "-i: ", "text.png", "is not a PNG file");
    Path empty = file("empty.png", new byte[0]);
    mentions(assertThrows(IllegalArgumentException.class, () -> PngPixels.read(empty, "-i")).getMessage(),
        "empty.png", "is not a PNG file");
    byte[] png = Files.readAllBytes(rgbPng(tmp.getRoot().toPath().resolve("whole.png"), 1, 0x123456));
    Path truncated = file("truncated.png", Arrays.copyOf(png, 30));
    mentions(assertThrows(IllegalArgumentException.class, () -> PngPixels.read(truncated, "-i")).getMessage(),
        "-i: ", "cannot read", "truncated.png", "as a PNG image");
  }

  @Test
  public void aMissingFileOrADirectoryIsRefused() {
    Path missing = tmp.getRoot().toPath().resolve("nope.png");
    mentions(assertThrows(IllegalArgumentException.class, () -> PngPixels.read(missing, "-i")).getMessage(),
        "-i: ", "nope.png", "does not exist");
    mentions(assertThrows(IllegalArgumentException.class, () -> PngPixels.read(tmp.getRoot().toPath(), "-i"))
        .getMessage(), "-i: ", "is a directory");
  }
}
