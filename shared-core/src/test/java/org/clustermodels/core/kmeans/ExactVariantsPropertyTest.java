package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Hamerly and Elkan give exactly Lloyd's run on random data built to stress bounds and ties: overlapping
 * blobs at extreme scales, weights (some 0), integer grids with many exact ties, duplicated rows, coinciding
 * and far-away initial centres (empty-cluster relocation), and every empty-cluster policy.
 */
class ExactVariantsPropertyTest {

  @Property(tries = 300)
  void blobsAtAnyScale(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k,
      @ForAll @IntRange(min = 1, max = 16) int d, @ForAll @DoubleRange(min = 0.02, max = 8) double spread,
      @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll boolean weighted, @ForAll boolean plusPlus,
      @ForAll boolean tolerance) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 40 + rng.nextInt(400);
    TestData.Matrix m = TestData.blobs(rng, n, d, 1 + rng.nextInt(10), spread);
    double factor = new double[] {1, 1e-160, 1e150, 1}[scale];
    double offset = scale == 3 ? 1e6 : 0;
    for (int t = 0; t < m.x().length; t++) {
      m.x()[t] = m.x()[t] * factor + offset;
    }
    double[] w = weighted ? randomWeights(rng, n) : m.unitWeights();
    double tol = tolerance ? 1e-4 * KMeans.meanColumnVariance(m.x(), n, d) : 0;
    KMeansProblem p = TestData.problem(m, w, k, 300, tol, EmptyClusterPolicy.FARTHEST_POINT);
    double[] start = plusPlus ? KMeansPlusPlus.initialCenters(p, rng) : RandomRows.initialCenters(p, rng);
    assertAllEqual(p, start);
  }

  @Property(tries = 300)
  void integerGridWithExactTies(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int d,
      @ForAll @IntRange(min = 2, max = 5) int levels, @ForAll @IntRange(min = 1, max = 8) int k,
      @ForAll boolean weighted) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 20 + rng.nextInt(200);
    double[] x = new double[n * d];
    for (int t = 0; t < x.length; t++) {
      x[t] = rng.nextInt(levels);
    }
    TestData.Matrix m = new TestData.Matrix(x, n, d);
    double[] start = new double[k * d]; // grid points, possibly coinciding and possibly not data rows
    for (int t = 0; t < start.length; t++) {
      start[t] = rng.nextInt(levels + 1) - 0.5 * rng.nextInt(2);
    }
    double[] w = weighted ? randomWeights(rng, n) : m.unitWeights();
    assertAllEqual(TestData.problem(m, w, k, 300, 0, EmptyClusterPolicy.FARTHEST_POINT), start);
    assertAllEqual(TestData.problem(m, w, k, 300, 0, EmptyClusterPolicy.KEEP_CENTER), start);
  }

  @Property(tries = 300)
  void duplicatedRows(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int d,
      @ForAll @IntRange(min = 1, max = 10) int k) {
    SplittableRandom rng = new SplittableRandom(seed);
    int distinct = k + rng.nextInt(6);
    TestData.Matrix pool = TestData.blobs(rng, distinct, d, 3, 1.0);
    int n = 50 + rng.nextInt(250);
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      System.arraycopy(pool.x(), rng.nextInt(distinct) * d, x, i * d, d);
    }
    TestData.Matrix m = new TestData.Matrix(x, n, d);
    KMeansProblem p = TestData.problem(m, m.unitWeights(), k, 300, 0, EmptyClusterPolicy.FARTHEST_POINT);
    double[] start = new double[k * d];
    for (int c = 0; c < k; c++) {
      System.arraycopy(x, rng.nextInt(n) * d, start, c * d, d); // may repeat a centre
    }
    assertAllEqual(p, start);
  }

  @Property(tries = 200)
  void farAwayAndCoincidingCentresEmptyClusters(@ForAll long seed, @ForAll @IntRange(min = 2, max = 10) int k,
      @ForAll @IntRange(min = 1, max = 6) int d) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 60 + rng.nextInt(300);
    TestData.Matrix m = TestData.blobs(rng, n, d, 4, 0.7);
    double[] start = new double[k * d];
    System.arraycopy(m.x(), rng.nextInt(n) * d, start, 0, d);
    for (int c = 1; c < k; c++) {
      switch (rng.nextInt(3)) {
        case 0 -> Arrays.fill(start, c * d, c * d + d, 1000.0 + c); // far away: empty after the first assignment
        case 1 -> System.arraycopy(start, (c - 1) * d, start, c * d, d); // coincides: ties, then empty
        default -> System.arraycopy(m.x(), rng.nextInt(n) * d, start, c * d, d);
      }
    }
    SingleRun relocated = assertAllEqual(
        TestData.problem(m, m.unitWeights(), k, 300, 0, EmptyClusterPolicy.FARTHEST_POINT), start);
    assertTrue(Arrays.stream(relocated.centers()).allMatch(v -> v < 100)); // every far centre was relocated
    assertAllEqual(TestData.problem(m, m.unitWeights(), k, 300, 0, EmptyClusterPolicy.KEEP_CENTER), start);
    if (k > 1 && start[d] == start[0]) { // centre 1 coincides with centre 0: empty at once
      KMeansProblem failing = TestData.problem(m, m.unitWeights(), k, 300, 0, EmptyClusterPolicy.FAIL);
      String expected = assertThrows(IllegalStateException.class,
          () -> LloydKMeans.INSTANCE.run(failing, start)).getMessage();
      assertEquals(expected, assertThrows(IllegalStateException.class,
          () -> HamerlyKMeans.INSTANCE.run(failing, start)).getMessage());
      assertEquals(expected, assertThrows(IllegalStateException.class,
          () -> ElkanKMeans.INSTANCE.run(failing, start)).getMessage());
    }
  }

  @Property(tries = 50)
  void iterationLimitAndSingleCluster(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int maxIter,
      @ForAll @IntRange(min = 1, max = 6) int k) {
    SplittableRandom rng = new SplittableRandom(seed);
    TestData.Matrix m = TestData.blobs(rng, 500, 3, 6, 2.0);
    KMeansProblem p = TestData.problem(m, m.unitWeights(), k, maxIter, 0, EmptyClusterPolicy.FARTHEST_POINT);
    assertAllEqual(p, RandomRows.initialCenters(p, rng));
  }

  @Property(tries = 6)
  void manyCentresAroundTheSortedSearchLimit(@ForAll long seed, @ForAll("manyK") int k) {
    SplittableRandom rng = new SplittableRandom(seed);
    TestData.Matrix m = TestData.blobs(rng, 1200, 3, 20, 1.0);
    KMeansProblem p = TestData.problem(m, m.unitWeights(), k, 20, 0, EmptyClusterPolicy.FARTHEST_POINT);
    assertAllEqual(p, RandomRows.initialCenters(p, rng));
  }

  @Provide
  Arbitrary<Integer> manyK() {
    return Arbitraries.of(255, 256, 257, 300);
  }

  /** Runs all three exact variants from the same start and asserts identical runs; @return Lloyd's run */
  private static SingleRun assertAllEqual(KMeansProblem p, double[] start) {
    double[] copy = start.clone();
    SingleRun lloyd = LloydKMeans.INSTANCE.run(p, start);
    TestData.assertSameRun("hamerly", lloyd, HamerlyKMeans.INSTANCE.run(p, start));
    TestData.assertSameRun("elkan", lloyd, ElkanKMeans.INSTANCE.run(p, start));
    assertTrue("initial centres untouched", Arrays.equals(copy, start));
    return lloyd;
  }

  /** Weights from {0, 0.5, 1, 2, uniform(0, 3)}, at least one positive. */
  private static double[] randomWeights(SplittableRandom rng, int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = switch (rng.nextInt(5)) {
        case 0 -> 0.0;
        case 1 -> 0.5;
        case 2 -> 1.0;
        case 3 -> 2.0;
        default -> 3 * rng.nextDouble();
      };
    }
    w[0] = 1.0;
    return w;
  }
}
