package org.clustermodels.core.quantize;

/**
 * Immutable, validated parameters of a colour quantisation. Start from {@link #of(int)} (every other option at
 * its default) and derive variants with the {@code with...} methods.
 *
 * @param numColors k, the palette size, at least 1
 * @param sampleSize how many pixels the k-means sees at most, at least {@code numColors}: an image with more
 *     pixels is fitted on this many pixels drawn without replacement (every pixel is still assigned)
 * @param seed the random seed of the sample and of the k-means restarts
 * @param restarts k-means restarts (k-means++ starts, Hartigan refinement); the lowest inertia wins; at least 1
 * @param threads threads for the restarts, 0 = all processors; the result does not depend on it
 */
public record QuantizeParams(int numColors, int sampleSize, long seed, int restarts, int threads) {
  /** Default {@link #sampleSize()}. */
  public static final int DEFAULT_SAMPLE_SIZE = 20_000;
  /** Default {@link #restarts()}. */
  public static final int DEFAULT_RESTARTS = 3;

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException naming the parameter out of range
   */
  public QuantizeParams {
    if (numColors < 1) {
      throw new IllegalArgumentException("numColors must be >= 1, got " + numColors);
    }
    if (sampleSize < numColors) {
      throw new IllegalArgumentException("sampleSize must be >= numColors (" + numColors + "), got " + sampleSize);
    }
    if (restarts < 1) {
      throw new IllegalArgumentException("restarts must be >= 1, got " + restarts);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + threads);
    }
  }

  /**
   * @param numColors k, at least 1
   * @return parameters with a sample of {@value #DEFAULT_SAMPLE_SIZE} pixels (at least k), seed 0,
   *     {@value #DEFAULT_RESTARTS} restarts and all processors
   */
  public static QuantizeParams of(int numColors) {
    return new QuantizeParams(numColors, Math.max(DEFAULT_SAMPLE_SIZE, numColors), 0, DEFAULT_RESTARTS, 0);
  }

  /**
   * @param sampleSize pixels the k-means sees at most, at least numColors
   * @return these parameters with another sample size
   */
  public QuantizeParams withSampleSize(int sampleSize) {
    return new QuantizeParams(numColors, sampleSize, seed, restarts, threads);
  }

  /**
   * @param seed the random seed
   * @return these parameters with another seed
   */
  public QuantizeParams withSeed(long seed) {
    return new QuantizeParams(numColors, sampleSize, seed, restarts, threads);
  }

  /**
   * @param restarts k-means restarts, at least 1
   * @return these parameters with another number of restarts
   */
  public QuantizeParams withRestarts(int restarts) {
    return new QuantizeParams(numColors, sampleSize, seed, restarts, threads);
  }

  /**
   * @param threads threads, 0 = all processors
   * @return these parameters with another thread count
   */
  public QuantizeParams withThreads(int threads) {
    return new QuantizeParams(numColors, sampleSize, seed, restarts, threads);
  }
}
