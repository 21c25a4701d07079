package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;

/** Invariants of K-Means on random data (jqwik properties). */
class KMeansPropertiesTest {

  /** Gaussian blobs around random centres; sometimes with duplicated rows and integer grid values (ties). */
  static DenseMatrix blobs(long seed, int n, int d, int groups, boolean grid) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] centres = new double[groups][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = rng.nextDouble(-10, 10);
      }
    }
    double[] v = new double[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = centres[rng.nextInt(groups)];
      for (int j = 0; j < d; j++) {
        double value = c[j] + 3 * gaussian(rng);
        v[i * d + j] = grid ? Math.rint(value) : value;
      }
      if (i > 0 && rng.nextInt(10) == 0) {
        System.arraycopy(v, (i - 1) * d, v, i * d, d);
      }
    }
    return DenseMatrix.ofRowMajor(n, d, v);
  }

  private static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  @Property(tries = 40)
  void sizesSumToNAndLabelsAreInRange(@ForAll long seed, @ForAll @IntRange(min = 20, max = 300) int n,
      @ForAll @IntRange(min = 1, max = 6) int d, @ForAll @IntRange(min = 1, max = 8) int k,
      @ForAll boolean grid, @ForAll KMeansAlgorithm algorithm, @ForAll Standardization standardization) {
    DenseMatrix data = blobs(seed, n, d, 4, grid);
    KMeansResult r = new KMeans().fit(data, KMeansParams.builder(k).seed(seed).restarts(2)
        .algorithm(algorithm).standardization(standardization).threads(1).build());
    assertEquals(n, Arrays.stream(r.clusterSizes()).sum());
    assertEquals(k, r.clusterSizes().length);
    for (int label : r.labels()) {
      assertTrue("label " + label, label >= 0 && label < k);
    }
    assertEquals(r.inertia(), Arrays.stream(r.clusterSse()).sum(), 1e-9 * Math.max(1, r.inertia()));
  }

  @Property(tries = 30)
  void lloydInertiaNeverIncreasesAcrossIterations(@ForAll long seed,
      @ForAll @IntRange(min = 30, max = 200) int n, @ForAll @IntRange(min = 2, max = 7) int k) {
    DenseMatrix data = blobs(seed, n, 3, 5, false);
    double[][] start = data.selectRows(firstDistinct(data, k)).toRows();
    double previous = Double.POSITIVE_INFINITY;
    for (int iterations = 1; iterations <= 12; iterations++) {
      KMeansResult r = new KMeans().fit(data, KMeansParams.builder(k).init(InitMethod.GIVEN).initialCenters(start)
          .algorithm(KMeansAlgorithm.LLOYD).refinement(Refinement.NONE).tolerance(0).maxIterations(iterations)
          .build());
      assertTrue("iteration " + iterations + ": " + r.inertia() + " > " + previous,
          r.inertia() <= previous * (1 + 1e-12));
      previous = r.inertia();
    }
  }

  @Property(tries = 15)
  void sameSeedSameResultAtAnyThreadCount(@ForAll long seed, @ForAll @IntRange(min = 2, max = 9) int k,
      @ForAll KMeansAlgorithm algorithm) {
    DenseMatrix data = blobs(seed, 400, 4, 6, false);
    KMeansResult one = fit(data, k, seed, algorithm, 1);
    for (int threads : new int[] {2, 4}) {
      KMeansResult many = fit(data, k, seed, algorithm, threads);
      assertArrayEquals(one.labels(), many.labels());
      assertEquals(one.inertia(), many.inertia(), 0.0);
      assertArrayEquals(flat(one.centers()), flat(many.centers()), 0.0);
    }
  }

  @Property(tries = 20)
  void refinedInertiaIsNeverWorseThanLloydsFromTheSameSeed(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 8) int k) {
    DenseMatrix data = blobs(seed, 250, 2, 6, true);
    KMeansParams base = KMeansParams.builder(k).seed(seed).restarts(3).threads(1).refinement(Refinement.NONE).build();
    double plain = new KMeans().fit(data, base).inertia();
    double refined = new KMeans().fit(data, base.toBuilder().refinement(Refinement.HARTIGAN).build()).inertia();
    assertTrue(refined + " > " + plain, refined <= plain);
  }

  private static KMeansResult fit(DenseMatrix data, int k, long seed, KMeansAlgorithm algorithm, int threads) {
    return new KMeans().fit(data, KMeansParams.builder(k).seed(seed).restarts(6).swapTrials(2)
        .algorithm(algorithm).threads(threads).build());
  }

  private static int[] firstDistinct(DenseMatrix data, int k) {
    int[] rows = new int[k];
    int found = 0;
    for (int i = 0; i < data.rows() && found < k; i++) {
      boolean fresh = true;
      for (int f = 0; f < found; f++) {
        fresh &= !Arrays.equals(data.row(rows[f]), data.row(i));
      }
      if (fresh) {
        rows[found++] = i;
      }
    }
    return rows;
  }

  private static double[] flat(double[][] rows) {
    return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
  }
}
