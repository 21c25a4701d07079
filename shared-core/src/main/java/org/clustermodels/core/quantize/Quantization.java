package org.clustermodels.core.quantize;

import java.util.Arrays;

/**
 * The immutable result of a colour quantisation: the palette of k colours (integer channel values, most used
 * colour first), the palette index of every pixel, and how far the quantised image is from the original.
 * Arrays are copied on the way in and out.
 */
public final class Quantization {
  private final int channels;
  private final double[] palette;
  private final int[] pixelCounts;
  private final int[] labels;
  private final ReconstructionError error;
  private final int fitPixels;
  private final int fitColors;
  private final double fitInertia;

  /**
   * @param channels channels per colour
   * @param palette k colours, row-major
   * @param pixelCounts pixels per palette colour
   * @param labels the palette index of every pixel
   * @param error the error of the quantised image
   * @param fitPixels how many pixels the k-means saw
   * @param fitColors how many distinct colours (weighted rows) the k-means ran on
   * @param fitInertia the k-means inertia on those rows, before the palette was rounded
   */
  Quantization(int channels, double[] palette, int[] pixelCounts, int[] labels, ReconstructionError error,
      int fitPixels, int fitColors, double fitInertia) {
    this.channels = channels;
    this.palette = palette.clone();
    this.pixelCounts = pixelCounts.clone();
    this.labels = labels.clone();
    this.error = error;
    this.fitPixels = fitPixels;
    this.fitColors = fitColors;
    this.fitInertia = fitInertia;
  }

  /**
   * The bits a palette index needs: {@code ceil(log2 k)}, 0 for k = 1 (one colour needs no index).
   *
   * @param k the palette size, at least 1
   * @return the bits per pixel of an image stored as palette indices
   * @throws IllegalArgumentException if k &lt; 1
   */
  public static int indexBits(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("a palette has at least 1 colour, got " + k);
    }
    return 32 - Integer.numberOfLeadingZeros(k - 1);
  }

  /** @return k, the palette size */
  public int numColors() {
    return pixelCounts.length;
  }

  /** @return channels per colour */
  public int channels() {
    return channels;
  }

  /** @return the number of pixels */
  public int pixels() {
    return labels.length;
  }

  /**
   * @return a copy of the palette, one row of integer channel values per colour, in descending order of their
   *     pixel counts (ties: the colour k-means found first). Two centres that round to the same colour stay two
   *     entries; the second then has no pixels.
   */
  public double[][] palette() {
    double[][] rows = new double[numColors()][];
    for (int c = 0; c < rows.length; c++) {
      rows[c] = color(c);
    }
    return rows;
  }

  /**
   * @param c a palette index
   * @return a copy of that colour's channel values
   */
  public double[] color(int c) {
    return Arrays.copyOfRange(palette, c * channels, (c + 1) * channels);
  }

  /** @return a copy of the number of pixels per palette colour */
  public int[] pixelCounts() {
    return pixelCounts.clone();
  }

  /** @return a copy of the palette index of every pixel, in the input's pixel order */
  public int[] labels() {
    return labels.clone();
  }

  /**
   * @param pixel a pixel index
   * @return its palette index
   */
  public int label(int pixel) {
    return labels[pixel];
  }

  /** @return the error of the quantised image against the original (over every pixel and channel) */
  public ReconstructionError error() {
    return error;
  }

  /** @return the bits per pixel of the palette indices, {@link #indexBits(int) indexBits(k)} */
  public int bitsPerPixel() {
    return indexBits(numColors());
  }

  /** @return how many pixels the palette was fitted on (all of them, or the sample) */
  public int fitPixels() {
    return fitPixels;
  }

  /** @return how many distinct colours, weighted by their pixel counts, the k-means ran on */
  public int fitColors() {
    return fitColors;
  }

  /**
   * @return the k-means inertia (sum over the fitted pixels of the squared distance to their centre) before the
   *     centres were rounded to the palette; 0 when the fitted pixels had exactly k colours
   */
  public double fitInertia() {
    return fitInertia;
  }

  @Override
  public String toString() {
    return "Quantization[" + numColors() + " colours, " + pixels() + " pixels, MSE " + error.mse() + "]";
  }
}
