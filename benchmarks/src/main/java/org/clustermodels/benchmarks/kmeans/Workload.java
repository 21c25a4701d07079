package org.clustermodels.benchmarks.kmeans;

import java.util.Random;

/**
 * The synthetic K-Means workloads. Each is a mixture of {@code k} isotropic Gaussian clusters generated from a
 * fixed seed, so every JVM (every JMH fork) builds exactly the same data:
 *
 * <ol>
 *   <li>{@code java.util.Random(dataSeed)} draws the {@code k} true centres, each coordinate uniform in
 *       {@code [-1, 1)};
 *   <li>the same generator then draws, for each row in turn, its true cluster uniformly among the {@code k}
 *       ({@code nextInt(k)}) and its coordinates as {@code centre + sigma * nextGaussian()}.
 * </ol>
 *
 * <p>{@code sigma} is large against the distances between the true centres, so the clusters overlap and Lloyd
 * needs tens of iterations to stop (the iteration counts are printed by {@link KMeansCheck}).
 * {@code java.util.Random} is used because its sequence (and {@code nextGaussian}) is specified, so the data
 * are the same on every Java version.
 */
public enum Workload {
  /** n = 100,000, d = 16, k = 10, overlapping clusters. */
  W1(100_000, 16, 10, 0.75, 20_240_601L),
  /** n = 1,000,000, d = 8, k = 10, overlapping clusters. */
  W2(1_000_000, 8, 10, 0.60, 20_240_602L);

  /** Number of rows. */
  public final int n;
  /** Number of columns. */
  public final int d;
  /** Number of clusters asked of every implementation (and of the generator). */
  public final int k;
  /** Standard deviation of every cluster, per coordinate. */
  public final double sigma;
  /** Seed of the generator. */
  public final long dataSeed;

  Workload(int n, int d, int k, double sigma, long dataSeed) {
    this.n = n;
    this.d = d;
    this.k = k;
    this.sigma = sigma;
    this.dataSeed = dataSeed;
  }

  /** @return the data, row-major in one flat array of {@code n * d} values (no object per row) */
  public double[] generate() {
    return generate(n, d, k, sigma, dataSeed);
  }

  static double[] generate(int n, int d, int k, double sigma, long dataSeed) {
    Random rnd = new Random(dataSeed);
    double[] centres = new double[k * d];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = 2 * rnd.nextDouble() - 1;
    }
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      int c = rnd.nextInt(k);
      for (int j = 0; j < d; j++) {
        x[i * d + j] = centres[c * d + j] + sigma * rnd.nextGaussian();
      }
    }
    return x;
  }

  /** @return a one-line description for reports */
  public String describe() {
    return String.format("%s: n = %,d, d = %d, k = %d, %d Gaussian clusters, centres uniform in [-1,1)^%d,"
        + " sigma = %.2f, data seed %d", name(), n, d, k, k, d, sigma, dataSeed);
  }
}
