package org.clustermodels.core.kmeans;

import static org.hamcrest.CoreMatchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.hamcrest.MatcherAssert.assertThat;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.junit.Test;

/** Bad input is rejected at the boundary with a message that names the row, column or option. */
public class KMeansValidationTest {
  private static final DenseMatrix FOUR = DenseMatrix.of(new double[][] {{0, 0}, {0, 1}, {5, 5}, {5, 6}});

  private static String failure(DenseMatrix data, KMeansParams params) {
    return assertThrows(IllegalArgumentException.class, () -> new KMeans().fit(data, params)).getMessage();
  }

  @Test
  public void givenNaN_whenFit_thenMessageNamesRowAndColumn() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, 0}, {1, 1}, {2, Double.NaN}});
    String m = failure(data, KMeansParams.builder(2).build());
    assertThat(m, containsString("row 2, column 1"));
    assertThat(m, containsString("NaN"));
  }

  @Test
  public void givenInfinity_whenFit_thenMessageNamesRowAndColumn() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, Double.NEGATIVE_INFINITY}, {1, 1}, {2, 2}});
    assertThat(failure(data, KMeansParams.builder(2).build()), containsString("row 0, column 1"));
  }

  @Test
  public void givenNoRows_whenFit_thenRejected() {
    DenseMatrix empty = DenseMatrix.ofRowMajor(0, 3, new double[0]);
    assertThat(failure(empty, KMeansParams.builder(1).build()), containsString("no rows"));
  }

  @Test
  public void givenOneRow_whenFit_thenRejected() {
    DenseMatrix one = DenseMatrix.of(new double[][] {{1, 2}});
    assertThat(failure(one, KMeansParams.builder(1).build()), containsString("only one row"));
  }

  @Test
  public void givenNonPositiveK_whenBuildingParams_thenMessageNamesOption() {
    String m = assertThrows(IllegalArgumentException.class, () -> KMeansParams.builder(0).build()).getMessage();
    assertThat(m, containsString("numClusters"));
  }

  @Test
  public void givenKAboveRows_whenFit_thenRejected() {
    assertThat(failure(FOUR, KMeansParams.builder(5).build()), containsString("larger than the number of rows"));
  }

  @Test
  public void givenKAboveDistinctRows_whenFit_thenRejected() {
    DenseMatrix dup = DenseMatrix.of(new double[][] {{1, 1}, {1, 1}, {2, 2}, {-0.0, 0}, {0, 0}});
    assertThat(failure(dup, KMeansParams.builder(4).build()), containsString("distinct rows (3 of 5)"));
  }

  @Test
  public void givenRaggedRows_whenBuildingMatrix_thenMessageNamesRow() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> DenseMatrix.of(new double[][] {{1, 2}, {3, 4}, {5}})).getMessage();
    assertThat(m, containsString("row 2"));
  }

  @Test
  public void givenBadOptions_whenBuildingParams_thenEachNamesItsOption() {
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> KMeansParams.builder(2).restarts(0).build()).getMessage(), containsString("restarts"));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> KMeansParams.builder(2).maxIterations(0).build()).getMessage(), containsString("maxIterations"));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> KMeansParams.builder(2).tolerance(-1).build()).getMessage(), containsString("tolerance"));
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> KMeansParams.builder(2).init(InitMethod.GIVEN).build()).getMessage(), containsString("initialCenters"));
  }

  @Test
  public void givenWrongWeights_whenFit_thenMessageNamesRow() {
    double[] weights = {1, 1, -2, 1};
    String m = assertThrows(IllegalArgumentException.class,
        () -> new KMeans().fit(FOUR, weights, KMeansParams.builder(2).build(), ProgressMonitor.none())).getMessage();
    assertThat(m, containsString("row 2"));
  }

  @Test
  public void givenCancelledMonitor_whenFit_thenCancelledAndNoResult() {
    ProgressMonitor cancelled = new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
      }

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    assertThrows(CancelledException.class,
        () -> new KMeans().fit(FOUR, null, KMeansParams.builder(2).build(), cancelled));
  }

  @Test
  public void givenCentersOfWrongWidth_whenFit_thenMessageNamesRow() {
    KMeansParams p = KMeansParams.builder(2).init(InitMethod.GIVEN)
        .initialCenters(new double[][] {{0, 0}, {1, 1, 1}}).build();
    assertThat(failure(FOUR, p), containsString("initialCenters row 1"));
  }

  @Test
  public void givenEmptyClusterPolicyFail_whenAClusterEmpties_thenItIsNamed() {
    // Both initial centres far on one side: the second attracts no row in the first assignment.
    KMeansParams p = KMeansParams.builder(2).init(InitMethod.GIVEN).refinement(Refinement.NONE)
        .initialCenters(new double[][] {{0, 0}, {100, 100}}).emptyClusterPolicy(EmptyClusterPolicy.FAIL).build();
    DenseMatrix near = DenseMatrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
    String m = assertThrows(IllegalStateException.class, () -> new KMeans().fit(near, p)).getMessage();
    assertThat(m, containsString("cluster 1 became empty"));
  }

  @Test
  public void givenFarthestPointPolicy_whenAClusterEmpties_thenKStaysAndTheFarthestRowMoves() {
    KMeansParams p = KMeansParams.builder(2).init(InitMethod.GIVEN).refinement(Refinement.NONE)
        .initialCenters(new double[][] {{0, 0}, {100, 100}}).build();
    DenseMatrix near = DenseMatrix.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {3, 3}});
    KMeansResult r = new KMeans().fit(near, p);
    assertEquals(2, r.clusterSizes().length);
    assertEquals(1, r.clusterSizes()[1]);
    assertEquals(1, r.labels()[3]);
  }
}
