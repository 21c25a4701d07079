package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The column-wise distance kernel of {@link VectorClusters} against the textbook sum written here (row by row,
 * coordinates in order from 0), to the bit: for every column count (so the four-column passes and the rest),
 * values of very different magnitudes, ranges that start and end anywhere, and dead slots, which must read
 * +infinity.
 */
class VectorClustersKernelTest {

  @Property(tries = 60)
  void kernelEqualsTheTextbookSumToTheBit(@ForAll @IntRange(min = 1, max = 13) int d,
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 7));
    }
    VectorClusters clusters = new VectorClusters(DenseMatrix.ofRowMajor(n, d, x), false);
    int dead = random.nextInt(n);
    clusters.remove(dead);
    int from = random.nextInt(n);
    int to = from + random.nextInt(n - from + 1);
    int focus = random.nextInt(n);
    if (focus == dead) {
      focus = (focus + 1) % n;
    }
    double[] out = new double[n];
    java.util.Arrays.fill(out, -1.0);
    clusters.squaredDistancesFrom(focus, from, to, out);
    for (int s = 0; s < n; s++) {
      if (s < from || s >= to) {
        assertEquals("untouched outside the range", -1.0, out[s], 0.0);
      } else if (s == dead) {
        assertEquals(Double.POSITIVE_INFINITY, out[s], 0.0);
      } else {
        double expected = 0;
        for (int j = 0; j < d; j++) {
          double t = x[focus * d + j] - x[s * d + j];
          expected += t * t;
        }
        assertEquals("slot " + s + " of " + n + ", d = " + d, Double.doubleToLongBits(expected),
            Double.doubleToLongBits(out[s]));
        assertEquals("one pair", Double.doubleToLongBits(expected),
            Double.doubleToLongBits(clusters.squaredDistance(focus, s)));
      }
    }
  }
}
