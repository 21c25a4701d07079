package org.clustermodels.benchmarks.hierarchy;

import java.util.Locale;
import java.util.Random;

/**
 * The synthetic data of the hierarchical clustering benchmarks: Gaussian blobs of unequal spread in
 * {@value #D} dimensions, generated from a fixed seed so that every JVM (every JMH fork) builds exactly the same
 * rows for a given {@code n}:
 *
 * <ol>
 *   <li>{@code java.util.Random(}{@value #SEED}{@code )} draws {@value #BLOBS} centres, each coordinate uniform in
 *       {@code [-5, 5)}, and for each blob a spread uniform in {@code [0.5, 1.5)};
 *   <li>the same generator then draws, for each row in turn, its blob ({@code nextInt}) and its coordinates as
 *       {@code centre + spread * nextGaussian()}.
 * </ol>
 *
 * <p>The rows come one after the other from one generator, so the data of a smaller {@code n} are the first rows
 * of the data of a larger one. The values are continuous, so the data are free of distance ties (with
 * probability one) and every linkage has one tree, which the correctness check relies on.
 * {@code java.util.Random} is used because its sequence (and {@code nextGaussian}) is specified, so the data are
 * the same on every Java version.
 */
public final class HierarchyData {
  /** Number of columns. */
  public static final int D = 8;
  /** Number of blobs. */
  public static final int BLOBS = 12;
  /** Seed of the generator. */
  public static final long SEED = 20_261_128L;

  private HierarchyData() {
  }

  /**
   * @param n number of rows, at least 1
   * @return the rows, row-major in one flat array of {@code n * D} values (no object per row)
   */
  public static double[] generate(int n) {
    Random rnd = new Random(SEED);
    double[] centres = new double[BLOBS * D];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = 10 * rnd.nextDouble() - 5;
    }
    double[] spread = new double[BLOBS];
    for (int b = 0; b < BLOBS; b++) {
      spread[b] = 0.5 + rnd.nextDouble();
    }
    double[] x = new double[Math.multiplyExact(n, D)];
    for (int i = 0, at = 0; i < n; i++) {
      int b = rnd.nextInt(BLOBS);
      for (int j = 0; j < D; j++) {
        x[at++] = centres[b * D + j] + spread[b] * rnd.nextGaussian();
      }
    }
    return x;
  }

  /** @return a one-line description of the data of {@code n} rows, for reports */
  public static String describe(int n) {
    return String.format(Locale.ROOT, "n = %,d, d = %d, %d Gaussian blobs, centres uniform in [-5,5)^%d, spreads"
        + " uniform in [0.5,1.5), data seed %d", n, D, BLOBS, D, SEED);
  }
}
