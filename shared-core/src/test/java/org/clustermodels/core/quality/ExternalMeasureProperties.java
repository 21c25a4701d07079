package org.clustermodels.core.quality;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared jqwik generators for the external measures: two labelings of the same rows. */
final class ExternalMeasureProperties {
  private ExternalMeasureProperties() {
  }

  /** @return pairs {a, b} of 1..60 labels each, each labeling drawn from 1..8 values in [-2, 5] */
  static Arbitrary<int[][]> labelingPairs() {
    return Arbitraries.integers().between(1, 60)
        .flatMap(n -> Combinators.combine(labeling(n), labeling(n)).as((a, b) -> new int[][] {a, b}));
  }

  private static Arbitrary<int[]> labeling(int n) {
    return Arbitraries.integers().between(0, 7)
        .flatMap(k -> Arbitraries.integers().between(-2, k - 2).array(int[].class).ofSize(n));
  }

  /**
   * Renames labels by an injective map that does not preserve their order.
   *
   * @param labels labels in [-2, 5]
   * @return relabelled copy
   */
  static int[] rename(int[] labels) {
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = 1_000_003 * (7 - labels[i]) - 17;
    }
    return out;
  }

  /**
   * Applies the same row permutation to both labelings.
   *
   * @param pair {a, b}
   * @param seed seed of the permutation
   * @return permuted copies
   */
  static int[][] shuffleRows(int[][] pair, long seed) {
    int n = pair[0].length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    int[][] out = new int[2][n];
    for (int i = 0; i < n; i++) {
      out[0][i] = pair[0][perm[i]];
      out[1][i] = pair[1][perm[i]];
    }
    return out;
  }
}
