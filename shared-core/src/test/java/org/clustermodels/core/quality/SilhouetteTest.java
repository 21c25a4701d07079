package org.clustermodels.core.quality;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/** Silhouette on hand-computed examples, the sampled variant, progress and cancellation. */
public class SilhouetteTest {

  /**
   * 1-D {0, 2} and {5, 9}. s = (b - a) / max(a, b):
   * s(0): a = 2, b = (5 + 9) / 2 = 7, s = 5/7; s(2): a = 2, b = (3 + 7) / 2 = 5, s = 3/5;
   * s(5): a = 4, b = (5 + 3) / 2 = 4, s = 0; s(9): a = 4, b = (9 + 7) / 2 = 8, s = 1/2.
   * Mean (5/7 + 3/5 + 0 + 1/2) / 4 = (50 + 42 + 35) / 70 / 4 = 127/280.
   */
  @Test
  public void twoClustersOnALine() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {2}, {5}, {9}});
    int[] labels = {0, 0, 1, 1};
    assertArrayEquals(new double[] {5.0 / 7, 3.0 / 5, 0, 0.5}, Silhouette.perPoint(x, labels), 1e-15);
    assertEquals(127.0 / 280, Silhouette.exact(x, labels), 1e-15);
    assertEquals(127.0 / 280, Silhouette.exact(x, new int[] {40, 40, 3, 3}), 1e-15);
  }

  /**
   * 2-D, Euclidean: {(0,0), (3,4)} and {(6,8)}. s(0): a = 5, b = 10, s = 1/2; s(1): a = 5, b = 5, s = 0;
   * the singleton (6,8) gets 0 by definition. Mean 1/6.
   */
  @Test
  public void singletonClusterScoresZero() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0, 0}, {3, 4}, {6, 8}});
    assertArrayEquals(new double[] {0.5, 0, 0}, Silhouette.perPoint(x, new int[] {1, 1, 0}), 1e-15);
    assertEquals(1.0 / 6, Silhouette.exact(x, new int[] {1, 1, 0}), 1e-15);
  }

  /** All rows equal: a = b = 0, where scikit-learn's 0/0 = NaN becomes 0. */
  @Test
  public void coincidingRowsScoreZero() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}});
    assertArrayEquals(new double[] {0, 0, 0, 0}, Silhouette.perPoint(x, new int[] {0, 0, 1, 1}), 0.0);
  }

  @Test
  public void sampledWithTheWholeDataIsExact() {
    OracleData iris = OracleData.load("iris", "zscore");
    int[] labels = iris.sklearnLabels(3);
    double exact = Silhouette.exact(iris.matrix(), labels);
    assertEquals(exact, Silhouette.sampled(iris.matrix(), labels, 150, 7L), 0.0);
    assertEquals(exact, Silhouette.sampled(iris.matrix(), labels, 1_000, 7L), 0.0);
  }

  /** The sampled value is the exact silhouette of the drawn rows alone, and the same seed draws the same rows. */
  @Test
  public void sampledIsTheSilhouetteOfTheSampleAndDeterministic() {
    OracleData iris = OracleData.load("iris", "raw");
    int[] labels = iris.sklearnLabels(4);
    int[] rows = Silhouette.sampleRows(150, 40, 11L);
    int[] sampleLabels = Arrays.stream(rows).map(r -> labels[r]).toArray();
    double expected = Silhouette.exact(iris.matrix().selectRows(rows), sampleLabels);
    assertEquals(expected, Silhouette.sampled(iris.matrix(), labels, 40, 11L), 0.0);
    assertEquals(Silhouette.sampled(iris.matrix(), labels, 40, 11L),
        Silhouette.sampled(iris.matrix(), labels, 40, 11L), 0.0);
  }

  /** Two clusters of identical rows: every s(i) = (10 - 0) / 10 = 1, in any sample that has both clusters. */
  @Test
  public void sampledOnPerfectClustersIsOne() {
    double[][] rows = new double[100][];
    int[] labels = new int[100];
    for (int i = 0; i < 100; i++) {
      labels[i] = i % 2;
      rows[i] = new double[] {10 * labels[i]};
    }
    assertEquals(1.0, Silhouette.sampled(DenseMatrix.of(rows), labels, 20, 3L), 0.0);
  }

  @Test
  public void sampleRowsAreDistinctSortedAndUniform() {
    int[] counts = new int[10];
    for (long seed = 0; seed < 30_000; seed++) {
      int[] rows = Silhouette.sampleRows(10, 3, seed);
      assertEquals(3, rows.length);
      assertTrue(Arrays.toString(rows), rows[0] < rows[1] && rows[1] < rows[2] && rows[0] >= 0 && rows[2] < 10);
      for (int r : rows) {
        counts[r]++;
      }
    }
    for (int c : counts) {
      // each row is in a sample with probability 3/10: expected 9000, standard deviation about 80
      assertEquals(9000, c, 500);
    }
  }

  @Test
  public void sampledRejectsTooSmallSamplesAndSingleLabelSamples() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {20}});
    int[] labels = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Silhouette.sampled(x, labels, 2, 0L));
    assertTrue(e.getMessage(), e.getMessage().contains("sampleSize = 2"));
    long seed = 0;
    while (Arrays.stream(Silhouette.sampleRows(10, 3, seed)).anyMatch(r -> r == 9)) {
      seed++;
    }
    long withoutRow9 = seed;
    e = assertThrows(IllegalArgumentException.class, () -> Silhouette.sampled(x, labels, 3, withoutRow9));
    assertTrue(e.getMessage(), e.getMessage().contains("number of distinct labels in the sample (seed "
        + withoutRow9 + ") is 1 for 3 rows"));
  }

  @Test
  public void reportsProgressUpToOne() {
    double[] last = {-1};
    AtomicInteger calls = new AtomicInteger();
    ProgressMonitor monitor = new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        assertTrue(fraction + " after " + last[0], fraction >= last[0] && fraction <= 1);
        last[0] = fraction;
        calls.incrementAndGet();
      }

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
    OracleData faithful = OracleData.load("faithful", "raw");
    Silhouette.exact(faithful.matrix(), faithful.sklearnLabels(2), monitor);
    assertEquals(1.0, last[0], 0.0);
    assertTrue(calls.get() >= 272 / SilhouetteKernel.BLOCK_ROWS);
  }

  @Test
  public void stopsWhenCancelled() {
    AtomicInteger checks = new AtomicInteger();
    ProgressMonitor cancelAfterFirstBlock = new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        // not needed
      }

      @Override
      public boolean isCancelled() {
        return checks.incrementAndGet() > 1;
      }
    };
    OracleData faithful = OracleData.load("faithful", "raw");
    assertThrows(CancelledException.class,
        () -> Silhouette.exact(faithful.matrix(), faithful.sklearnLabels(2), cancelAfterFirstBlock));
    assertEquals("stopped at the second check", 2, checks.get());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Silhouette.exact(faithful.matrix(), faithful.sklearnLabels(2), null));
    assertTrue(e.getMessage(), e.getMessage().contains("monitor must not be null"));
  }

  /** Random data for the schedule tests: n rows of d values, k clusters. */
  static DenseMatrix randomData(int n, int d, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextDouble(-100, 100);
    }
    return DenseMatrix.ofRowMajor(n, d, x);
  }

  static int[] randomLabels(int n, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i < k ? i : random.nextInt(k);
    }
    return labels;
  }
}
