package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The blocked kernel gives bit-for-bit the squared distances of the one-row kernel, for every column count (with
 * and without leftover columns beyond a multiple of four), any block fill and extreme magnitudes (including
 * overflowed, infinite squared distances); it finds the nearest centre (lowest index on ties) and the
 * second-smallest distance as a plain search does; and its vectorised bounds equal the scalar ones.
 */
class RowBlockTest {

  @Property(tries = 400)
  void distancesAreBitIdenticalToTheOneRowKernel(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int d,
      @ForAll @IntRange(min = 1, max = 40) int k, @ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll @IntRange(min = 0, max = 4) int kind) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = values(rng, n * d, d, kind);
    double[] centers = values(rng, k * d, d, kind);
    if (kind == 2) { // exact ties: centres are copies of rows or of each other
      for (int c = 0; c < k; c++) {
        int src = rng.nextInt(n);
        System.arraycopy(x, src * d, centers, c * d, d);
      }
    }
    RowBlock block = new RowBlock(d, k);
    DistanceBounds bounds = new DistanceBounds(d);
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n && !block.add(i)) {
        i++;
      }
      if (i < n) {
        i++; // the row that filled the block
      }
      block.compute(x, centers);
      block.bounds(bounds);
      assertEquals(i - start, block.count());
      for (int r = 0; r < block.count(); r++) {
        int row = block.row(r);
        assertEquals(start + r, row);
        int best = 0;
        double bestSq = VectorMath.squaredDistance(x, row * d, centers, 0, d);
        double second = Double.POSITIVE_INFINITY;
        for (int c = 1; c < k; c++) {
          double sq = VectorMath.squaredDistance(x, row * d, centers, c * d, d);
          if (sq < bestSq) {
            second = bestSq;
            bestSq = sq;
            best = c;
          } else if (sq < second) {
            second = sq;
          }
        }
        assertEquals("nearest of row " + row, best, block.nearest(r));
        assertEquals(VectorMath.nearest(x, row, centers, k, d), block.nearest(r));
        assertEquals(Double.doubleToRawLongBits(bestSq), Double.doubleToRawLongBits(block.nearestSq(r)));
        assertEquals(Double.doubleToRawLongBits(second), Double.doubleToRawLongBits(block.secondSq(r)));
        assertEquals(Double.doubleToRawLongBits(bounds.upper(bestSq)), Double.doubleToRawLongBits(block.upperBound(r)));
        assertEquals(Double.doubleToRawLongBits(bounds.lower(second)), Double.doubleToRawLongBits(block.lowerBound(r)));
      }
      block.clear();
    }
  }

  /**
   * Kind 0: Gaussian; 1: huge and tiny; 2: small integers (ties); 3: tiny (underflow); 4: each row of d values
   * either Gaussian or huge, so most squared distances overflow to infinity and some rows see finite distances
   * only after infinite ones.
   */
  private static double[] values(SplittableRandom rng, int size, int d, int kind) {
    double[] v = new double[size];
    double scale = 1;
    for (int t = 0; t < size; t++) {
      if (t % d == 0) {
        scale = rng.nextBoolean() ? 1 : 1e300;
      }
      v[t] = switch (kind) {
        case 0 -> rng.nextGaussian();
        case 1 -> rng.nextGaussian() * 1e150 + (rng.nextBoolean() ? 1e-300 : 1e6);
        case 4 -> rng.nextGaussian() * scale;
        case 2 -> rng.nextInt(3);
        default -> rng.nextGaussian() * 1e-160;
      };
    }
    return v;
  }
}
