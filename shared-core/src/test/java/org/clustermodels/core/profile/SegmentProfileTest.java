package org.clustermodels.core.profile;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * The segment profile against figures worked out by hand on a small table, against a direct computation written
 * out in the test, and against the published per-species means and standard deviations of iris.
 */
public class SegmentProfileTest {
  /** Six rows: a = 1, 3 | 10, 12, 14 | 100; b constant 5; c = 0, 2 | 1, 1, 1 | 4. */
  private static final double[][] TABLE = {{1, 5, 0}, {3, 5, 2}, {10, 5, 1}, {12, 5, 1}, {14, 5, 1}, {100, 5, 4}};
  private static final int[] TABLE_LABELS = {0, 0, 1, 1, 1, 2};
  private static final List<String> TABLE_COLUMNS = List.of("a", "b", "c");

  private static SegmentProfile table() {
    return SegmentProfile.of(DenseMatrix.of(TABLE), TABLE_LABELS, TABLE_COLUMNS);
  }

  @Test
  public void smallTableByHand() {
    SegmentProfile p = table();
    assertEquals(6, p.rows());
    assertEquals(3, p.numClusters());
    assertArrayEquals(new int[] {2, 3, 1}, p.sizes());
    assertEquals(0.5, p.share(1), 0);
    // a: cluster means 2, 12, 100; population sds 1, sqrt(8/3), 0
    assertEquals(2, p.mean(0, 0), 0);
    assertEquals(12, p.mean(1, 0), 0);
    assertEquals(100, p.mean(2, 0), 0);
    assertEquals(1, p.sd(0, 0), 0);
    assertEquals(Math.sqrt(8.0 / 3), p.sd(1, 0), 1e-15);
    assertEquals(0, p.sd(2, 0), 0);
    // overall a: mean 140/6; sum of squares 1 + 9 + 100 + 144 + 196 + 10000 = 10450
    double mean = 140.0 / 6;
    double sd = Math.sqrt(10450.0 / 6 - mean * mean);
    assertEquals(mean, p.overallMean(0), 1e-13);
    assertEquals(sd, p.overallSd(0), 1e-12);
    assertEquals((100 - mean) / sd, p.standardizedDifference(2, 0), 1e-13);
    // b is constant: no spread, differences 0, no separation
    assertEquals(0, p.overallSd(1), 0);
    assertEquals(0, p.standardizedDifference(0, 1), 0);
    assertEquals(0, p.separation(1), 0);
    // separation of a: between = 2 (2 - m)^2 + 3 (12 - m)^2 + (100 - m)^2, within = 2 * 1 + 3 * 8/3 + 0 = 10
    double between = 2 * Math.pow(2 - mean, 2) + 3 * Math.pow(12 - mean, 2) + Math.pow(100 - mean, 2);
    assertEquals(between / 10, p.separation(0), 1e-10);
    // c: within = 2 * 1 + 0 + 0 = 2; a separates better than c, c better than the constant b
    assertArrayEquals(new int[] {0, 2, 1}, p.mostSeparatingColumns(3));
    assertArrayEquals(new int[] {0, 2}, p.mostSeparatingColumns(2));
  }

  @Test
  public void everyFigureEqualsADirectComputation() {
    SegmentProfile p = table();
    int n = TABLE.length;
    for (int j = 0; j < 3; j++) {
      double sum = 0;
      for (double[] row : TABLE) {
        sum += row[j];
      }
      double overall = sum / n;
      double squares = 0;
      for (double[] row : TABLE) {
        squares += (row[j] - overall) * (row[j] - overall);
      }
      double overallSd = Math.sqrt(squares / n);
      for (int c = 0; c < 3; c++) {
        double s = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
          if (TABLE_LABELS[i] == c) {
            s += TABLE[i][j];
            count++;
          }
        }
        double m = s / count;
        double q = 0;
        for (int i = 0; i < n; i++) {
          if (TABLE_LABELS[i] == c) {
            q += (TABLE[i][j] - m) * (TABLE[i][j] - m);
          }
        }
        assertEquals(m, p.mean(c, j), 1e-13);
        assertEquals(Math.sqrt(q / count), p.sd(c, j), 1e-13);
        double z = overallSd == 0 ? 0 : (m - overall) / overallSd;
        assertEquals(z, p.standardizedDifference(c, j), 1e-13);
        assertEquals(z, p.standardizedDifferences()[c][j], 0);
      }
    }
  }

  /**
   * Iris by species: the means and the sample standard deviations as R prints them ({@code aggregate(. ~ Species,
   * iris, mean)} and {@code sd}, 7 significant digits), the profile's population deviations being sqrt(49/50)
   * times the sample ones (150/149 for the overall ones).
   */
  @Test
  public void irisSpeciesMatchThePublishedFigures() {
    OracleData iris = OracleData.load("iris", "raw");
    SegmentProfile p = SegmentProfile.of(iris.matrix(), iris.classLabels(), List.of("Sepal.Length",
        "Sepal.Width", "Petal.Length", "Petal.Width"));
    double[][] means = {{5.006, 3.428, 1.462, 0.246}, {5.936, 2.770, 4.260, 1.326}, {6.588, 2.974, 5.552, 2.026}};
    double[][] sampleSds = {{0.3524897, 0.3790644, 0.1736640, 0.1053856},
        {0.5161711, 0.3137983, 0.4699110, 0.1977527}, {0.6358796, 0.3224966, 0.5518947, 0.2746501}};
    double[] overallMeans = {5.843333, 3.057333, 3.758000, 1.199333};
    double[] overallSampleSds = {0.8280661, 0.4358663, 1.7652982, 0.7622377};
    assertArrayEquals(new int[] {50, 50, 50}, p.sizes());
    for (int j = 0; j < 4; j++) {
      assertEquals(overallMeans[j], p.overallMean(j), 5e-7);
      assertEquals(overallSampleSds[j] * Math.sqrt(149.0 / 150), p.overallSd(j), 5e-7);
      for (int c = 0; c < 3; c++) {
        assertEquals(means[c][j], p.mean(c, j), 1e-12);
        assertEquals(sampleSds[c][j] * Math.sqrt(49.0 / 50), p.sd(c, j), 5e-7);
      }
    }
    // the petals separate the species far better than the sepals; sepal width least
    assertArrayEquals(new int[] {2, 3, 0, 1}, p.mostSeparatingColumns(4));
    assertTrue(p.standardizedDifference(0, 2) < -1.2);
  }

  @Test
  public void onZScoredDataTheDifferencesAreTheKMeansCentres() {
    OracleData wine = OracleData.load("wine", "raw");
    KMeansParams params = KMeansParams.builder(3).seed(1).standardization(Standardization.ZSCORE).build();
    KMeansResult fit = new KMeans().fit(wine.matrix(), null, params, ProgressMonitor.none());
    List<String> names = OracleData.strings(wine.json().get("attributes"));
    SegmentProfile p = SegmentProfile.of(wine.matrix(), fit.labels(), names);
    double[][] centres = fit.centers();
    double[][] original = fit.centersOriginalUnits();
    for (int c = 0; c < 3; c++) {
      assertEquals(fit.clusterSizes()[c], p.size(c));
      for (int j = 0; j < names.size(); j++) {
        assertEquals(centres[c][j], p.standardizedDifference(c, j), 1e-9);
        assertEquals(original[c][j], p.mean(c, j), 1e-9 * Math.abs(original[c][j]) + 1e-12);
      }
    }
  }

  @Test
  public void anEmptyClusterHasSizeZeroAndNoFigures() {
    SegmentProfile p = SegmentProfile.of(DenseMatrix.of(new double[][] {{1}, {2}, {4}}), new int[] {0, 0, 2},
        List.of("x"));
    assertEquals(3, p.numClusters());
    assertEquals(0, p.size(1));
    assertEquals(0, p.share(1), 0);
    assertTrue(Double.isNaN(p.mean(1, 0)));
    assertTrue(Double.isNaN(p.sd(1, 0)));
    assertTrue(Double.isNaN(p.standardizedDifference(1, 0)));
    assertEquals(0, p.sd(2, 0), 0);
    assertTrue(Double.isFinite(p.separation(0)));
  }

  @Test
  public void badInputIsRejectedWithTheReason() {
    DenseMatrix m = DenseMatrix.of(TABLE);
    String few = assertThrows(IllegalArgumentException.class,
        () -> SegmentProfile.of(m, new int[] {0, 1}, TABLE_COLUMNS)).getMessage();
    assertTrue(few, few.contains("2 labels for 6 rows"));
    String names = assertThrows(IllegalArgumentException.class,
        () -> SegmentProfile.of(m, TABLE_LABELS, List.of("a"))).getMessage();
    assertTrue(names, names.contains("1 names for 3 columns"));
    String negative = assertThrows(IllegalArgumentException.class,
        () -> SegmentProfile.of(m, new int[] {0, 0, -1, 1, 1, 1}, TABLE_COLUMNS)).getMessage();
    assertTrue(negative, negative.contains("row 2 has label -1"));
    DenseMatrix nan = DenseMatrix.of(new double[][] {{1}, {Double.NaN}});
    assertThrows(IllegalArgumentException.class, () -> SegmentProfile.of(nan, new int[] {0, 1}, List.of("x")));
    assertThrows(IllegalArgumentException.class, () -> table().mostSeparatingColumns(4));
  }

  @Test
  public void aProfileRestoredFromItsFiguresAnswersAsTheOriginal() {
    // column a of the table by hand: cluster means 2, 12, 100, sds 1, sqrt(8/3), 0; an empty cluster 3 at the end
    double m = 140.0 / 6;
    double s = Math.sqrt(10450.0 / 6 - m * m);
    double nan = Double.NaN;
    SegmentProfile p = SegmentProfile.ofFigures(List.of("a"), new int[] {2, 3, 1, 0}, new double[] {m},
        new double[] {s}, new double[] {2, 12, 100, nan}, new double[] {1, Math.sqrt(8.0 / 3), 0, nan});
    assertEquals(6, p.rows());
    assertEquals(4, p.numClusters());
    assertEquals((100 - m) / s, p.standardizedDifference(2, 0), 1e-13);
    assertTrue(Double.isNaN(p.standardizedDifference(3, 0)));
    double between = 2 * Math.pow(2 - m, 2) + 3 * Math.pow(12 - m, 2) + Math.pow(100 - m, 2);
    assertEquals(between / 10, p.separation(0), 1e-10);
    SegmentProfile t = table();
    int k = t.numClusters();
    int d = t.dimensions();
    double[] means = new double[k * d];
    double[] sds = new double[k * d];
    double[] overallMeans = new double[d];
    double[] overallSds = new double[d];
    for (int j = 0; j < d; j++) {
      overallMeans[j] = t.overallMean(j);
      overallSds[j] = t.overallSd(j);
      for (int c = 0; c < k; c++) {
        means[c * d + j] = t.mean(c, j);
        sds[c * d + j] = t.sd(c, j);
      }
    }
    SegmentProfile r = SegmentProfile.ofFigures(t.columns(), t.sizes(), overallMeans, overallSds, means, sds);
    assertEquals(t.columns(), r.columns());
    assertArrayEquals(t.sizes(), r.sizes());
    assertEquals(t.rows(), r.rows());
    for (int c = 0; c < k; c++) {
      assertArrayEquals(t.standardizedDifferences()[c], r.standardizedDifferences()[c], 0);
    }
    assertArrayEquals(t.mostSeparatingColumns(3), r.mostSeparatingColumns(3));
  }

  @Test
  public void figuresThatDoNotFitAreRejectedWithTheReason() {
    List<String> x = List.of("x");
    double[] one = {1};
    String lengths = assertThrows(IllegalArgumentException.class, () -> SegmentProfile.ofFigures(x,
        new int[] {1, 1}, one, one, one, new double[] {0, 0})).getMessage();
    assertTrue(lengths, lengths.contains("2 clusters x 1 columns"));
    String empty = assertThrows(IllegalArgumentException.class, () -> SegmentProfile.ofFigures(x, new int[] {0},
        one, one, one, one)).getMessage();
    assertTrue(empty, empty.contains("must be NaN"));
    String negative = assertThrows(IllegalArgumentException.class, () -> SegmentProfile.ofFigures(x,
        new int[] {2}, one, one, one, new double[] {-1})).getMessage();
    assertTrue(negative, negative.contains("sd >= 0"));
    String overall = assertThrows(IllegalArgumentException.class, () -> SegmentProfile.ofFigures(x,
        new int[] {2}, new double[] {Double.NaN}, one, one, one)).getMessage();
    assertTrue(overall, overall.contains("overall mean NaN"));
    assertThrows(IllegalArgumentException.class, () -> SegmentProfile.ofFigures(x, new int[] {-1, 2}, one, one,
        new double[] {1, 1}, new double[] {1, 1}));
  }
}
