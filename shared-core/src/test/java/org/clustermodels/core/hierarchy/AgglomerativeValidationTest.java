package org.clustermodels.core.hierarchy;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.distance.Metric;
import org.clustermodels.core.distance.PairwiseDistances;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.TestMonitors;
import org.junit.Test;

/** Bad input is rejected at the boundary with a message that names the row, column, option or remedy. */
public class AgglomerativeValidationTest {
  private static final DenseMatrix FIVE = DenseMatrix.of(new double[][] {{0, 0}, {0, 1}, {5, 5}, {5, 7}, {9, 0}});

  private static String failure(DenseMatrix data, AgglomerativeParams params) {
    return assertThrows(IllegalArgumentException.class, () -> new Agglomerative().fit(data, params)).getMessage();
  }

  private static String paramsFailure(LinkageMethod linkage, Metric metric) {
    return assertThrows(IllegalArgumentException.class,
        () -> AgglomerativeParams.builder(linkage).metric(metric).build()).getMessage();
  }

  @Test
  public void givenWardWithManhattan_whenBuildingParams_thenTheMessageNamesBoth() {
    assertThat(paramsFailure(LinkageMethod.WARD, DistanceMetric.MANHATTAN),
        containsString("ward linkage requires the euclidean metric, got manhattan"));
    assertThat(paramsFailure(LinkageMethod.CENTROID, DistanceMetric.COSINE),
        containsString("centroid linkage requires the euclidean metric, got cosine"));
    assertThat(paramsFailure(LinkageMethod.MEDIAN, DistanceMetric.SQEUCLIDEAN),
        containsString("median linkage requires the euclidean metric, got sqeuclidean"));
  }

  @Test
  public void theFourGraphLinkagesAcceptEveryMetric() {
    DenseMatrix binary = DenseMatrix.of(new double[][] {{0, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 1}});
    for (LinkageMethod linkage : new LinkageMethod[] {LinkageMethod.SINGLE, LinkageMethod.COMPLETE,
        LinkageMethod.AVERAGE, LinkageMethod.WEIGHTED}) {
      for (DistanceMetric metric : DistanceMetric.values()) {
        AgglomerativeParams params = AgglomerativeParams.builder(linkage).metric(metric).build();
        assertEquals(3, new Agglomerative().fit(binary, params).dendrogram().mergeCount());
      }
    }
  }

  @Test
  public void givenNaN_whenFit_thenMessageNamesRowAndColumn() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, 0}, {1, 1}, {2, Double.NaN}});
    String m = failure(data, AgglomerativeParams.builder(LinkageMethod.AVERAGE).build());
    assertThat(m, containsString("row 2, column 1"));
    assertThat(m, containsString("NaN"));
  }

  @Test
  public void givenInfinity_whenFit_thenMessageNamesRowAndColumn() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, Double.POSITIVE_INFINITY}, {1, 1}});
    assertThat(failure(data, AgglomerativeParams.builder(LinkageMethod.WARD).build()),
        containsString("row 0, column 1"));
  }

  @Test
  public void givenFewerThanTwoRows_whenFit_thenRejected() {
    AgglomerativeParams params = AgglomerativeParams.builder(LinkageMethod.SINGLE).build();
    assertThat(failure(DenseMatrix.of(new double[][] {{1, 2}}), params), containsString("at least 2 rows, got 1"));
    assertThat(failure(DenseMatrix.ofRowMajor(0, 2, new double[0]), params), containsString("no rows"));
    String m = assertThrows(IllegalArgumentException.class, () -> new Agglomerative().fit(
        CondensedDistances.of(new double[0]), LinkageMethod.SINGLE, ProgressMonitor.none())).getMessage();
    assertThat(m, containsString("at least 2 rows, got 1"));
  }

  @Test
  public void givenNonBinaryDataForJaccard_whenFit_thenRowAndColumnAreNamed() {
    AgglomerativeParams params = AgglomerativeParams.builder(LinkageMethod.AVERAGE).metric(DistanceMetric.JACCARD)
        .build();
    assertThat(failure(FIVE, params), containsString("row 2, column 0 is 5.0"));
  }

  @Test
  public void givenZscoreWithJaccard_whenFit_thenTheMessageBlamesTheScaling() {
    DenseMatrix binary = DenseMatrix.of(new double[][] {{0, 1}, {1, 1}, {1, 0}});
    AgglomerativeParams params = AgglomerativeParams.builder(LinkageMethod.AVERAGE).metric(DistanceMetric.JACCARD)
        .standardization(Standardization.ZSCORE).build();
    String m = failure(binary, params);
    assertThat(m, containsString("jaccard metric needs binary data"));
    assertThat(m, containsString("no standardization"));
  }

  @Test
  public void givenTheVectorMethodWhereNoVectorAlgorithmExists_whenFit_thenTheMessageSaysWhereItExists() {
    AgglomerativeParams params = AgglomerativeParams.builder(LinkageMethod.COMPLETE)
        .method(AgglomerativeMethod.VECTOR).build();
    assertThat(failure(FIVE, params), containsString("exists for single, ward, centroid and median linkage on "
        + "euclidean distances, not for complete linkage with euclidean"));
    AgglomerativeParams manhattan = AgglomerativeParams.builder(LinkageMethod.SINGLE)
        .metric(DistanceMetric.MANHATTAN).method(AgglomerativeMethod.VECTOR).build();
    assertThat(failure(FIVE, manhattan), containsString("not for single linkage with manhattan"));
  }

  @Test
  public void givenTooLittleMemoryForTheMatrix_whenAuto_thenTheVectorMethodRunsWhereItExists() {
    DenseMatrix data = DenseMatrix.ofRowMajor(200, 1, java.util.stream.IntStream.range(0, 200)
        .mapToDouble(i -> (i * 37) % 101).toArray());
    Agglomerative small = new Agglomerative(MemoryCheck.fixed(60_000));
    AgglomerativeResult r = small.fit(data, AgglomerativeParams.builder(LinkageMethod.WARD).build());
    assertEquals(AgglomerativeMethod.VECTOR, r.method());
    assertEquals(199, r.dendrogram().mergeCount());
    assertEquals(false, r.copheneticCorrelation().isPresent());
    String m = assertThrows(IllegalArgumentException.class,
        () -> small.fit(data, AgglomerativeParams.builder(LinkageMethod.AVERAGE).build())).getMessage();
    assertThat(m, containsString("but only 60,000 bytes"));
  }

  @Test
  public void autoRunsOnTheMatrix() {
    AgglomerativeResult r = new Agglomerative().fit(FIVE,
        AgglomerativeParams.builder(LinkageMethod.AVERAGE).build());
    assertEquals(AgglomerativeMethod.MATRIX, r.method());
    assertEquals(DistanceMetric.EUCLIDEAN, r.metric().orElseThrow());
    assertEquals(LinkageMethod.AVERAGE, r.linkage());
    AgglomerativeResult manhattan = new Agglomerative().fit(FIVE, AgglomerativeParams.builder(LinkageMethod.SINGLE)
        .metric(DistanceMetric.MANHATTAN).build());
    assertEquals(AgglomerativeMethod.MATRIX, manhattan.method());
  }

  @Test
  public void autoRunsSingleAndNarrowWardOnTheVectorsWithTheCopheneticCorrelationOfTheMatrixMethod() {
    for (LinkageMethod linkage : new LinkageMethod[] {LinkageMethod.SINGLE, LinkageMethod.WARD}) {
      AgglomerativeResult auto = new Agglomerative().fit(FIVE, AgglomerativeParams.builder(linkage).build());
      AgglomerativeResult matrix = new Agglomerative().fit(FIVE, AgglomerativeParams.builder(linkage)
          .method(AgglomerativeMethod.MATRIX).build());
      assertEquals(AgglomerativeMethod.VECTOR, auto.method());
      assertEquals(matrix.copheneticCorrelation().orElseThrow(), auto.copheneticCorrelation().orElseThrow(), 1e-12);
    }
  }

  @Test
  public void autoRunsWardOnTheMatrixAboveThirtyTwoColumns() {
    assertEquals(AgglomerativeMethod.VECTOR, Agglomerative.resolve(AgglomerativeMethod.AUTO, LinkageMethod.WARD,
        DistanceMetric.EUCLIDEAN, 100, 32, MemoryCheck.fixed(1L << 30)));
    assertEquals(AgglomerativeMethod.MATRIX, Agglomerative.resolve(AgglomerativeMethod.AUTO, LinkageMethod.WARD,
        DistanceMetric.EUCLIDEAN, 100, 33, MemoryCheck.fixed(1L << 30)));
    assertEquals(AgglomerativeMethod.VECTOR, Agglomerative.resolve(AgglomerativeMethod.AUTO, LinkageMethod.WARD,
        DistanceMetric.EUCLIDEAN, 100, 33, MemoryCheck.fixed(1000)));
    assertEquals(AgglomerativeMethod.MATRIX, Agglomerative.resolve(AgglomerativeMethod.AUTO, LinkageMethod.CENTROID,
        DistanceMetric.EUCLIDEAN, 100, 2, MemoryCheck.fixed(1L << 30)));
  }

  @Test
  public void givenNegativeThreads_whenBuildingParams_thenTheOptionIsNamed() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> AgglomerativeParams.builder(LinkageMethod.SINGLE).threads(-1).build()).getMessage();
    assertThat(m, containsString("threads must be >= 0"));
  }

  @Test
  public void givenTooLittleMemory_whenFit_thenTheMessageSaysNeededAvailableAndWhatToDo() {
    DenseMatrix data = DenseMatrix.ofRowMajor(200, 1, new double[200]);
    String m = assertThrows(IllegalArgumentException.class, () -> new Agglomerative(MemoryCheck.fixed(10_000))
        .fit(data, AgglomerativeParams.builder(LinkageMethod.AVERAGE).build())).getMessage();
    assertThat(m, containsString("the distance matrix of 200 rows (19,900 distances of 8 bytes)"));
    assertThat(m, containsString("but only 10,000 bytes (9.8 KiB) are available"));
    assertThat(m, containsString("use the vector-based method"));
    assertThat(m, containsString("cluster a random sample of the rows"));
  }

  @Test
  public void givenAPrecomputedMatrix_whenItsCopyDoesNotFit_thenRejectedButSingleLinkageNeedsNoCopy() {
    CondensedDistances d = PairwiseDistances.compute(FIVE, DistanceMetric.EUCLIDEAN);
    Agglomerative tight = new Agglomerative(MemoryCheck.fixed(0));
    String m = assertThrows(IllegalArgumentException.class,
        () -> tight.fit(d, LinkageMethod.COMPLETE, ProgressMonitor.none())).getMessage();
    assertThat(m, containsString("needs"));
    assertEquals(4, tight.fit(d, LinkageMethod.SINGLE, ProgressMonitor.none()).dendrogram().mergeCount());
  }

  @Test
  public void givenMoreRowsThanTheMatrixAllows_whenFit_thenTheMessageSaysSo() {
    int n = CondensedDistances.MAX_N + 1;
    DenseMatrix data = DenseMatrix.ofRowMajor(n, 1, new double[n]);
    String m = failure(data, AgglomerativeParams.builder(LinkageMethod.AVERAGE).build());
    assertThat(m, containsString("more than one Java array holds"));
    m = failure(data, AgglomerativeParams.builder(LinkageMethod.SINGLE).method(AgglomerativeMethod.MATRIX).build());
    assertThat(m, containsString("more than one Java array holds"));
  }

  @Test
  public void givenANonSquareMatrix_whenCondensing_thenTheRowIsNamed() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> CondensedDistances.ofSquare(new double[][] {{0, 1, 2}, {1, 0}, {2, 3, 0}})).getMessage();
    assertThat(m, containsString("not square: row 2 has 2 columns, expected 3"));
  }

  @Test
  public void givenAnAsymmetricMatrix_whenCondensing_thenBothEntriesAreNamed() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> CondensedDistances.ofSquare(new double[][] {{0, 1, 2}, {1, 0, 4}, {2, 3, 0}})).getMessage();
    assertThat(m, containsString("not symmetric: row 2, column 3 is 4.0 but row 3, column 2 is 3.0"));
  }

  @Test
  public void givenANegativeDistance_whenCondensing_thenThePairIsNamed() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> CondensedDistances.ofSquare(new double[][] {{0, -1, 2}, {-1, 0, 3}, {2, 3, 0}})).getMessage();
    assertThat(m, containsString("distance between row 1 and row 2 is -1.0"));
    assertThat(m, containsString("non-negative"));
  }

  @Test
  public void aPrecomputedMatrixGivesTheSameTreeAsTheDataAndIsNotChanged() {
    CondensedDistances d = PairwiseDistances.compute(FIVE, DistanceMetric.EUCLIDEAN);
    double[] before = d.toArray();
    for (LinkageMethod linkage : LinkageMethod.values()) {
      Dendrogram fromMatrix = new Agglomerative().fit(d, linkage, ProgressMonitor.none()).dendrogram();
      Dendrogram fromData = new Agglomerative().fit(FIVE, AgglomerativeParams.builder(linkage).build())
          .dendrogram();
      assertEquals(linkage.id(), fromData, fromMatrix);
      assertArrayEquals(linkage.id(), before, d.backing(), 0.0);
    }
  }

  @Test
  public void givenACancelledMonitor_whenFit_thenCancelled() {
    ProgressMonitor cancelled = TestMonitors.cancelled();
    CondensedDistances d = PairwiseDistances.compute(FIVE, DistanceMetric.EUCLIDEAN);
    for (LinkageMethod linkage : LinkageMethod.values()) {
      assertThrows(CancelledException.class, () -> new Agglomerative().fit(FIVE,
          AgglomerativeParams.builder(linkage).build(), cancelled));
      assertThrows(CancelledException.class, () -> new Agglomerative().fit(d, linkage, cancelled));
    }
  }

  @Test
  public void linkagesAreFoundByTheirIdsAndRsMcquitty() {
    for (LinkageMethod m : LinkageMethod.values()) {
      assertEquals(m, LinkageMethod.fromId(" " + m.id().toUpperCase(java.util.Locale.ROOT)));
    }
    assertEquals(LinkageMethod.WEIGHTED, LinkageMethod.fromId("mcquitty"));
    String m = assertThrows(IllegalArgumentException.class, () -> LinkageMethod.fromId("ward.D")).getMessage();
    assertThat(m, containsString("single, complete, average, weighted, centroid, median, ward"));
  }
}
