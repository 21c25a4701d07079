package org.clustermodels.core.quantize;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * pixel rows the core works on, shared by the command line, Weka and KNIME.
 *
 * <p>Decoding is javax.imageio's: a palette or greyscale PNG becomes RGB, 16-bit channels are reduced to 8 bits.
 * Transparency is refused: an image with an alpha channel (or a transparent palette entry) is accepted only if
 * every pixel is fully opaque, and its alpha is then dropped; otherwise quantising would have to invent a
 * background colour.
 *
 * @param source the file
 * @param width width in pixels
 * @param height height in pixels
 * @param rgb the pixels, row-major, {@code 0xRRGGBB}
 * @param storedBitsPerPixel bits per pixel of the colour as the file stores it, without alpha: the index size of
 *     a palette PNG, else the sum of the colour channels' bit depths (24 for 8-bit RGB, 8 for 8-bit grey)
 * @param sixteenBit whether the file has 16-bit channels (reduced to 8 bits here)
 */
public record PngPixels(Path source, int width, int height, int[] rgb, int storedBitsPerPixel, boolean sixteenBit) {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  /** The largest channel value: channels have 8 bits. */
  public static final int MAX_VALUE = 255;
  /** Working memory per pixel of a quantisation: the pixel rows (24 bytes, built twice), labels and indices. */
  public static final long BYTES_PER_PIXEL = 72;

  /**
   * @throws IllegalArgumentException if the pixel count is not {@code width * height}
   */
  public PngPixels {
    if (width < 1 || height < 1 || rgb.length != (long) width * height) {
      throw new IllegalArgumentException("a " + width + " x " + height + " image needs " + ((long) width * height)
          + " pixels, got " + rgb.length);
    }
    rgb = rgb.clone();
  }

  /**
   * Reads a PNG file.
   *
   * @param file the file
   * @param name what named the file, the start of every message: an option such as {@code -i}, a setting's name
   * @return the image
   * @throws IllegalArgumentException if the file is a directory, does not exist, is not a PNG (by its signature),
   *     cannot be decoded or has a transparent pixel (the first one is named by x and y)
   * @throws UncheckedIOException if the file cannot be read (e.g. permission denied)
   */
  public static PngPixels read(Path file, String name) {
    String quoted = "'" + file + "'";
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(name + ": " + quoted + " is a directory");
    }
    BufferedImage image;
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(SIGNATURE.length);
      }
      if (!Arrays.equals(head, SIGNATURE)) {
        throw new IllegalArgumentException(name + ": " + quoted + " is not a PNG file (colour quantisation reads "
            + "PNG images only)");
      }
      image = ImageIO.read(file.toFile());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(name + ": input file " + quoted + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException(name + ": cannot read " + quoted + ": permission denied", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": cannot read " + quoted + " as a PNG image (" + e.getMessage()
          + ")", e);
    }
    if (image == null) {
      throw new IllegalArgumentException(name + ": cannot read " + quoted + " as a PNG image (no decoder accepted it)");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < argb.length; i++) {
      int alpha = argb[i] >>> 24;
      if (alpha != 0xFF) {
        throw new IllegalArgumentException(name + ": " + quoted + " has transparent pixels (the first at x = "
            + (i % w) + ", y = " + (i / w) + " has alpha " + alpha + " of 255); colour quantisation needs an "
            + "opaque image: flatten it onto a background colour first");
      }
      argb[i] &= 0xFFFFFF;
    }
    ColorModel cm = image.getColorModel();
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
    return new PngPixels(file, w, h, argb, bits, sixteen);
  }

  /** @return a copy of the pixels, row-major, {@code 0xRRGGBB} */
  @Override
  public int[] rgb() {
    return rgb.clone();
  }

  /** @return the number of pixels */
  public int pixels() {
    return rgb.length;
  }

  /**
   * @param pixel a pixel index, row-major ({@code y * width + x})
   * @return its colour, {@code 0xRRGGBB}
   */
  public int pixel(int pixel) {
    return rgb[pixel];
  }

  /** @return one row (R, G, B) per pixel, row-major over the image, values 0..255 */
  public DenseMatrix toMatrix() {
    double[] values = new double[rgb.length * 3];
    for (int i = 0; i < rgb.length; i++) {
      values[3 * i] = (rgb[i] >> 16) & 0xFF;
      values[3 * i + 1] = (rgb[i] >> 8) & 0xFF;
      values[3 * i + 2] = rgb[i] & 0xFF;
    }
    return DenseMatrix.ofRowMajor(rgb.length, 3, values);
  }

  /** @return the image for pictures */
  public RgbImage toRgbImage() {
    return RgbImage.of(width, height, rgb);
  }
}
