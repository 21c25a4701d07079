package org.clustermodels.core.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An immutable raster of opaque RGB pixels (packed {@code 0xRRGGBB}, row-major), for pictures that show an image
 * (e.g. a photograph and its quantised versions in an {@link ImageGallery}). Surfaces draw it with
 * {@link Surface#image}.
 *
 * <p>Size limit: at most 2^28 pixels, as for the PNG export.
 */
public final class RgbImage {
  private static final long MAX_PIXELS = 1L << 28;

  private final int width;
  private final int height;
  private final int[] rgb;

  private RgbImage(int width, int height, int[] rgb) {
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  /**
   * @param width width in pixels, at least 1
   * @param height height in pixels, at least 1
   * @param rgb {@code width * height} pixels, row after row, each {@code 0xRRGGBB} (higher bits ignored); copied
   * @return the image
   * @throws IllegalArgumentException if a dimension is not positive, the image is too large, or the pixel count
   *     does not match
   */
  public static RgbImage of(int width, int height, int[] rgb) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("an image must be at least 1 x 1 pixels, got " + width + " x " + height);
    }
    if ((long) width * height > MAX_PIXELS) {
      throw new IllegalArgumentException("an image of " + width + " x " + height + " pixels is too large (at most "
          + MAX_PIXELS + " pixels)");
    }
    if (rgb.length != width * height) {
      throw new IllegalArgumentException("a " + width + " x " + height + " image has " + (width * height)
          + " pixels, got " + rgb.length);
    }
    int[] copy = new int[rgb.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = rgb[i] & 0xFFFFFF;
    }
    return new RgbImage(width, height, copy);
  }

  /** @return the width in pixels */
  public int width() {
    return width;
  }

  /** @return the height in pixels */
  public int height() {
    return height;
  }

  /**
   * @param x column, 0..width-1
   * @param y row, 0..height-1
   * @return the pixel as {@code 0xRRGGBB}
   */
  public int rgb(int x, int y) {
    if (x < 0 || x >= width || y < 0 || y >= height) {
      throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + " x " + height);
    }
    return rgb[y * width + x];
  }

  /** @return the image as a new Java2D image of type {@code TYPE_INT_RGB} */
  BufferedImage toBufferedImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, width, height, rgb, 0, width);
    return image;
  }

  /**
   * Writes the image as a PNG (8-bit RGB).
   *
   * @param out where to write it (flushed, left open)
   * @throws IOException if writing fails
   */
  public void writePng(OutputStream out) throws IOException {
    PlotFiles.writePng(toBufferedImage(), out);
  }

  @Override
  public String toString() {
    return "RgbImage[" + width + " x " + height + "]";
  }
}
