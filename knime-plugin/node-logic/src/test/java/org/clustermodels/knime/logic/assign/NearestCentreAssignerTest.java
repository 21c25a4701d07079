package org.clustermodels.knime.logic.assign;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.RowEncoder;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

public class NearestCentreAssignerTest {
  private static final List<String> COLUMNS = List.of("x", "y");
  private static final List<String> LABELS = List.of("a", "b", "c");

  private static NearestCentreAssigner assigner(MissingValuePolicy policy, double[] fill, DistanceMetric metric) {
    return NearestCentreAssigner.of(RowEncoder.of(COLUMNS, policy, fill), ColumnScaling.none(2),
        new double[][] {{0, 0}, {10, 0}, {0, 10}}, LABELS, metric);
  }

  @Test
  public void givenARowNearTheSecondCentre_whenAssigned_thenItGetsThatLabelAndItsEuclideanDistance() {
    RowAssignment a = assigner(MissingValuePolicy.FAIL, null, DistanceMetric.EUCLIDEAN).assign("r", new double[] {
        7, 4});
    assertEquals(1, a.cluster());
    assertEquals("b", a.label());
    assertEquals(5.0, a.distance(), 0); // 3-4-5 triangle
    assertNull(a.outlier());
    assertArrayEquals(new Object[] {"b", 5.0}, a.cells(false));
  }

  @Test
  public void givenARowEquallyFarFromTwoCentres_whenAssigned_thenTheLowerIndexWins() {
    RowAssignment a = assigner(MissingValuePolicy.FAIL, null, DistanceMetric.EUCLIDEAN).assign("r", new double[] {
        5, -1});
    assertEquals("a", a.label());
  }

  @Test
  public void givenTheManhattanMetric_whenAssigned_thenTheDistanceIsTheSumOfAbsoluteDifferences() {
    RowAssignment a = assigner(MissingValuePolicy.FAIL, null, DistanceMetric.MANHATTAN).assign("r", new double[] {
        1, 8});
    assertEquals("c", a.label());
    assertEquals(1 + 2, a.distance(), 0);
  }

  @Test
  public void givenAMissingValue_whenThePolicySkipsRows_thenTheRowIsNotAssignedAndItsCellsAreMissing() {
    RowAssignment a = assigner(MissingValuePolicy.SKIP_ROWS, null, DistanceMetric.EUCLIDEAN).assign("r",
        new double[] {1, Double.NaN});
    assertSame(RowAssignment.NOT_ASSIGNED, a);
    assertFalse(a.isAssigned());
    assertArrayEquals(new Object[] {null, null, null}, a.cells(true));
  }

  @Test
  public void givenAMissingValue_whenThePolicyFillsMeans_thenTheTrainingMeanStandsIn() {
    RowAssignment a = assigner(MissingValuePolicy.MEAN, new double[] {9, 1}, DistanceMetric.EUCLIDEAN).assign("r",
        new double[] {Double.NaN, 1});
    assertEquals("b", a.label());
    assertEquals(Math.sqrt(1 + 1), a.distance(), 0);
  }

  @Test
  public void givenAnInfiniteValue_whenAssigned_thenTheMessageNamesRowKeyAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> assigner(MissingValuePolicy.MEAN, new double[] {0, 0}, DistanceMetric.EUCLIDEAN).assign("Row9",
            new double[] {1, Double.POSITIVE_INFINITY}));
    assertTrue(e.getMessage(), e.getMessage().startsWith("Row \"Row9\", column \"y\": the value Infinity"));
  }

  @Test
  public void givenACosineModel_whenARowOfZerosIsAssigned_thenTheMessageNamesTheRow() {
    NearestCentreAssigner a = NearestCentreAssigner.of(RowEncoder.of(COLUMNS, MissingValuePolicy.FAIL, null),
        ColumnScaling.none(2), new double[][] {{1, 0}, {0, 1}}, List.of("a", "b"), DistanceMetric.COSINE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.assign("Row3", new double[] {0, 0}));
    assertEquals("Row \"Row3\": its cosine distance to the centre of a is undefined (e.g. the cosine distance of "
        + "a row of zeros).", e.getMessage());
  }

  @Test
  public void givenAnOutlierRule_whenAssigned_thenRowsBeyondTheirClustersThresholdAreFlagged() {
    CentreModel m = assigner(MissingValuePolicy.FAIL, null, DistanceMetric.EUCLIDEAN).model()
        .withOutlierRule(0.9, new double[] {1, 2, 3});
    NearestCentreAssigner a = NearestCentreAssigner.of(m);
    assertEquals(Boolean.FALSE, a.assign("r", new double[] {10, 2}).outlier()); // distance 2 = threshold
    assertEquals(Boolean.TRUE, a.assign("r", new double[] {10, 2.5}).outlier());
    assertEquals(Boolean.TRUE, a.assign("r", new double[] {0.5, 1}).outlier());
  }

  /** Against a direct computation: z-scored rows, brute force over the centres with plain loops. */
  @Property(tries = 50)
  void theNearestCentreAndDistanceMatchADirectComputation(@ForAll @IntRange(min = 1, max = 6) int k,
      @ForAll @IntRange(min = 1, max = 4) int d, @ForAll boolean manhattan, @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = rnd.nextDouble(-5, 5);
      sd[j] = rnd.nextDouble(0.1, 3);
    }
    double[][] centres = new double[k][d];
    String[] labels = new String[k];
    for (int c = 0; c < k; c++) {
      labels[c] = "cluster_" + c;
      for (int j = 0; j < d; j++) {
        centres[c][j] = rnd.nextDouble(-2, 2);
      }
    }
    List<String> cols = java.util.stream.IntStream.range(0, d).mapToObj(j -> "c" + j).toList();
    DistanceMetric metric = manhattan ? DistanceMetric.MANHATTAN : DistanceMetric.EUCLIDEAN;
    NearestCentreAssigner a = NearestCentreAssigner.of(RowEncoder.of(cols, MissingValuePolicy.FAIL, null),
        ColumnScaling.of(Scaling.ZSCORE, mean, sd), centres, List.of(labels), metric);
    for (int t = 0; t < 20; t++) {
      double[] row = new double[d];
      double[] z = new double[d];
      for (int j = 0; j < d; j++) {
        row[j] = rnd.nextDouble(-10, 10);
        z[j] = (row[j] - mean[j]) / sd[j];
      }
      int best = 0;
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int j = 0; j < d; j++) {
          double diff = z[j] - centres[c][j];
          s += manhattan ? Math.abs(diff) : diff * diff;
        }
        double dist = manhattan ? s : Math.sqrt(s);
        if (dist < bestDistance) {
          best = c;
          bestDistance = dist;
        }
      }
      RowAssignment r = a.assign("r" + t, row);
      assertEquals(best, r.cluster());
      assertEquals(labels[best], r.label());
      assertEquals(bestDistance, r.distance(), 1e-12 * Math.max(1, bestDistance));
    }
  }

  /** A k-means model as plain data assigns its training rows exactly as the core's fit labelled them. */
  @Test
  public void givenACoreKMeansFit_whenItsTrainingRowsAreAssigned_thenLabelsAndDistancesAreBitIdentical() {
    SplittableRandom rnd = new SplittableRandom(5);
    double[][] rows = new double[300][7];
    for (double[] row : rows) {
      for (int j = 0; j < 7; j++) {
        row[j] = rnd.nextGaussian() * (j + 1) + (rnd.nextBoolean() ? 4 : 0);
      }
    }
    KMeansResult fit = new KMeans().fit(DenseMatrix.of(rows), KMeansParams.builder(4).seed(3).restarts(3)
        .standardization(Standardization.ZSCORE).build());
    List<String> labels = List.of("cluster_0", "cluster_1", "cluster_2", "cluster_3");
    List<String> columns = List.of("p", "q", "r", "s", "t", "u", "v"); // more than 4: the kernel's partial sums
    NearestCentreAssigner a = NearestCentreAssigner.of(RowEncoder.of(columns, MissingValuePolicy.FAIL, null),
        ColumnScaling.of(fit.model().scaler()), fit.centers(), labels, DistanceMetric.EUCLIDEAN);
    int[] expectedLabels = fit.labels();
    double[] expectedDistances = fit.distances();
    for (int i = 0; i < rows.length; i++) {
      RowAssignment r = a.assign("Row" + i, rows[i]);
      assertEquals(expectedLabels[i], r.cluster());
      assertEquals(expectedDistances[i], r.distance(), 0);
    }
  }
}
