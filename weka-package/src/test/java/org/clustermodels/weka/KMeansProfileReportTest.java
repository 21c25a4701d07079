package org.clustermodels.weka;

import static org.clustermodels.weka.WekaTestData.iris;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.profile.SegmentProfile;
import org.junit.Test;
import weka.core.Instances;

/**
 * The segment profile section of {@link ClusterModelsKMeans}'s model output: the figures of the fit's clusters on
 * iris, computed here from the labels of the core's fit with the same options, and printed in the report.
 */
public class KMeansProfileReportTest {
  private static final String[] NAMES = {"Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width"};

  @Test
  public void theReportPrintsTheProfileOfTheFitsClusters() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setNumClusters(3);
    km.buildClusterer(data);
    double[][] x = new double[150][4];
    for (int i = 0; i < 150; i++) {
      for (int j = 0; j < 4; j++) {
        x[i][j] = data.instance(i).value(j);
      }
    }
    KMeansResult fit = new KMeans().fit(DenseMatrix.of(x), km.toParams());
    int[] labels = fit.labels();
    SegmentProfile profile = km.getProfile();
    assertArrayEquals(km.getClusterSizes(), profile.sizes());
    String report = km.toString();
    assertTrue(report, report.contains("Segment profile (training instances, weights not applied; SD: population "
        + "standard deviation; z = (cluster mean - overall mean) / overall SD):"));
    for (int j = 0; j < 4; j++) {
      double overall = 0;
      for (double[] row : x) {
        overall += row[j];
      }
      overall /= 150;
      double overallSq = 0;
      for (double[] row : x) {
        overallSq += (row[j] - overall) * (row[j] - overall);
      }
      double overallSd = Math.sqrt(overallSq / 150);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%10.4f%10.4f", overall, overallSd));
      for (int c = 0; c < 3; c++) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < 150; i++) {
          if (labels[i] == c) {
            sum += x[i][j];
            n++;
          }
        }
        double mean = sum / n;
        double sq = 0;
        for (int i = 0; i < 150; i++) {
          if (labels[i] == c) {
            sq += (x[i][j] - mean) * (x[i][j] - mean);
          }
        }
        double sd = Math.sqrt(sq / n);
        double z = (mean - overall) / overallSd;
        assertEquals(mean, profile.mean(c, j), 1e-12);
        assertEquals(sd, profile.sd(c, j), 1e-12);
        assertEquals(z, profile.standardizedDifference(c, j), 1e-12);
        line.append(String.format(Locale.ROOT, "%10.4f%10.4f%7.2f", mean, sd, z));
      }
      String row = String.format(Locale.ROOT, "%-12s", NAMES[j]) + line; // names padded to the longest
      assertTrue(row + "\n" + report, report.contains("\n" + row + "\n"));
    }
    // the published overall figures of iris: petal length mean 3.758, sample sd 1.7652982 (n - 1 = 149)
    assertEquals(3.758, profile.overallMean(2), 1e-12);
    assertEquals(1.7652982 * Math.sqrt(149.0 / 150), profile.overallSd(2), 5e-7);
  }

  @Test
  public void theProfileSurvivesSerialisation() throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setNumClusters(3);
    km.buildClusterer(iris());
    ClusterModelsKMeans back = WekaTestData.serialized(km);
    assertEquals(km.toString(), back.toString());
    assertEquals(km.getProfile().mean(1, 3), back.getProfile().mean(1, 3), 0);
  }
}
