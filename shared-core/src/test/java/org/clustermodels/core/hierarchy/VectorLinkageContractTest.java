package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.junit.Test;

/**
 * The public entry points of the vector-based linkages: progress reports, cancellation, input validation and
 * the smallest inputs.
 */
public class VectorLinkageContractTest {

  /** The four public fits, by name. */
  private interface Fit {
    Dendrogram fit(DenseMatrix data, int threads, ProgressMonitor monitor);
  }

  private static final List<Fit> FITS = List.of(VectorSingleLinkage::fit, VectorWardLinkage::fit,
      VectorCentroidLinkage::fit, VectorMedianLinkage::fit);

  /** Records the fractions reported; cancels after a given number of reports (never if negative). */
  private static final class Recorder implements ProgressMonitor {
    final List<Double> fractions = new ArrayList<>();
    final AtomicBoolean cancelled = new AtomicBoolean();
    private final int cancelAfter;

    Recorder(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public synchronized void progress(double fraction, String message) {
      fractions.add(fraction);
      if (fractions.size() == cancelAfter) {
        cancelled.set(true);
      }
    }

    @Override
    public boolean isCancelled() {
      return cancelled.get();
    }
  }

  private static DenseMatrix data(int n, int d) {
    return VectorLinkagePropertiesTest.gaussian(new SplittableRandom(7), n, d);
  }

  @Test
  public void givenAMonitorThatCancelsAfterTheFirstReportWhenFittingThenTheWorkStops() {
    DenseMatrix x = data(3000, 4);
    for (Fit fit : FITS) {
      Recorder uncancelled = new Recorder(-1);
      fit.fit(x, 2, uncancelled);
      assertTrue("a full run reports progress many times", uncancelled.fractions.size() > 10);

      Recorder cancelling = new Recorder(1);
      assertThrows(CancelledException.class, () -> fit.fit(x, 2, cancelling));
      assertEquals("no report after the cancellation", List.of(0.0), cancelling.fractions);
    }
  }

  @Test
  public void givenAFullRunThenProgressRisesFromZeroToOne() {
    for (Fit fit : FITS) {
      Recorder recorder = new Recorder(-1);
      fit.fit(data(2000, 3), 1, recorder);
      List<Double> f = recorder.fractions;
      assertEquals(0.0, f.get(0), 0.0);
      assertEquals(1.0, f.get(f.size() - 1), 0.0);
      for (int i = 1; i < f.size(); i++) {
        assertTrue("fractions must not decrease: " + f, f.get(i) >= f.get(i - 1) && f.get(i) <= 1.0);
      }
    }
  }

  @Test
  public void givenNoRowsOrANonFiniteValueOrNoThreadsWhenFittingThenTheMessageSaysWhat() {
    DenseMatrix empty = DenseMatrix.ofRowMajor(0, 2, new double[0]);
    DenseMatrix nan = DenseMatrix.of(new double[][] {{1, 2}, {3, Double.NaN}});
    DenseMatrix huge = DenseMatrix.of(new double[][] {{-1e200, 0}, {1e200, 0}});
    for (Fit fit : FITS) {
      assertTrue(message(() -> fit.fit(empty, 1, ProgressMonitor.none())).contains("no rows"));
      assertTrue(message(() -> fit.fit(nan, 1, ProgressMonitor.none())).contains("row 1, column 1"));
      assertTrue(message(() -> fit.fit(huge, 1, ProgressMonitor.none())).contains("column 0"));
      assertTrue(message(() -> fit.fit(data(3, 2), 0, ProgressMonitor.none())).contains("threads must be >= 1"));
    }
  }

  @Test
  public void givenOneOrTwoRowsThenTheTreeIsTrivial() {
    DenseMatrix one = DenseMatrix.of(new double[][] {{1, 2}});
    DenseMatrix two = DenseMatrix.of(new double[][] {{0, 0}, {3, 4}});
    for (Fit fit : FITS) {
      assertEquals(0, fit.fit(one, 2, ProgressMonitor.none()).mergeCount());
      Dendrogram tree = fit.fit(two, 2, ProgressMonitor.none());
      assertEquals(1, tree.mergeCount());
      assertEquals(0, tree.left(0));
      assertEquals(1, tree.right(0));
      assertEquals(5.0, tree.height(0), 1e-15); // Ward: sqrt(2 * 1 * 1 / 2) * 5
    }
  }

  private static String message(org.junit.function.ThrowingRunnable run) {
    return assertThrows(IllegalArgumentException.class, run).getMessage();
  }
}
