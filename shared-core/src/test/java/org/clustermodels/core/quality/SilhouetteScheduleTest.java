package org.clustermodels.core.quality;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * The symmetric (single-threaded) and row-scan (parallel) schedules of the silhouette give bit-identical results,
 * so {@link Silhouette#exact} does not depend on the number of threads.
 */
public class SilhouetteScheduleTest {

  @Test
  public void schedulesAreBitIdenticalOnOracleData() {
    for (String file : new String[] {"iris.raw", "wine.zscore", "faithful.raw"}) {
      OracleData oracle = OracleData.load(file);
      for (int k : new int[] {2, 5, 10}) {
        Labels labels = Labels.encode(oracle.sklearnLabels(k));
        double[] x = oracle.matrix().toArray();
        int d = oracle.matrix().cols();
        assertArrayEquals(file + " k=" + k,
            SilhouetteKernel.symmetric(x, d, labels, ProgressMonitor.none()),
            SilhouetteKernel.rowScan(x, d, labels, ProgressMonitor.none()), 0.0);
      }
    }
  }

  /** Above the parallel threshold, pools of 3+ threads take the row scan, smaller ones the symmetric schedule. */
  @Test
  public void exactIsBitIdenticalForAnyThreadCount() throws Exception {
    int n = SilhouetteKernel.PARALLEL_MIN_ROWS + 500;
    DenseMatrix data = SilhouetteTest.randomData(n, 3, 1L);
    int[] labels = SilhouetteTest.randomLabels(n, 6, 2L);
    double reference = Silhouette.exact(data, labels);
    for (int threads : new int[] {1, 2, 3, 4, 8}) {
      assertEquals(threads + " threads", Double.doubleToLongBits(reference),
          Double.doubleToLongBits(inPool(threads, () -> Silhouette.exact(data, labels))));
    }
  }

  @Test
  public void parallelScheduleStopsWhenCancelled() {
    int n = SilhouetteKernel.PARALLEL_MIN_ROWS + 500;
    DenseMatrix data = SilhouetteTest.randomData(n, 2, 3L);
    int[] labels = SilhouetteTest.randomLabels(n, 3, 4L);
    ProgressMonitor cancelled = new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        // not needed
      }

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> inPool(4, () -> Silhouette.exact(data, labels, cancelled)));
    assertEquals(CancelledException.class, e.getCause().getClass());
  }

  private interface DoubleTask {
    double run();
  }

  private static double inPool(int threads, DoubleTask task) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(task::run).get();
    } finally {
      pool.shutdown();
    }
  }
}
