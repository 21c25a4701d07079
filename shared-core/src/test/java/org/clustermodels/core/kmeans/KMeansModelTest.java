package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/** The fitted model: scaling kept with it, centres in original units, new rows, anomaly scores. */
public class KMeansModelTest {

  @Test
  public void givenZscoreFit_whenCentersInOriginalUnits_thenTheyAreTheClusterMeansOfTheRawRows() {
    DenseMatrix raw = OracleData.load("wine", "raw").matrix();
    KMeansResult r = new KMeans().fit(raw, KMeansParams.builder(3).seed(3).standardization(Standardization.ZSCORE)
        .build());
    int[] labels = r.labels();
    double[][] expected = new double[3][raw.cols()];
    int[] counts = new int[3];
    for (int i = 0; i < raw.rows(); i++) {
      counts[labels[i]]++;
      for (int j = 0; j < raw.cols(); j++) {
        expected[labels[i]][j] += raw.get(i, j);
      }
    }
    double[][] centers = r.centersOriginalUnits();
    for (int c = 0; c < 3; c++) {
      for (int j = 0; j < raw.cols(); j++) {
        assertEquals(expected[c][j] / counts[c], centers[c][j], 1e-9 * Math.abs(expected[c][j] / counts[c]));
      }
    }
  }

  @Test
  public void givenTrainingRows_whenAssigned_thenLabelsAndDistancesAreTheFitsOwn() {
    DenseMatrix raw = OracleData.load("iris", "raw").matrix();
    KMeansResult r = new KMeans().fit(raw, KMeansParams.builder(3).seed(5).standardization(Standardization.MINMAX)
        .build());
    Assignment a = r.model().assign(raw);
    assertArrayEquals(r.labels(), a.labels());
    assertArrayEquals(r.distances(), a.distances(), 1e-12);
    double sse = 0;
    for (double dist : a.distances()) {
      sse += dist * dist;
    }
    assertEquals(r.inertia(), sse, 1e-9 * r.inertia());
  }

  @Test
  public void givenOneRowAtATime_whenNearest_thenTheFitsLabelsAndBadValuesNamed() {
    DenseMatrix raw = OracleData.load("wine", "raw").matrix();
    for (Standardization s : Standardization.values()) {
      KMeansResult r = new KMeans().fit(raw, KMeansParams.builder(4).seed(2).standardization(s).build());
      for (int i = 0; i < raw.rows(); i++) {
        assertEquals(s + " row " + i, r.labels()[i], r.model().nearest(raw.row(i)));
      }
    }
    KMeansModel m = new KMeans().fit(raw, KMeansParams.builder(2).seed(1).build()).model();
    double[] bad = raw.row(0);
    bad[3] = Double.NaN;
    String message = assertThrows(IllegalArgumentException.class, () -> m.nearest(bad))
        .getMessage();
    assertTrue(message, message.contains("column 3"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> m.nearest(new double[2]))
        .getMessage().contains("columns"));
  }

  @Test
  public void givenAFarNewRow_whenScored_thenItIsFlaggedAndItsDistanceIsEuclideanInScaledUnits() {
    // Two clusters on a line: {0, 1, 2, 3} and {100, 101}; z-score is not used, so units are original.
    DenseMatrix data = DenseMatrix.of(new double[][] {{0}, {1}, {2}, {3}, {100}, {101}});
    KMeansResult r = new KMeans().fit(data, KMeansParams.builder(2).seed(1).build());
    int small = r.labels()[0];
    // Distances in the small cluster from its centre 1.5: 1.5, 0.5, 0.5, 1.5 -> numpy quantile(q=0.5) = 1.0.
    OutlierRule median = r.outlierRule(0.5);
    assertEquals(1.0, median.thresholds()[small], 1e-12);
    // q = 0.75 over the sorted distances {0.5, 0.5, 1.5, 1.5}: h = 2.25 -> 1.5.
    assertEquals(1.5, r.outlierRule(0.75).thresholds()[small], 1e-12);
    Assignment scored = r.model().assign(DenseMatrix.of(new double[][] {{1.6}, {-40}, {100.4}}));
    assertArrayEquals(new double[] {0.1, 41.5, 0.1}, scored.distances(), 1e-12);
    boolean[] flags = scored.outliers(r.outlierRule(1.0));
    assertFalse(flags[0]);
    assertTrue(flags[1]);
    assertFalse(flags[2]);
  }

  @Test
  public void givenConstantColumn_whenZscored_thenItBecomesZeroAndMapsBack() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{1, 7}, {2, 7}, {3, 7}, {10, 7}});
    Scaler z = Scaler.fit(Standardization.ZSCORE, data);
    DenseMatrix scaled = z.transform(data);
    for (int i = 0; i < 4; i++) {
      assertEquals(0.0, scaled.get(i, 1), 0.0);
    }
    // population sd of {1, 2, 3, 10} = sqrt(12.5); mean 4
    assertEquals((10 - 4) / Math.sqrt(12.5), scaled.get(3, 0), 1e-15);
    assertEquals(7.0, z.inverse(new double[][] {{0, 0}})[0][1], 0.0);
    Scaler minmax = Scaler.fit(Standardization.MINMAX, data);
    assertEquals(1.0, minmax.transform(data).get(3, 0), 0.0);
    assertEquals(0.0, minmax.transform(data).get(2, 1), 0.0);
  }

  @Test
  public void givenRowWeights_whenFit_thenInertiaIsWeighted() {
    // Weight 3 on row 0 equals three copies of it: the same centres and inertia.
    DenseMatrix weighted = DenseMatrix.of(new double[][] {{0, 0}, {2, 0}, {10, 10}, {12, 10}});
    DenseMatrix copies = DenseMatrix.of(new double[][] {{0, 0}, {0, 0}, {0, 0}, {2, 0}, {10, 10}, {12, 10}});
    KMeansParams p = KMeansParams.builder(2).seed(2).build();
    KMeansResult a = new KMeans().fit(weighted, new double[] {3, 1, 1, 1}, p,
        org.clustermodels.core.progress.ProgressMonitor.none());
    KMeansResult b = new KMeans().fit(copies, p);
    assertEquals(b.inertia(), a.inertia(), 1e-12);
    // cluster {0,0}x3 + {2,0}: mean 0.5, SSE 3*0.25 + 2.25 = 3; cluster {10,10},{12,10}: SSE 2
    assertEquals(5.0, a.inertia(), 1e-12);
  }
}
