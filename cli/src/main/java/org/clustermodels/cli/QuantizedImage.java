package org.clustermodels.cli;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.clustermodels.core.quantize.Quantization;
import org.clustermodels.core.render.RgbImage;

/**
 * A quantised image as pixels and as a PNG file: up to 256 colours as a palette (indexed) PNG of 1, 2, 4 or 8 bits
 * per pixel, the smallest that holds k indices, so the file really stores one palette index per pixel; more
 * colours as an RGB PNG.
 */
final class QuantizedImage {
  private final int width;
  private final int height;
  private final Quantization quantization;
  private final int[] palette;

  /**
   * @param width image width
   * @param height image height
   * @param quantization the quantisation of its width * height pixels, row-major, 3 channels
   */
  QuantizedImage(int width, int height, Quantization quantization) {
    this.width = width;
    this.height = height;
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

  /** @return the palette as {@code 0xRRGGBB} values */
  int[] palette() {
    return palette.clone();
  }

  /** @return the PNG bit depth of the palette indices, or 0 when the image is written as RGB (k &gt; 256) */
  int pngBitDepth() {
    int bits = quantization.bitsPerPixel();
    if (bits > 8) {
      return 0;
    }
    return bits <= 1 ? 1 : bits <= 2 ? 2 : bits <= 4 ? 4 : 8;
  }

  /** @return the quantised pixels for pictures */
  RgbImage toRgbImage() {
    return RgbImage.of(width, height, rgbPixels());
  }

  private int[] rgbPixels() {
    int[] rgb = new int[width * height];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = palette[quantization.label(i)];
    }
    return rgb;
  }

  /** @return the image as Java2D builds it for the PNG writer */
  BufferedImage toBufferedImage() {
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
   * Writes the image as PNG.
   *
   * @param out the stream (left open)
   * @throws IOException if writing fails
   */
  void writePng(OutputStream out) throws IOException {
    if (!ImageIO.write(toBufferedImage(), "png", out)) {
      throw new IOException("this JDK has no PNG writer");
    }
  }
}
