package org.clustermodels.core.distance;

import static org.junit.Assert.assertEquals;

import java.util.SplittableRandom;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The column-wise fast path of the Euclidean metrics gives, bit for bit, the value of the one-pair
 * {@link Metric#distance} for every pair, at any size, thread count and magnitude.
 */
class PairwiseDistancesFastPathTest {

  @Property(tries = 200)
  void fastPathEqualsOnePairDistancesBitForBit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 160) int n,
      @ForAll @IntRange(min = 1, max = 19) int d, @ForAll @IntRange(min = 0, max = 2) int kind,
      @ForAll @IntRange(min = 1, max = 3) int threads) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n * d];
    for (int t = 0; t < x.length; t++) {
      x[t] = switch (kind) {
        case 0 -> rng.nextGaussian();
        case 1 -> rng.nextGaussian() * 1e140 + 1e7;
        default -> rng.nextInt(4);
      };
    }
    DenseMatrix data = DenseMatrix.ofRowMajor(n, d, x);
    for (DistanceMetric metric : new DistanceMetric[] {DistanceMetric.EUCLIDEAN, DistanceMetric.SQEUCLIDEAN}) {
      double[] fast = PairwiseDistances.compute(data, metric, threads, ProgressMonitor.none(),
          MemoryCheck.runtime()).backing();
      int p = 0;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double expected = metric.distance(x, i * d, x, j * d, d);
          assertEquals(metric.id() + " (" + i + ", " + j + ")", Double.doubleToRawLongBits(expected),
              Double.doubleToRawLongBits(fast[p++]));
        }
      }
    }
  }
}
