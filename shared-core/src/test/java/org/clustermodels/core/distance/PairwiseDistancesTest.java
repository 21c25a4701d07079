package org.clustermodels.core.distance;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.TestMonitors;
import org.junit.Test;

/** The pairwise computation: layout, thread-independence, progress, cancellation and the checks before it. */
public class PairwiseDistancesTest {
  private static final MemoryCheck PLENTY = MemoryCheck.fixed(Long.MAX_VALUE);

  private static DenseMatrix random(long seed, int n, int d) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] rows = new double[n][d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        row[j] = rng.nextDouble(-5, 5);
      }
    }
    return DenseMatrix.of(rows);
  }

  @Test
  public void valuesAreTheEuclideanDistancesInScipysCondensedOrder() {
    DenseMatrix data = random(1, 40, 3);
    CondensedDistances d = PairwiseDistances.compute(data, DistanceMetric.EUCLIDEAN, 1, ProgressMonitor.none(),
        PLENTY);
    int p = 0;
    for (int i = 0; i < 40; i++) {
      for (int j = i + 1; j < 40; j++) {
        double dx = data.get(i, 0) - data.get(j, 0);
        double dy = data.get(i, 1) - data.get(j, 1);
        double dz = data.get(i, 2) - data.get(j, 2);
        assertEquals("(" + i + ", " + j + ")", Math.sqrt(dx * dx + dy * dy + dz * dz), d.backing()[p++], 1e-14);
      }
    }
    assertEquals(40 * 39 / 2, p);
  }

  @Test
  public void everyThreadCountGivesTheSameBits() {
    DenseMatrix data = random(2, 400, 8); // 79,800 pairs x 8 columns: enough work to run in parallel
    for (DistanceMetric metric : new DistanceMetric[] {DistanceMetric.EUCLIDEAN, DistanceMetric.COSINE}) {
      double[] one = PairwiseDistances.compute(data, metric, 1, ProgressMonitor.none(), PLENTY).backing();
      for (int threads : new int[] {2, 3, 7}) {
        double[] many = PairwiseDistances.compute(data, metric, threads, ProgressMonitor.none(), PLENTY).backing();
        assertArrayEquals(metric + " with " + threads + " threads", one, many, 0.0);
      }
    }
  }

  @Test
  public void progressRisesToOne() {
    List<Double> seen = new ArrayList<>();
    ProgressMonitor monitor = new ProgressMonitor() {
      @Override
      public synchronized void progress(double fraction, String message) {
        seen.add(fraction);
      }

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
    PairwiseDistances.compute(random(3, 500, 4), DistanceMetric.MANHATTAN, 3, monitor, PLENTY);
    assertTrue("several reports", seen.size() > 1);
    for (int k = 1; k < seen.size(); k++) {
      assertTrue("non-decreasing", seen.get(k) >= seen.get(k - 1));
    }
    assertEquals(1.0, seen.get(seen.size() - 1), 0);
  }

  @Test
  public void givenACancelledMonitor_whenComputing_thenCancelled() {
    ProgressMonitor cancelled = TestMonitors.cancelled();
    for (int threads : new int[] {1, 4}) {
      assertThrows(CancelledException.class,
          () -> PairwiseDistances.compute(random(4, 500, 4), DistanceMetric.EUCLIDEAN, threads, cancelled, PLENTY));
    }
  }

  @Test
  public void givenTooLittleMemory_whenComputing_thenTheMessageSaysNeededAvailableAndWhatToDo() {
    String m = assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.compute(random(5, 100, 2),
        DistanceMetric.EUCLIDEAN, 1, ProgressMonitor.none(), MemoryCheck.fixed(30_000))).getMessage();
    // 4,950 distances of 8 bytes plus two 1,600-byte copies of the data (row- and column-major)
    assertThat(m, containsString("the distance matrix of 100 rows (4,950 distances of 8 bytes)"));
    assertThat(m, containsString("needs 42,800 bytes (41.8 KiB)"));
    assertThat(m, containsString("only 30,000 bytes (29.3 KiB) are available"));
    assertThat(m, containsString("vector-based method"));
    assertThat(m, containsString("sample"));
  }

  @Test
  public void givenMoreRowsThanAnArrayAllows_whenComputing_thenTheMessageSaysSo() {
    int n = CondensedDistances.MAX_N + 1;
    DenseMatrix data = DenseMatrix.ofRowMajor(n, 1, new double[n]);
    String m = assertThrows(IllegalArgumentException.class, () -> PairwiseDistances.compute(data,
        DistanceMetric.EUCLIDEAN, 1, ProgressMonitor.none(), PLENTY)).getMessage();
    assertThat(m, containsString("more than one Java array holds"));
    assertThat(m, containsString(String.format(java.util.Locale.ROOT, "at most %,d rows", CondensedDistances.MAX_N)));
    assertThat(m, containsString("vector-based method"));
  }

  @Test
  public void givenNaN_whenComputing_thenRowAndColumnAreNamed() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{1, 2}, {3, Double.NaN}});
    String m = assertThrows(IllegalArgumentException.class,
        () -> PairwiseDistances.compute(data, DistanceMetric.EUCLIDEAN)).getMessage();
    assertThat(m, containsString("row 1, column 1"));
  }

  @Test
  public void oneRowHasNoDistances() {
    assertEquals(0, PairwiseDistances.compute(random(6, 1, 3), DistanceMetric.EUCLIDEAN).backing().length);
  }
}
