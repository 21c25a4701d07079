package org.clustermodels.core.quantize;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.render.PaletteStrip;
import org.clustermodels.core.render.PlotFiles;
import org.clustermodels.core.render.RgbImage;

/**
 * A quantised image: the original PNG's pixels and their {@link Quantization}, with the figures (palette size,
 * bits per pixel before and after, MSE and PSNR) and the files (the quantised PNG and the palette strip).
 * Immutable.
 *
 * <p>The PNG is a palette (indexed) PNG of 1, 2, 4 or 8 bits per pixel, the smallest that holds k indices, so the
 * file really stores one palette index per pixel, for up to 256 colours; more colours make an RGB PNG.
 */
public final class QuantizedImage {
  private final PngPixels original;
  private final Quantization quantization;
  private final int[] palette;

  /**
   * @param original the image
   * @param quantization the quantisation of its pixels (row-major, 3 channels)
   * @throws IllegalArgumentException if the quantisation is not of 3-channel colours or has another pixel count
   */
  public QuantizedImage(PngPixels original, Quantization quantization) {
    if (quantization.channels() != 3 || quantization.pixels() != original.pixels()) {
      throw new IllegalArgumentException("a quantisation of " + quantization.pixels() + " pixels with "
          + quantization.channels() + " channels does not fit a " + original.width() + " x " + original.height()
          + " RGB image");
    }
    this.original = original;
    this.quantization = quantization;
    this.palette = packedPalette(quantization);
  }

  /**
   * @param q a quantisation of RGB pixels
   * @return its palette as {@code 0xRRGGBB} values, in palette order
   */
  static int[] packedPalette(Quantization q) {
    int[] rgb = new int[q.numColors()];
    for (int c = 0; c < rgb.length; c++) {
      double[] v = q.color(c);
      rgb[c] = ((int) v[0] << 16) | ((int) v[1] << 8) | (int) v[2];
    }
    return rgb;
  }

  /** @return the original image */
  public PngPixels original() {
    return original;
  }

  /** @return the quantisation: palette, labels, error */
  public Quantization quantization() {
    return quantization;
  }

  /** @return width in pixels */
  public int width() {
    return original.width();
  }

  /** @return height in pixels */
  public int height() {
    return original.height();
  }

  /** @return k, the palette size */
  public int paletteSize() {
    return quantization.numColors();
  }

  /** @return bits per pixel of the original's colour as its file stores it ({@link PngPixels#storedBitsPerPixel}) */
  public int bitsPerPixelBefore() {
    return original.storedBitsPerPixel();
  }

  /** @return bits per pixel of a palette index, {@code ceil(log2 k)} ({@link Quantization#bitsPerPixel}) */
  public int bitsPerPixelAfter() {
    return quantization.bitsPerPixel();
  }

  /** @return mean over all pixels and the 3 channels of the squared difference to the original, 8-bit units */
  public double mse() {
    return quantization.error().mse();
  }

  /** @return {@code 10 log10(255^2 / MSE)} in dB, infinite for MSE = 0 */
  public double psnr() {
    return quantization.error().psnr();
  }

  /** @return the palette as {@code 0xRRGGBB} values, most used first */
  public int[] palette() {
    return palette.clone();
  }

  /** @return the PNG bit depth of the palette indices, or 0 when the image is written as RGB (k &gt; 256) */
  public int pngBitDepth() {
    int bits = quantization.bitsPerPixel();
    if (bits > 8) {
      return 0;
    }
    return bits <= 1 ? 1 : bits <= 2 ? 2 : bits <= 4 ? 4 : 8;
  }

  /** @return the PNG format in words: "4-bit palette PNG" or "RGB PNG" */
  public String pngFormat() {
    return pngBitDepth() == 0 ? "RGB PNG" : pngBitDepth() + "-bit palette PNG";
  }

  /** @return the palette as a strip of swatches with their pixel shares, most used first */
  public PaletteStrip paletteStrip() {
    int[] counts = quantization.pixelCounts();
    double[] shares = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      shares[c] = counts[c] / (double) quantization.pixels();
    }
    return PaletteStrip.of(palette).withShares(shares);
  }

  /** @return the quantised pixels for pictures */
  public RgbImage toRgbImage() {
    return RgbImage.of(width(), height(), rgbPixels());
  }

  private int[] rgbPixels() {
    int[] rgb = new int[quantization.pixels()];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = palette[quantization.label(i)];
    }
    return rgb;
  }

  /** @return the image as Java2D builds it for the PNG writer */
  public BufferedImage toBufferedImage() {
    int width = width();
    int height = height();
    int depth = pngBitDepth();
    if (depth == 0) {
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      image.setRGB(0, 0, width, height, rgbPixels(), 0, width);
      return image;
    }
    byte[] r = new byte[palette.length];
    byte[] g = new byte[palette.length];
    byte[] b = new byte[palette.length];
    for (int c = 0; c < palette.length; c++) {
      r[c] = (byte) (palette[c] >> 16);
      g[c] = (byte) (palette[c] >> 8);
      b[c] = (byte) palette[c];
    }
    IndexColorModel cm = new IndexColorModel(depth, palette.length, r, g, b);
    BufferedImage image = depth == 8 ? new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, cm)
        : new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY, cm);
    WritableRaster raster = image.getRaster();
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        row[x] = quantization.label(y * width + x);
      }
      raster.setPixels(0, y, width, 1, row);
    }
    return image;
  }

  /**
   * Writes the quantised image as PNG.
   *
   * @param out the stream (left open)
   * @throws IOException if writing fails
   */
  public void writePng(OutputStream out) throws IOException {
    PlotFiles.writePng(toBufferedImage(), out);
  }

  /**
   * Writes the quantised PNG and, optionally, the palette strip (SVG if its name ends in {@code .svg}, else PNG).
   * Both are encoded in memory and their directories checked before anything is written; then both are written
   * to temporary files next to them and only then moved into place ({@link PlotFiles#writeAllAtomically}), so a
   * failure leaves neither a half-written file nor one file without the other.
   *
   * @param image the quantised image's file
   * @param imageName what named it (an option or setting), the start of its messages
   * @param strip the palette strip's file, or null for none
   * @param stripName what named it
   * @throws IllegalArgumentException if a file's directory does not exist or the file is a directory
   * @throws IOException if writing fails, with a message naming the file
   */
  public void write(Path image, String imageName, Path strip, String stripName) throws IOException {
    requireWritable(image, imageName);
    if (strip != null) {
      requireWritable(strip, stripName);
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    writePng(png);
    ByteArrayOutputStream picture = new ByteArrayOutputStream();
    if (strip != null) {
      if (strip.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
        paletteStrip().writeSvg(picture);
      } else {
        paletteStrip().writePng(picture);
      }
    }
    List<Path> files = strip == null ? List.of(image) : List.of(image, strip);
    List<PlotFiles.Content> contents = strip == null ? List.of(png::writeTo) : List.of(png::writeTo,
        picture::writeTo);
    try {
      PlotFiles.writeAllAtomically(files, contents);
    } catch (PlotFiles.WriteFailure e) {
      String name = e.index() == 0 ? imageName : stripName;
      throw new IOException(name + ": cannot write '" + files.get(e.index()) + "': " + e.getMessage(), e);
    }
  }

  private static void requireWritable(Path file, String name) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(name + ": cannot write '" + file + "': its directory '" + dir
          + "' does not exist");
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(name + ": cannot write '" + file + "': it is a directory");
    }
  }

  @Override
  public String toString() {
    return "QuantizedImage[" + width() + " x " + height() + ", " + paletteSize() + " colours, MSE " + mse() + "]";
  }
}
