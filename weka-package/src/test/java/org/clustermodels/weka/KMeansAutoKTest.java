package org.clustermodels.weka;

import static org.clustermodels.weka.WekaTestData.assertMessage;
import static org.clustermodels.weka.WekaTestData.buildFails;
import static org.clustermodels.weka.WekaTestData.iris;
import static org.clustermodels.weka.WekaTestData.numeric;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.junit.Test;
import weka.clusterers.AbstractClusterer;
import weka.core.Instances;

/**
 * Automatic k and the silhouette of {@link ClusterModelsKMeans}. The scores are checked against direct
 * computations written here from their definitions (silhouette, inertia, Calinski-Harabasz, Davies-Bouldin) on
 * the labels of the core's fit for each k.
 */
public class KMeansAutoKTest {

  /**
   * @param data iris
   * @return its four measurements, one row per instance
   */
  static double[][] measurements(Instances data) {
    double[][] rows = new double[data.numInstances()][4];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < 4; j++) {
        rows[i][j] = data.instance(i).value(j);
      }
    }
    return rows;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }

  private static double[][] means(double[][] x, int[] labels, int k) {
    double[][] c = new double[k][x[0].length];
    int[] size = new int[k];
    for (int i = 0; i < x.length; i++) {
      size[labels[i]]++;
      for (int j = 0; j < x[i].length; j++) {
        c[labels[i]][j] += x[i][j];
      }
    }
    for (int a = 0; a < k; a++) {
      for (int j = 0; j < c[a].length; j++) {
        c[a][j] /= size[a];
      }
    }
    return c;
  }

  /** Rousseeuw's mean silhouette, straight from the definition. */
  static double silhouette(double[][] x, int[] labels, int k) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      double[] sum = new double[k];
      int[] count = new int[k];
      for (int o = 0; o < x.length; o++) {
        if (o != i) {
          sum[labels[o]] += distance(x[i], x[o]);
          count[labels[o]]++;
        }
      }
      if (count[labels[i]] == 0) {
        continue; // s(i) = 0 for a row alone in its cluster
      }
      double a = sum[labels[i]] / count[labels[i]];
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != labels[i]) {
          b = Math.min(b, sum[c] / count[c]);
        }
      }
      total += (b - a) / Math.max(a, b);
    }
    return total / x.length;
  }

  private static double inertia(double[][] x, int[] labels, double[][] centres) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      double d = distance(x[i], centres[labels[i]]);
      s += d * d;
    }
    return s;
  }

  /** Calinski-Harabasz: (between / (k - 1)) / (within / (n - k)). */
  private static double calinskiHarabasz(double[][] x, int[] labels, int k) {
    double[][] c = means(x, labels, k);
    double[] all = means(x, new int[x.length], 1)[0];
    double between = 0;
    for (int i = 0; i < x.length; i++) {
      double d = distance(c[labels[i]], all);
      between += d * d;
    }
    return (between / (k - 1)) / (inertia(x, labels, c) / (x.length - k));
  }

  /** Davies-Bouldin: mean over clusters of the largest (s_a + s_b) / d(c_a, c_b). */
  private static double daviesBouldin(double[][] x, int[] labels, int k) {
    double[][] c = means(x, labels, k);
    double[] spread = new double[k];
    int[] size = new int[k];
    for (int i = 0; i < x.length; i++) {
      spread[labels[i]] += distance(x[i], c[labels[i]]);
      size[labels[i]]++;
    }
    for (int a = 0; a < k; a++) {
      spread[a] /= size[a];
    }
    double sum = 0;
    for (int a = 0; a < k; a++) {
      double worst = 0;
      for (int b = 0; b < k; b++) {
        if (b != a) {
          worst = Math.max(worst, (spread[a] + spread[b]) / distance(c[a], c[b]));
        }
      }
      sum += worst;
    }
    return sum / k;
  }

  private static ClusterModelsKMeans built(Instances data, String... options) throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(options);
    km.buildClusterer(data);
    return km;
  }

  @Test
  public void theScanTableHoldsEachKsScoresAndTheHighestSilhouetteIsKept() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans km = built(data, "-auto-k-min", "2", "-auto-k-max", "6", "-S", "3", "-restarts", "3");
    double[][] x = measurements(data);
    double[][] scan = km.getKScan();
    assertEquals(5, scan.length);
    int best = -1;
    double bestSilhouette = Double.NEGATIVE_INFINITY;
    KMeansResult bestFit = null;
    for (int k = 2; k <= 6; k++) {
      KMeansResult fit = new KMeans().fit(DenseMatrix.of(x), KMeansParams.builder(k).seed(3).restarts(3).build());
      int[] labels = fit.labels();
      double[] row = scan[k - 2];
      assertEquals(k, (int) row[0]);
      assertEquals("inertia, k = " + k, inertia(x, labels, means(x, labels, k)), row[1], 1e-9 * row[1]);
      double s = silhouette(x, labels, k);
      assertEquals("silhouette, k = " + k, s, row[2], 1e-12);
      assertEquals("Calinski-Harabasz, k = " + k, calinskiHarabasz(x, labels, k), row[3], 1e-9 * row[3]);
      assertEquals("Davies-Bouldin, k = " + k, daviesBouldin(x, labels, k), row[4], 1e-12);
      if (s > bestSilhouette) {
        bestSilhouette = s;
        best = k;
        bestFit = fit;
      }
    }
    assertEquals(best, km.numberOfClusters());
    assertEquals(bestSilhouette, km.getSilhouette(), 1e-12);
    assertEquals(bestFit.inertia(), km.getInertia(), 1e-9 * bestFit.inertia());
    assertArrayEquals(bestFit.clusterSizes(), km.getClusterSizes());
    String report = km.toString();
    assertTrue(report, report.contains("Automatic k over 2..6: k = " + best + " chosen"));
    assertTrue(report, report.contains(String.format(java.util.Locale.ROOT, "  * %4d", best)));
    assertTrue(report, report.contains("Calinski-Harabasz"));
    assertTrue(report, report.contains(String.format(java.util.Locale.ROOT, "exact): %.4f", bestSilhouette)));
    assertTrue(report.endsWith("\n"));
  }

  @Test
  public void theChosenFitIsTheFixedKFitForThatK() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans auto = built(data, "-auto-k-min", "3", "-auto-k-max", "5", "-scaling", "zscore", "-S", "5");
    ClusterModelsKMeans fixed = built(data, "-N", Integer.toString(auto.numberOfClusters()), "-scaling", "zscore",
        "-S", "5");
    assertEquals(fixed.getInertia(), auto.getInertia(), 0.0);
    assertEquals(fixed.getSilhouette(), auto.getSilhouette(), 0.0);
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(fixed.clusterInstance(data.instance(i)), auto.clusterInstance(data.instance(i)));
    }
    // the model (scan table included) survives Weka's copy by serialization
    weka.clusterers.Clusterer copy = AbstractClusterer.makeCopy(auto);
    assertEquals(auto.toString(), copy.toString());
  }

  @Test
  public void setNumClustersIsUsedOnlyWhileTheRangeIsOff() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setAutoKMin(2);
    km.setAutoKMax(3);
    km.setNumClusters(5);
    km.buildClusterer(data);
    assertTrue(km.numberOfClusters() == 2 || km.numberOfClusters() == 3);
    assertEquals(5, km.getNumClusters());
    km.setAutoKMin(0);
    km.setAutoKMax(0);
    km.buildClusterer(data);
    assertEquals(5, km.numberOfClusters());
    assertNull(km.getKScan());
  }

  @Test
  public void theRangeIsValidatedNamingTheOption() throws Exception {
    Instances five = numeric(new double[][] {{0}, {1}, {5}, {6}, {20}});
    String[][] bad = {
      {"-auto-k-min", "1", "-auto-k-max", "3"},
      {"-auto-k-min", "0", "-auto-k-max", "3"},
      {"-auto-k-min", "3", "-auto-k-max", "0"},
      {"-auto-k-min", "4", "-auto-k-max", "3"},
      {"-auto-k-min", "2", "-auto-k-max", "5"},
    };
    String[] named = {"-auto-k-min", "-auto-k-min", "-auto-k-max", "-auto-k-max", "-auto-k-max 5"};
    for (int t = 0; t < bad.length; t++) {
      ClusterModelsKMeans km = new ClusterModelsKMeans();
      km.setOptions(bad[t]);
      assertMessage(buildFails(km, five), named[t]);
    }
    ClusterModelsKMeans fits = built(five, "-auto-k-min", "2", "-auto-k-max", "4");
    assertEquals(3, fits.getKScan().length);
    // five rows but only three distinct ones: four non-empty clusters cannot exist
    Instances repeated = numeric(new double[][] {{0}, {0}, {1}, {1}, {7}});
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(new String[] {"-auto-k-min", "2", "-auto-k-max", "4"});
    assertMessage(buildFails(km, repeated), "-auto-k-max 4", "distinct", "(3 of 5)");
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(new String[] {"-auto-k-min", "2", "-auto-k-max", "7", "-no-silhouette", "-missing", "skip"});
    String[] options = km.getOptions();
    ClusterModelsKMeans copy = new ClusterModelsKMeans();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
    assertEquals(2, copy.getAutoKMin());
    assertEquals(7, copy.getAutoKMax());
    assertTrue(copy.getSkipSilhouette());
    assertEquals(InstancesEncoder.MISSING_SKIP, copy.getMissingValues().getSelectedTag().getID());
  }

  @Test
  public void theFixedKReportGivesTheExactSilhouette() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans km = built(data, "-N", "3", "-S", "2");
    double[][] x = measurements(data);
    KMeansResult fit = new KMeans().fit(DenseMatrix.of(x), KMeansParams.builder(3).seed(2).build());
    double expected = silhouette(x, fit.labels(), 3);
    assertEquals(expected, km.getSilhouette(), 1e-12);
    assertTrue(km.toString(), km.toString().contains(String.format(java.util.Locale.ROOT,
        "Silhouette (mean over the training instances, original units, exact): %.4f", expected)));

    km.setSkipSilhouette(true);
    km.buildClusterer(data);
    assertTrue(Double.isNaN(km.getSilhouette()));
    assertTrue(km.toString(), km.toString().contains("Silhouette: not computed (-no-silhouette)"));

    km.setSkipSilhouette(false);
    km.setNumClusters(1);
    km.buildClusterer(data);
    assertTrue(km.toString(), km.toString().contains("Silhouette: undefined for k = 1"));
  }

  /**
   * Above the exact limit the core samples; the report says so. Two tight blobs 100 apart: every row's a is
   * below 0.2 and its b above 99, so every s(i), and so any sample's mean, exceeds 0.99.
   */
  @Test
  public void aboveTheExactLimitTheReportSaysTheSilhouetteIsSampled() throws Exception {
    int n = org.clustermodels.core.kmeans.KScan.EXACT_SILHOUETTE_LIMIT + 1;
    Random random = new Random(1);
    double[][] rows = new double[n][2];
    for (int i = 0; i < n; i++) {
      rows[i][0] = (i % 2) * 100 + random.nextDouble() * 0.1;
      rows[i][1] = random.nextDouble() * 0.1;
    }
    ClusterModelsKMeans km = built(numeric(rows), "-N", "2", "-restarts", "1");
    assertTrue(km.getSilhouette() > 0.99);
    assertTrue(km.toString(), km.toString().contains("on a random sample of "
        + org.clustermodels.core.kmeans.KScan.SILHOUETTE_SAMPLE + " of the " + n + " training instances"));
    assertArrayEquals(new int[] {(n + 1) / 2, n / 2}, sorted(km.getClusterSizes()));
  }

  /**
   * When the core cannot score its sample (here the sample misses the one row of the second cluster), the fit
   * still stands and the report says why the silhouette is missing. The seed is one for which the core's sampled
   * silhouette of that partition fails.
   */
  @Test
  public void aSilhouetteTheSampleCannotGiveLeavesTheFitStanding() throws Exception {
    int n = org.clustermodels.core.kmeans.KScan.EXACT_SILHOUETTE_LIMIT + 1;
    double[][] rows = new double[n][1];
    int[] labels = new int[n];
    for (int i = 0; i < n - 1; i++) {
      rows[i][0] = (i % 100) * 0.01;
    }
    rows[n - 1][0] = 1e6;
    labels[n - 1] = 1;
    DenseMatrix x = DenseMatrix.of(rows);
    int seed = 0;
    for (boolean fails = false; !fails; ) {
      seed++;
      try {
        org.clustermodels.core.quality.Silhouette.sampled(x, labels,
            org.clustermodels.core.kmeans.KScan.SILHOUETTE_SAMPLE, seed);
      } catch (IllegalArgumentException e) {
        fails = true;
      }
    }
    ClusterModelsKMeans km = built(numeric(rows), "-N", "2", "-restarts", "1", "-S", Integer.toString(seed));
    assertArrayEquals(new int[] {n - 1, 1}, sorted(km.getClusterSizes()));
    assertTrue(Double.isNaN(km.getSilhouette()));
    assertTrue(km.toString(), km.toString().contains("Silhouette: not available ("));
  }

  private static int[] sorted(int[] values) {
    int[] s = values.clone();
    Arrays.sort(s);
    for (int i = 0; i < s.length / 2; i++) {
      int t = s[i];
      s[i] = s[s.length - 1 - i];
      s[s.length - 1 - i] = t;
    }
    return s;
  }
}
