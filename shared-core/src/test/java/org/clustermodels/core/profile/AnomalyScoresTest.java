package org.clustermodels.core.profile;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.OutlierRule;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/** Anomaly scores: the ranking and the flags recomputed from each rule in the test. */
public class AnomalyScoresTest {
  @Test
  public void kMeansScoresAreTheDistancesRankedAndFlaggedByTheQuantileRule() {
    DenseMatrix faithful = OracleData.load("faithful", "raw").matrix();
    KMeansParams params = KMeansParams.builder(2).seed(3).standardization(Standardization.ZSCORE).build();
    KMeansResult fit = new KMeans().fit(faithful, null, params, ProgressMonitor.none());
    OutlierRule rule = fit.outlierRule(0.95);
    AnomalyScores scores = AnomalyScores.of(fit, rule);
    int n = faithful.rows();
    int[] labels = fit.labels();
    double[] distances = fit.distances();
    assertEquals(n, scores.rows());

    // the threshold of each cluster: numpy's default (linear) 0.95-quantile of its distances, computed here
    int flagged = 0;
    for (int c = 0; c < 2; c++) {
      final int cluster = c;
      double[] own = java.util.stream.IntStream.range(0, n).filter(i -> labels[i] == cluster)
          .mapToDouble(i -> distances[i]).sorted().toArray();
      double h = (own.length - 1) * 0.95;
      int lo = (int) Math.floor(h);
      double threshold = own[lo] + (h - lo) * (own[Math.min(lo + 1, own.length - 1)] - own[lo]);
      for (int i = 0; i < n; i++) {
        if (labels[i] == c) {
          assertEquals("row " + i, distances[i] > threshold, scores.isOutlier(i));
          flagged += distances[i] > threshold ? 1 : 0;
        }
      }
    }
    assertEquals(flagged, scores.outlierCount());
    assertTrue("about 5 % flagged: " + flagged, flagged >= 10 && flagged <= 16);

    int[] ranking = scores.ranking();
    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, (a, b) -> distances[a] != distances[b] ? Double.compare(distances[b], distances[a])
        : Integer.compare(a, b));
    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), ranking);
    for (int r = 0; r < n; r++) {
      assertEquals(labels[ranking[r]], scores.label(ranking[r]));
      assertEquals(distances[ranking[r]], scores.distance(ranking[r]), 0);
    }
  }

  /** Points on a line: {0, 1, 2} (mean 1), {10, 11} (mean 10.5), {50}. */
  private static final DenseMatrix LINE = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {10}, {11}, {50}});
  private static final int[] LINE_LABELS = {0, 0, 0, 1, 1, 2};

  @Test
  public void smallClustersAreOutliersScoredByTheNearestRegularMean() {
    AnomalyScores two = AnomalyScores.bySmallClusters(LINE, LINE_LABELS, 2);
    assertArrayEquals(new boolean[] {false, false, false, false, false, true}, two.outliers());
    double[] byHand = {1, 0, 1, 0.5, 0.5, 39.5};
    for (int i = 0; i < byHand.length; i++) {
      assertEquals(byHand[i], two.distance(i), 1e-15);
    }
    assertArrayEquals(new int[] {5, 0, 2, 3, 4, 1}, two.ranking()); // ties to the earlier row

    AnomalyScores three = AnomalyScores.bySmallClusters(LINE, LINE_LABELS, 3);
    assertArrayEquals(new boolean[] {false, false, false, true, true, true}, three.outliers());
    assertEquals(9, three.distance(3), 1e-15); // {10, 11} no longer has a mean to measure from
    assertEquals(49, three.distance(5), 1e-15);
    assertEquals(3, three.outlierCount());

    assertEquals(0, AnomalyScores.bySmallClusters(LINE, LINE_LABELS, 1).outlierCount());
  }

  @Test
  public void badMinimumSizesAreRejected() {
    String none = assertThrows(IllegalArgumentException.class,
        () -> AnomalyScores.bySmallClusters(LINE, LINE_LABELS, 4)).getMessage();
    assertTrue(none, none.contains("no cluster has at least 4 rows (the largest has 3)"));
    String zero = assertThrows(IllegalArgumentException.class,
        () -> AnomalyScores.bySmallClusters(LINE, LINE_LABELS, 0)).getMessage();
    assertTrue(zero, zero.contains(">= 1, got 0"));
    assertThrows(IllegalArgumentException.class, () -> AnomalyScores.bySmallClusters(LINE, new int[] {0, 1}, 1));
  }
}
