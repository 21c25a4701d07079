package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.Test;

/**
 * The {@link AssignmentStep} contract, driven directly rather than through Lloyd's loop: after ANY sequence of
 * centre moves (small, large, none, onto another centre) and of labels changed behind the step's back
 * ({@link AssignmentStep#invalidate}), every assignment must equal an exhaustive search and count exactly
 * the changed labels.
 */
public class AssignmentStepContractTest {

  @Property(tries = 200)
  void boundedStepsMatchExhaustiveSearch(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int k,
      @ForAll @IntRange(min = 1, max = 8) int d, @ForAll boolean grid) {
    SplittableRandom rng = new SplittableRandom(seed);
    int n = 30 + rng.nextInt(200);
    TestData.Matrix m = TestData.blobs(rng, n, d, 4, 1.5);
    if (grid) {
      for (int t = 0; t < m.x().length; t++) {
        m.x()[t] = Math.floor(m.x()[t] / 3);
      }
    }
    KMeansProblem p = TestData.problem(m, m.unitWeights(), k, 1, 0, EmptyClusterPolicy.FARTHEST_POINT);
    double[] centers = new double[k * d];
    for (int c = 0; c < k; c++) {
      System.arraycopy(m.x(), rng.nextInt(n) * d, centers, c * d, d);
    }
    for (LloydKMeans variant : new LloydKMeans[] {HamerlyKMeans.INSTANCE, ElkanKMeans.INSTANCE}) {
      SplittableRandom moves = new SplittableRandom(seed + 1);
      AssignmentStep step = variant.newAssignmentStep(p);
      int[] labels = new int[n];
      Arrays.fill(labels, -1);
      double[] current = centers.clone();
      for (int round = 0; round < 12; round++) {
        int[] before = labels.clone();
        int changed = step.assign(current, labels, new ChangedRows());
        int[] expected = exhaustive(m, current, k);
        assertArrayEquals(variant.getClass().getSimpleName() + " round " + round, expected, labels);
        assertEquals(differences(before, expected), changed);
        for (int r = moves.nextInt(3); r > 0; r--) {
          int row = moves.nextInt(n);
          labels[row] = moves.nextInt(k);
          step.invalidate(row);
        }
        double[] next = move(current, k, d, moves, grid);
        step.centersMoved(current, next);
        current = next;
      }
    }
  }

  @Test
  public void invalidatedRowIsReassigned() {
    TestData.Matrix m = new TestData.Matrix(new double[] {1, 9, 0, 10}, 4, 1);
    double[] centers = {0, 10};
    KMeansProblem p = TestData.problem(m, m.unitWeights(), 2, 1, 0, EmptyClusterPolicy.FARTHEST_POINT);
    for (LloydKMeans variant : new LloydKMeans[] {HamerlyKMeans.INSTANCE, ElkanKMeans.INSTANCE}) {
      AssignmentStep step = variant.newAssignmentStep(p);
      int[] labels = {-1, -1, -1, -1};
      assertEquals(4, step.assign(centers, labels, new ChangedRows()));
      labels[0] = 1; // as an empty-cluster relocation would
      step.invalidate(0);
      step.centersMoved(centers, centers);
      assertEquals(1, step.assign(centers, labels, new ChangedRows()));
      assertArrayEquals(new int[] {0, 1, 0, 1}, labels);
    }
  }

  private static double[] move(double[] centers, int k, int d, SplittableRandom rng, boolean grid) {
    double[] next = centers.clone();
    for (int c = 0; c < k; c++) {
      switch (rng.nextInt(5)) {
        case 0 -> { } // stays
        case 1 -> System.arraycopy(centers, rng.nextInt(k) * d, next, c * d, d); // onto another centre
        case 2 -> {
          for (int j = 0; j < d; j++) {
            next[c * d + j] += 5 * TestData.gaussian(rng); // jumps
          }
        }
        default -> {
          for (int j = 0; j < d; j++) {
            next[c * d + j] += grid ? rng.nextInt(3) - 1 : 0.05 * TestData.gaussian(rng); // drifts
          }
        }
      }
    }
    return next;
  }

  private static int[] exhaustive(TestData.Matrix m, double[] centers, int k) {
    int[] labels = new int[m.n()];
    for (int i = 0; i < m.n(); i++) {
      labels[i] = VectorMath.nearest(m.x(), i, centers, k, m.d());
    }
    return labels;
  }

  private static int differences(int[] a, int[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      count += a[i] != b[i] ? 1 : 0;
    }
    return count;
  }
}
