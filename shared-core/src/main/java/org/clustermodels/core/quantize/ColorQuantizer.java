package org.clustermodels.core.quantize;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansModel;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Colour quantisation with k-means: finds a palette of k colours for an image and replaces every pixel by its
 * nearest palette colour, which minimises the squared error for that palette.
 *
 * <ol>
 *   <li>Fit set: every pixel when the image has at most {@code sampleSize} pixels, otherwise {@code sampleSize}
 *       pixels drawn uniformly without replacement with the seed. The fit set is collapsed to its distinct
 *       colours, each weighted by its pixel count (exactly the same k-means problem, fewer rows). If a sample
 *       happens to hold fewer than k distinct colours, every pixel is used instead.</li>
 *   <li>Palette: {@link KMeans} with k-means++ starts, the Hartigan refinement and {@code restarts} restarts
 *       (lowest inertia wins) on the weighted colours; if the fit set has exactly k colours they are the palette.
 *       The centres are rounded to integers (half up) within 0..maxValue, because an image stores integers.</li>
 *   <li>Assignment: every distinct colour of the whole image, and so every pixel, gets its nearest palette
 *       colour (squared Euclidean distance, ties to the lower index); the palette is then ordered by pixel
 *       count, most used first.</li>
 *   <li>Error: MSE and PSNR of the quantised image against the original over every pixel and channel, with the
 *       table's maxValue as peak ({@link ReconstructionError}).</li>
 * </ol>
 *
 * <p>An image with exactly k distinct colours is reproduced exactly: MSE 0, infinite PSNR.
 *
 * <p>Cost: O(n) for the sample and the assignment's look-ups, O(u k d) for assigning the u distinct colours,
 * plus k-means on at most {@code sampleSize} rows. Stateless and thread-safe.
 */
@Reference(authors = "M. E. Celebi", title = "Improving the performance of k-means for color quantization",
    venue = "Image and Vision Computing 29(4)", year = 2011, url = "https://doi.org/10.1016/j.imavis.2010.10.002")
public final class ColorQuantizer {

  /**
   * Quantises without progress reporting.
   *
   * @param colors the image's colours
   * @param params the parameters
   * @return the quantisation
   * @throws IllegalArgumentException if numColors is larger than the number of distinct colours
   */
  public Quantization quantize(ColorTable colors, QuantizeParams params) {
    return quantize(colors, params, ProgressMonitor.none());
  }

  /**
   * Quantises.
   *
   * @param colors the image's colours
   * @param params the parameters
   * @param monitor progress of the k-means restarts, and cancellation
   * @return the quantisation
   * @throws IllegalArgumentException if numColors is larger than the number of distinct colours
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled
   */
  public Quantization quantize(ColorTable colors, QuantizeParams params, ProgressMonitor monitor) {
    int k = params.numColors();
    int u = colors.size();
    if (k > u) {
      throw new IllegalArgumentException("numColors = " + k + " is larger than the number of distinct colours ("
          + u + "): " + k + " palette colours cannot all be used");
    }
    int[] weights = fitWeights(colors, params);
    int fitColors = 0;
    int fitPixels = 0;
    for (int w : weights) {
      fitColors += w > 0 ? 1 : 0;
      fitPixels += w;
    }
    if (fitColors < k) { // a sample with fewer than k colours: fit on every pixel
      weights = colors.counts();
      fitColors = u;
      fitPixels = colors.pixels();
    }
    double[][] rows = new double[fitColors][];
    double[] rowWeights = new double[fitColors];
    for (int c = 0, r = 0; c < u; c++) {
      if (weights[c] > 0) {
        rows[r] = colors.color(c);
        rowWeights[r++] = weights[c];
      }
    }
    double[][] centers = rows;
    double inertia = 0;
    if (fitColors > k) {
      KMeansParams kp = KMeansParams.builder(k).seed(params.seed()).restarts(params.restarts())
          .threads(params.threads()).build();
      KMeansResult fit = new KMeans().fit(DenseMatrix.of(rows), rowWeights, kp, monitor);
      centers = fit.centersOriginalUnits();
      inertia = fit.inertia();
    }
    monitor.checkCancelled();
    return assign(colors, round(centers, colors.maxValue()), fitPixels, fitColors, inertia);
  }

  /** The pixel count of every distinct colour in the fit set: all pixels, or the sample. */
  private static int[] fitWeights(ColorTable colors, QuantizeParams params) {
    int n = colors.pixels();
    if (n <= params.sampleSize()) {
      return colors.counts();
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom rng = new SplittableRandom(params.seed());
    int[] weights = new int[colors.size()];
    for (int i = 0; i < params.sampleSize(); i++) { // partial Fisher-Yates shuffle
      int j = i + rng.nextInt(n - i);
      int t = order[j];
      order[j] = order[i];
      order[i] = t;
      weights[colors.colorOf(t)]++;
    }
    return weights;
  }

  private static double[][] round(double[][] centers, int maxValue) {
    double[][] palette = new double[centers.length][];
    for (int c = 0; c < centers.length; c++) {
      palette[c] = new double[centers[c].length];
      for (int j = 0; j < centers[c].length; j++) {
        palette[c][j] = Math.min(maxValue, Math.max(0, Math.floor(centers[c][j] + 0.5)));
      }
    }
    return palette;
  }

  /** Assigns every distinct colour to its nearest palette colour, orders the palette by use, measures the error. */
  private static Quantization assign(ColorTable colors, double[][] palette, int fitPixels, int fitColors,
      double inertia) {
    int k = palette.length;
    int d = colors.channels();
    int u = colors.size();
    int[] nearest = new KMeansModel(Scaler.identity(d), palette).assign(colors.colors()).labels();
    long[] counts = new long[k];
    double sse = 0;
    for (int c = 0; c < u; c++) {
      double[] color = colors.color(c);
      double[] p = palette[nearest[c]];
      double sq = 0;
      for (int j = 0; j < d; j++) {
        double t = color[j] - p[j];
        sq += t * t;
      }
      sse += colors.count(c) * sq;
      counts[nearest[c]] += colors.count(c);
    }
    Integer[] byUse = new Integer[k];
    for (int c = 0; c < k; c++) {
      byUse[c] = c;
    }
    Arrays.sort(byUse, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
    int[] rank = new int[k];
    double[] ordered = new double[k * d];
    int[] orderedCounts = new int[k];
    for (int r = 0; r < k; r++) {
      rank[byUse[r]] = r;
      System.arraycopy(palette[byUse[r]], 0, ordered, r * d, d);
      orderedCounts[r] = (int) counts[byUse[r]];
    }
    int[] labels = new int[colors.pixels()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = rank[nearest[colors.colorOf(i)]];
    }
    ReconstructionError error = new ReconstructionError(sse, (long) colors.pixels() * d, colors.maxValue());
    return new Quantization(d, ordered, orderedCounts, labels, error, fitPixels, fitColors, inertia);
  }
}
