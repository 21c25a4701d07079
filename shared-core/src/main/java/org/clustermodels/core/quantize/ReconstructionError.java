package org.clustermodels.core.quantize;

/**
 * How far a reconstructed signal (e.g. a quantised image) is from the original: the mean squared error over all
 * values (every channel of every pixel) and the peak signal-to-noise ratio
 * {@code PSNR = 10 log10(peak^2 / MSE)} in decibels, where peak is the largest possible value (255 for 8-bit
 * channels). Identical signals have MSE 0 and an infinite PSNR ({@link Double#POSITIVE_INFINITY}). Immutable.
 *
 * @param sumSquaredError the sum over all values of (original - reconstruction)^2, finite and &gt;= 0
 * @param values how many values were compared (pixels times channels), at least 1
 * @param peak the largest possible value, positive and finite
 */
public record ReconstructionError(double sumSquaredError, long values, double peak) {
  /**
   * Validates the figures.
   *
   * @throws IllegalArgumentException naming the figure out of range
   */
  public ReconstructionError {
    if (!(sumSquaredError >= 0) || Double.isInfinite(sumSquaredError)) {
      throw new IllegalArgumentException("sumSquaredError must be finite and >= 0, got " + sumSquaredError);
    }
    if (values < 1) {
      throw new IllegalArgumentException("values must be >= 1, got " + values);
    }
    if (!(peak > 0) || Double.isInfinite(peak)) {
      throw new IllegalArgumentException("peak must be positive and finite, got " + peak);
    }
  }

  /** @return the mean squared error: sumSquaredError / values, in squared units of the values */
  public double mse() {
    return sumSquaredError / values;
  }

  /** @return the peak signal-to-noise ratio in dB; {@link Double#POSITIVE_INFINITY} when the MSE is 0 */
  public double psnr() {
    double mse = mse();
    return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(peak * peak / mse);
  }
}
