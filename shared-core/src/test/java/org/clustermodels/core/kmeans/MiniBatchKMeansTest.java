package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.Test;

/** Mini-batch k-means: deterministic, close to Lloyd on separated blobs, valid output, empty-cluster policies. */
public class MiniBatchKMeansTest {

  private static TestData.Matrix separatedBlobs(long seed) {
    return TestData.blobs(new SplittableRandom(seed), 6000, 4, 6, 0.25);
  }

  private static KMeansProblem problem(TestData.Matrix m, double[] w, int k, EmptyClusterPolicy policy) {
    double tol = 1e-4 * KMeans.meanColumnVariance(m.x(), m.n(), m.d());
    return TestData.problem(m, w, k, 100, tol, policy);
  }

  @Test
  public void sameInputSameResult() {
    TestData.Matrix m = separatedBlobs(1);
    KMeansProblem p = problem(m, m.unitWeights(), 6, EmptyClusterPolicy.FARTHEST_POINT);
    double[] start = KMeansPlusPlus.initialCenters(p, new SplittableRandom(3));
    TestData.assertSameRun("repeat", MiniBatchKMeans.INSTANCE.run(p, start), MiniBatchKMeans.INSTANCE.run(p, start));
  }

  @Test
  public void closeToLloydOnSeparatedBlobs() {
    for (long seed = 1; seed <= 5; seed++) {
      TestData.Matrix m = separatedBlobs(seed);
      KMeansProblem p = problem(m, m.unitWeights(), 6, EmptyClusterPolicy.FARTHEST_POINT);
      double[] start = KMeansPlusPlus.initialCenters(p, new SplittableRandom(seed));
      SingleRun lloyd = LloydKMeans.INSTANCE.run(p, start);
      SingleRun mini = MiniBatchKMeans.INSTANCE.run(p, start);
      assertTrue("seed " + seed + ": " + mini.inertia() + " vs " + lloyd.inertia(),
          mini.inertia() <= 1.03 * lloyd.inertia());
      assertTrue(mini.iterations() >= 1 && mini.iterations() <= p.maxIterations());
    }
  }

  @Test
  public void labelsAreNearestCentresAndInertiaIsExact() {
    TestData.Matrix m = TestData.blobs(new SplittableRandom(9), 3000, 3, 8, 1.5);
    double[] w = new double[m.n()];
    SplittableRandom rng = new SplittableRandom(4);
    for (int i = 0; i < w.length; i++) {
      w[i] = rng.nextInt(4) * 0.5;
    }
    KMeansProblem p = problem(m, w, 7, EmptyClusterPolicy.FARTHEST_POINT);
    double[] start = RandomRows.initialCenters(p, rng);
    SingleRun run = MiniBatchKMeans.INSTANCE.run(p, start);
    int[] sizes = new int[p.k()];
    for (int i = 0; i < m.n(); i++) {
      assertEquals(VectorMath.nearest(m.x(), i, run.centers(), p.k(), m.d()), run.labels()[i]);
      sizes[run.labels()[i]]++;
    }
    assertEquals(m.n(), Arrays.stream(sizes).sum());
    assertEquals(VectorMath.inertia(m.x(), w, m.n(), m.d(), run.centers(), run.labels()), run.inertia(), 0.0);
  }

  @Test
  public void zeroWeightRowsDoNotMoveCentres() {
    TestData.Matrix blobs = separatedBlobs(2);
    double[] x = blobs.x().clone();
    double[] w = blobs.unitWeights();
    for (int i = 0; i < blobs.n(); i += 10) { // every tenth row far away, with weight 0
      Arrays.fill(x, i * blobs.d(), (i + 1) * blobs.d(), 1e4);
      w[i] = 0;
    }
    TestData.Matrix m = new TestData.Matrix(x, blobs.n(), blobs.d());
    KMeansProblem p = problem(m, w, 6, EmptyClusterPolicy.KEEP_CENTER);
    double[] start = Arrays.copyOfRange(x, blobs.d(), 7 * blobs.d()); // rows 1..6: weight 1
    SingleRun run = MiniBatchKMeans.INSTANCE.run(p, start);
    assertTrue(Arrays.stream(run.centers()).allMatch(v -> v < 100));
  }

  @Test
  public void emptyClusterPolicies() {
    TestData.Matrix m = separatedBlobs(3);
    int d = m.d();
    double[] start = new double[4 * d];
    for (int c = 0; c < 3; c++) {
      System.arraycopy(m.x(), c * 500 * d, start, c * d, d);
    }
    Arrays.fill(start, 3 * d, 4 * d, 1e4); // centre 3 never wins a row

    KMeansProblem fail = problem(m, m.unitWeights(), 4, EmptyClusterPolicy.FAIL);
    assertTrue(assertThrows(IllegalStateException.class, () -> MiniBatchKMeans.INSTANCE.run(fail, start))
        .getMessage().contains("cluster 3"));

    SingleRun kept = MiniBatchKMeans.INSTANCE.run(problem(m, m.unitWeights(), 4, EmptyClusterPolicy.KEEP_CENTER),
        start);
    assertFalse(Arrays.stream(kept.labels()).anyMatch(label -> label == 3));
    assertArrayEquals(Arrays.copyOfRange(start, 3 * d, 4 * d), Arrays.copyOfRange(kept.centers(), 3 * d, 4 * d),
        0.0);

    SingleRun moved = MiniBatchKMeans.INSTANCE.run(
        problem(m, m.unitWeights(), 4, EmptyClusterPolicy.FARTHEST_POINT), start);
    int[] sizes = new int[4];
    for (int label : moved.labels()) {
      sizes[label]++;
    }
    assertTrue(Arrays.toString(sizes), Arrays.stream(sizes).allMatch(s -> s > 0));
    assertTrue(moved.inertia() < kept.inertia());
  }

  @Test
  public void hugeToleranceStopsAfterOnePass() {
    TestData.Matrix m = separatedBlobs(4);
    KMeansProblem p = TestData.problem(m, m.unitWeights(), 6, 50, 1e300, EmptyClusterPolicy.FARTHEST_POINT);
    SingleRun run = MiniBatchKMeans.INSTANCE.run(p, RandomRows.initialCenters(p, new SplittableRandom(5)));
    assertEquals(1, run.iterations());
    assertTrue(run.converged());
  }
}
