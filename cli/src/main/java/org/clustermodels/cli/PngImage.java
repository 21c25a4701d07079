package org.clustermodels.cli;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.render.RgbImage;

/**
 * A PNG image read for quantisation, as opaque 8-bit RGB pixels: the conversion between image files and the
 * pixel rows the core works on.
 *
 * <p>Decoding is javax.imageio's: a palette or greyscale PNG becomes RGB, 16-bit channels are reduced to 8 bits.
 * Transparency is refused: an image with an alpha channel (or a transparent palette entry) is accepted only if
 * every pixel is fully opaque, and its alpha is then dropped; otherwise quantising would have to invent a
 * background colour.
 *
 * @param source the file as named on the command line
 * @param width width in pixels
 * @param height height in pixels
 * @param rgb the pixels, row-major, {@code 0xRRGGBB}
 * @param storedBitsPerPixel bits per pixel of the colour as the file stores it, without alpha: the index size of
 *     a palette PNG, else the sum of the colour channels' bit depths (24 for 8-bit RGB, 8 for 8-bit grey)
 * @param sixteenBit whether the file has 16-bit channels (reduced to 8 bits here)
 */
record PngImage(Path source, int width, int height, int[] rgb, int storedBitsPerPixel, boolean sixteenBit) {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** Working memory per pixel: the pixel rows (24 bytes, built twice), labels and colour indices. */
  static final long BYTES_PER_PIXEL = 72;

  /**
   * Reads a PNG file.
   *
   * @param file the file
   * @param option the option that named it, for messages
   * @return the image
   * @throws CliException if the file is missing, not a PNG, cannot be decoded or has transparent pixels
   */
  static PngImage read(Path file, String option) {
    String name = "'" + file + "'";
    if (Files.isDirectory(file)) {
      throw new CliException(option + ": " + name + " is a directory");
    }
    BufferedImage image;
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(SIGNATURE.length);
      }
      if (!Arrays.equals(head, SIGNATURE)) {
        throw new CliException(option + ": " + name + " is not a PNG file (quantize reads PNG images only)");
      }
      image = ImageIO.read(file.toFile());
    } catch (NoSuchFileException e) {
      throw new CliException(option + ": input file " + name + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new CliException(option + ": cannot read " + name + ": permission denied", e);
    } catch (IOException e) {
      throw new CliException(option + ": cannot read " + name + " as a PNG image (" + e.getMessage() + ")", e);
    }
    if (image == null) {
      throw new CliException(option + ": cannot read " + name + " as a PNG image (no decoder accepted it)");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    ColorModel cm = image.getColorModel();
    for (int i = 0; i < argb.length; i++) {
      int alpha = argb[i] >>> 24;
      if (alpha != 0xFF) {
        throw new CliException(option + ": " + name + " has transparent pixels (the first at x = " + (i % w)
            + ", y = " + (i / w) + " has alpha " + alpha + " of 255); quantize needs an opaque image: flatten it "
            + "onto a background colour first");
      }
      argb[i] &= 0xFFFFFF;
    }
    int bits = 0;
    boolean sixteen = false;
    if (cm instanceof IndexColorModel) {
      bits = cm.getPixelSize();
    } else {
      for (int c = 0; c < cm.getNumColorComponents(); c++) {
        bits += cm.getComponentSize(c);
        sixteen |= cm.getComponentSize(c) > 8;
      }
    }
    return new PngImage(file, w, h, argb, bits, sixteen);
  }

  /** @return the number of pixels */
  int pixels() {
    return rgb.length;
  }

  /** @return one row (R, G, B) per pixel, row-major over the image */
  DenseMatrix toMatrix() {
    double[] values = new double[rgb.length * 3];
    for (int i = 0; i < rgb.length; i++) {
      values[3 * i] = (rgb[i] >> 16) & 0xFF;
      values[3 * i + 1] = (rgb[i] >> 8) & 0xFF;
      values[3 * i + 2] = rgb[i] & 0xFF;
    }
    return DenseMatrix.ofRowMajor(rgb.length, 3, values);
  }

  /** @return the image for pictures */
  RgbImage toRgbImage() {
    return RgbImage.of(width, height, rgb);
  }
}
