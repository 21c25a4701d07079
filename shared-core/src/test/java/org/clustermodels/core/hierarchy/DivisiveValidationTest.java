package org.clustermodels.core.hierarchy;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertEquals;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;
import org.junit.Test;

/** Bad input is rejected at the boundary with a message that names the row, column or option. */
public class DivisiveValidationTest {
  private static final DenseMatrix FOUR = DenseMatrix.of(new double[][] {{0, 0}, {0, 1}, {5, 5}, {5, 6}});

  private static String failure(DenseMatrix data, DivisiveParams params) {
    return assertThrows(IllegalArgumentException.class, () -> new Divisive().fit(data, params)).getMessage();
  }

  private static String paramsFailure(DivisiveParams.Builder builder) {
    return assertThrows(IllegalArgumentException.class, builder::build).getMessage();
  }

  @Test
  public void givenNaN_whenFit_thenMessageNamesRowAndColumn() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, 0}, {1, 1}, {2, Double.NaN}});
    for (DivisiveMethod method : DivisiveMethod.values()) {
      String m = failure(data, DivisiveParams.builder(method).build());
      assertThat(m, containsString("row 2, column 1"));
      assertThat(m, containsString("NaN"));
    }
  }

  @Test
  public void givenInfinity_whenFit_thenMessageNamesRowAndColumn() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, Double.POSITIVE_INFINITY}, {1, 1}});
    assertThat(failure(data, DivisiveParams.builder(DivisiveMethod.DIANA).build()), containsString("row 0, column 1"));
  }

  @Test
  public void givenOneRow_whenFit_thenRejected() {
    DenseMatrix one = DenseMatrix.of(new double[][] {{1, 2}});
    for (DivisiveMethod method : DivisiveMethod.values()) {
      assertThat(failure(one, DivisiveParams.builder(method).build()), containsString("at least 2 rows"));
    }
    CondensedDistances single = CondensedDistances.of(new double[0]);
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new Diana().fit(single, ProgressMonitor.none())).getMessage(), containsString("at least 2 rows"));
  }

  @Test
  public void givenNoRows_whenFit_thenRejected() {
    DenseMatrix empty = DenseMatrix.ofRowMajor(0, 2, new double[0]);
    assertThat(failure(empty, DivisiveParams.builder(DivisiveMethod.DIANA).build()), containsString("no rows"));
  }

  @Test
  public void givenKAboveRows_whenFit_thenRejected() {
    String m = failure(FOUR, DivisiveParams.builder(DivisiveMethod.BISECTING_KMEANS).numClusters(5).build());
    assertThat(m, containsString("numClusters = 5"));
    assertThat(m, containsString("number of rows (4)"));
  }

  @Test
  public void givenNegativeK_whenBuildingParams_thenMessageNamesOption() {
    assertThat(paramsFailure(DivisiveParams.builder(DivisiveMethod.BISECTING_KMEANS).numClusters(-1)),
        containsString("numClusters"));
  }

  @Test
  public void givenKForDiana_whenBuildingParams_thenRejectedWithAdvice() {
    String m = paramsFailure(DivisiveParams.builder(DivisiveMethod.DIANA).numClusters(3));
    assertThat(m, containsString("BISECTING_KMEANS"));
    assertThat(m, containsString("cut"));
  }

  @Test
  public void givenBadRestartsOrThreads_whenBuildingParams_thenMessageNamesOption() {
    assertThat(paramsFailure(DivisiveParams.builder(DivisiveMethod.BISECTING_KMEANS).restarts(0)),
        containsString("restarts"));
    assertThat(paramsFailure(DivisiveParams.builder(DivisiveMethod.BISECTING_KMEANS).threads(-1)),
        containsString("threads"));
  }

  @Test
  public void givenTooManyRowsForOneArray_whenCheckingMemory_thenAdviceIsBisecting() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> DivisiveDistances.requireMemory(CondensedDistances.MAX_N + 1, MemoryCheck.runtime())).getMessage();
    assertThat(m, containsString("BISECTING_KMEANS"));
  }

  @Test
  public void givenDistancesLargerThanTheBudget_whenFittingDiana_thenMessageSaysNeededAndAvailable() {
    int n = 300;
    long needed = CondensedDistances.bytesFor(n) + 64L * n;
    DenseMatrix data = DenseMatrix.ofRowMajor(n, 1, java.util.stream.IntStream.range(0, n).asDoubleStream()
        .toArray());
    String m = assertThrows(IllegalArgumentException.class, () -> new Divisive(MemoryCheck.fixed(needed - 1))
        .fit(data, DivisiveParams.builder(DivisiveMethod.DIANA).build())).getMessage();
    assertThat(m, containsString("DIANA on 300 rows"));
    assertThat(m, containsString(MemoryCheck.bytes(needed)));
    assertThat(m, containsString(MemoryCheck.bytes(needed - 1) + " are available"));
    assertThat(m, containsString("bisecting k-means"));
    // with enough for the distances and the data copies, DIANA runs
    assertEquals(n - 1, new Divisive(MemoryCheck.fixed(needed + 8L * n * 4))
        .fit(data, DivisiveParams.builder(DivisiveMethod.DIANA).build()).dendrogram().mergeCount());
  }
}
