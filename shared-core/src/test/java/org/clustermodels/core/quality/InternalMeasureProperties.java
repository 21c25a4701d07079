package org.clustermodels.core.quality;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.clustermodels.core.data.DenseMatrix;

/** Shared jqwik generators and transformations for the internal measures (data plus one partition). */
final class InternalMeasureProperties {
  private InternalMeasureProperties() {
  }

  /** A data matrix with one label per row. */
  record Case(DenseMatrix data, int[] labels) {
    @Override
    public String toString() {
      return data + " " + Arrays.deepToString(data.toRows()) + " labels " + Arrays.toString(labels);
    }
  }

  /**
   * @return 3..40 rows of 1..4 random values in [-10, 10] (no edge cases, so no two rows coincide and no cluster
   *     has zero spread) with labels in 0..4, 2 to n - 1 of them distinct
   */
  static Arbitrary<Case> cases() {
    return Arbitraries.integers().between(3, 40).flatMap(n -> Arbitraries.integers().between(1, 4).flatMap(d ->
        Combinators.combine(
            Arbitraries.doubles().between(-10, 10).withoutEdgeCases().array(double[].class).ofSize(n * d),
            Arbitraries.integers().between(0, 4).array(int[].class).ofSize(n))
            .as((x, labels) -> new Case(DenseMatrix.ofRowMajor(n, d, x), labels))))
        .filter(c -> {
          long k = Arrays.stream(c.labels()).distinct().count();
          return k >= 2 && k <= c.labels().length - 1;
        });
  }

  /**
   * @param labels labels in 0..4
   * @return the labels renamed by an injective map that reverses their order and leaves gaps
   */
  static int[] rename(int[] labels) {
    return Arrays.stream(labels).map(l -> 1_000_003 * (4 - l) + 5).toArray();
  }

  /**
   * @param data the data
   * @param factor scale factor
   * @param shift added to every value after scaling
   * @return factor * data + shift
   */
  static DenseMatrix affine(DenseMatrix data, double factor, double shift) {
    double[] x = data.toArray();
    for (int i = 0; i < x.length; i++) {
      x[i] = factor * x[i] + shift;
    }
    return DenseMatrix.ofRowMajor(data.rows(), data.cols(), x);
  }

  /**
   * @param expected expected value
   * @param actual actual value
   * @param relative tolerance relative to max(|expected|, 1)
   * @throws AssertionError if they differ by more
   */
  static void assertClose(double expected, double actual, double relative) {
    if (!(Math.abs(expected - actual) <= relative * Math.max(Math.abs(expected), 1.0))) {
      throw new AssertionError("expected " + expected + " but was " + actual);
    }
  }
}
