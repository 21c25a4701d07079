package org.clustermodels.core.quantize;

import java.util.Arrays;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The distinct colours of an image and how many pixels have each. Colour quantisation clusters this collapsed
 * form: a colour that m pixels share is one row of weight m, which gives k-means the same inertia as m identical
 * rows at a fraction of the cost (a photograph repeats many colours: 135,300 pixels of the bundled chelsea.png
 * have 32,584 colours).
 *
 * <p>A pixel is a row of channel values (e.g. R, G, B), each an integer in {@code 0..maxValue} (255 for 8-bit
 * channels). Colours are numbered in the order of their first pixel. Immutable.
 *
 * <p>Size limit: one {@code int} per pixel and {@code channels + 1} numbers per distinct colour; the channel
 * values must pack into 62 bits ({@code (maxValue + 1)^channels <= 2^62}, e.g. 7 channels of 8 bits), which is
 * how colours are compared.
 */
public final class ColorTable {
  private final int pixels;
  private final int channels;
  private final int maxValue;
  private final double[] colors;
  private final int[] counts;
  private final int[] colorOfPixel;

  private ColorTable(int pixels, int channels, int maxValue, double[] colors, int[] counts, int[] colorOfPixel) {
    this.pixels = pixels;
    this.channels = channels;
    this.maxValue = maxValue;
    this.colors = colors;
    this.counts = counts;
    this.colorOfPixel = colorOfPixel;
  }

  /**
   * Collapses pixels to their distinct colours.
   *
   * @param pixels one row per pixel (any order, e.g. row-major over the image), one column per channel
   * @param maxValue the largest channel value, at least 1 (255 for 8-bit channels)
   * @return the table
   * @throws IllegalArgumentException if there are no pixels, maxValue &lt; 1, the channels do not pack into 62
   *     bits, or a value is not an integer in 0..maxValue (naming the pixel and channel, 0-based)
   */
  public static ColorTable of(DenseMatrix pixels, int maxValue) {
    if (maxValue < 1) {
      throw new IllegalArgumentException("maxValue must be >= 1, got " + maxValue);
    }
    DataChecks.requireFiniteNonEmpty(pixels);
    int n = pixels.rows();
    int d = pixels.cols();
    if (d * Math.log(maxValue + 1.0) > 62 * Math.log(2)) {
      throw new IllegalArgumentException(d + " channels of values 0.." + maxValue + " are too many to compare "
          + "colours (at most 62 bits per colour)");
    }
    double[] v = pixels.backing();
    ColorIndex index = new ColorIndex();
    int[] colorOfPixel = new int[n];
    int[] first = new int[Math.min(n, 1024)];
    int[] counts = new int[first.length];
    for (int i = 0; i < n; i++) {
      long key = 0;
      for (int j = 0; j < d; j++) {
        double x = v[i * d + j];
        if (!(x >= 0 && x <= maxValue) || x != Math.rint(x)) {
          throw new IllegalArgumentException("pixel " + i + ", channel " + j + ": value " + x
              + " is not an integer in 0.." + maxValue);
        }
        key = key * (maxValue + 1L) + (long) x;
      }
      int known = index.size();
      int c = index.indexOf(key);
      if (c == known) { // a new colour
        if (c == first.length) {
          first = Arrays.copyOf(first, Math.min(n, 2 * c));
          counts = Arrays.copyOf(counts, first.length);
        }
        first[c] = i;
      }
      counts[c]++;
      colorOfPixel[i] = c;
    }
    int size = index.size();
    double[] colors = new double[size * d];
    for (int c = 0; c < size; c++) {
      System.arraycopy(v, first[c] * d, colors, c * d, d);
    }
    return new ColorTable(n, d, maxValue, colors, Arrays.copyOf(counts, size), colorOfPixel);
  }

  /**
   * Colour keys to colour indices, numbered in the order they are first seen: an open-addressing hash table of
   * primitive longs (linear probing, at most half full), without a boxed key per pixel.
   */
  private static final class ColorIndex {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private boolean[] used = new boolean[1024];
    private int size;

    /** @return the key's index; an unseen key gets the next one, {@link #size()} before the call */
    int indexOf(long key) {
      int mask = keys.length - 1;
      int slot = slot(key, mask);
      while (used[slot]) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      keys[slot] = key;
      values[slot] = size;
      if (++size > keys.length / 2) {
        grow();
      }
      return size - 1;
    }

    int size() {
      return size;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[keys.length];
      used = new boolean[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldUsed[i]) {
          int slot = slot(oldKeys[i], mask);
          while (used[slot]) {
            slot = (slot + 1) & mask;
          }
          used[slot] = true;
          keys[slot] = oldKeys[i];
          values[slot] = oldValues[i];
        }
      }
    }
  }

  /** @return the number of pixels */
  public int pixels() {
    return pixels;
  }

  /** @return the number of channels per pixel (3 for RGB) */
  public int channels() {
    return channels;
  }

  /** @return the largest channel value (255 for 8-bit channels) */
  public int maxValue() {
    return maxValue;
  }

  /** @return the number of distinct colours */
  public int size() {
    return colors.length / channels;
  }

  /**
   * @param c a colour index, 0..size()-1
   * @return a copy of its channel values
   */
  public double[] color(int c) {
    return Arrays.copyOfRange(colors, c * channels, (c + 1) * channels);
  }

  /** @return the distinct colours, one row each, in colour-index order */
  public DenseMatrix colors() {
    return DenseMatrix.ofRowMajor(size(), channels, colors);
  }

  /**
   * @param c a colour index
   * @return how many pixels have that colour
   */
  public int count(int c) {
    return counts[c];
  }

  /** @return a copy of the pixel count of every colour, in colour-index order */
  public int[] counts() {
    return counts.clone();
  }

  /**
   * @param pixel a pixel index, 0..pixels()-1
   * @return the index of its colour
   */
  public int colorOf(int pixel) {
    return colorOfPixel[pixel];
  }

  @Override
  public String toString() {
    return "ColorTable[" + pixels + " pixels, " + size() + " colours, " + channels + " channels 0.." + maxValue + "]";
  }
}
