package org.clustermodels.weka;

import static org.clustermodels.weka.KMeansAutoKTest.measurements;
import static org.clustermodels.weka.WekaTestData.assertMessage;
import static org.clustermodels.weka.WekaTestData.buildFails;
import static org.clustermodels.weka.WekaTestData.iris;
import static org.clustermodels.weka.WekaTestData.numeric;
import static org.clustermodels.weka.WekaTestData.serialized;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import weka.core.Instances;

/**
 * The most unusual training instances of {@link ClusterModelsKMeans} ({@code -outliers N}): the rows, clusters,
 * distances and outlier flags are checked against a direct computation here, from the model's centres and the
 * training rows scaled by the model's scaling (distance to the nearest centre, ranked farthest first with ties to
 * the earlier row; flagged when above the type-7 quantile of the cluster's distances).
 */
public class KMeansUnusualInstancesTest {

  private static ClusterModelsKMeans built(Instances data, String... options) throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(options);
    km.buildClusterer(data);
    return km;
  }

  /** The type-7 quantile (linear interpolation between order statistics). */
  private static double quantile(List<Double> values, double q) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }

  /** Rows 0-based, in the expected order, with their nearest centre, distance and flag. */
  private record Expected(int[] rows, int[] clusters, double[] distances, boolean[] flags) {
  }

  private static Expected direct(ClusterModelsKMeans km, double[][] original) {
    return direct(km, original, ClusterModelsKMeans.OUTLIER_QUANTILE);
  }

  private static Expected direct(ClusterModelsKMeans km, double[][] original, double q) {
    double[][] x = km.model().scaler().transform(original);
    double[][] centres = km.model().centers();
    int n = x.length;
    int[] cluster = new int[n];
    double[] distance = new double[n];
    for (int i = 0; i < n; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int c = 0; c < centres.length; c++) {
        double s = 0;
        for (int j = 0; j < x[i].length; j++) {
          s += (x[i][j] - centres[c][j]) * (x[i][j] - centres[c][j]);
        }
        if (s < best) {
          best = s;
          cluster[i] = c;
        }
      }
      distance[i] = Math.sqrt(best);
    }
    List<List<Double>> byCluster = new ArrayList<>();
    for (int c = 0; c < centres.length; c++) {
      byCluster.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      byCluster.get(cluster[i]).add(distance[i]);
    }
    boolean[] flag = new boolean[n];
    for (int i = 0; i < n; i++) {
      flag[i] = distance[i] > quantile(byCluster.get(cluster[i]), q);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> distance[a] != distance[b] ? Double.compare(distance[b], distance[a])
        : Integer.compare(a, b));
    int[] rows = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    int[] clusters = new int[n];
    double[] distances = new double[n];
    boolean[] flags = new boolean[n];
    for (int r = 0; r < n; r++) {
      clusters[r] = cluster[rows[r]];
      distances[r] = distance[rows[r]];
      flags[r] = flag[rows[r]];
    }
    return new Expected(rows, clusters, distances, flags);
  }

  private static void assertListed(Expected expected, List<ClusterModelsKMeans.UnusualInstance> listed, int count) {
    assertEquals(count, listed.size());
    for (int r = 0; r < count; r++) {
      ClusterModelsKMeans.UnusualInstance u = listed.get(r);
      assertEquals("row of rank " + (r + 1), expected.rows()[r] + 1, u.row());
      assertEquals("cluster of rank " + (r + 1), expected.clusters()[r], u.cluster());
      assertEquals("distance of rank " + (r + 1), expected.distances()[r], u.distance(), 1e-9);
      assertEquals("outlier flag of rank " + (r + 1), expected.flags()[r], u.outlier());
    }
  }

  @Test
  public void theListedRowsAndDistancesAreTheDirectComputationOnIris() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans km = built(data, "-N", "3", "-scaling", "zscore", "-S", "1", "-outliers", "10");
    Expected expected = direct(km, measurements(data));
    List<ClusterModelsKMeans.UnusualInstance> listed = km.getUnusualInstances();
    assertListed(expected, listed, 10);
    boolean anyFlagged = false;
    for (ClusterModelsKMeans.UnusualInstance u : listed) {
      anyFlagged |= u.outlier();
    }
    assertTrue("the ten farthest of 150 rows include some above their cluster's 0.99-quantile", anyFlagged);

    String report = km.toString();
    int section = report.indexOf("Most unusual training instances (the 10 farthest from their centre, "
        + "Euclidean distance in scaled units");
    assertTrue(report, section > report.indexOf("Segment profile"));
    for (int r = 0; r < 10; r++) {
      String line = String.format(Locale.ROOT, "%6d%8d%10d%14.6f%10s%n", r + 1, expected.rows()[r] + 1,
          expected.clusters()[r], expected.distances()[r], expected.flags()[r] ? "yes" : "no");
      assertTrue(line + " not in\n" + report, report.indexOf(line, section) > 0);
    }
    assertTrue(report.endsWith("\n"));
  }

  @Test
  public void unscaledFitsUseTheOriginalUnitsAndAutomaticKTheChosenFit() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans plain = built(data, "-N", "4", "-S", "2", "-outliers", "5");
    assertListed(direct(plain, measurements(data)), plain.getUnusualInstances(), 5);
    assertTrue(plain.toString().contains("Euclidean distance in original units"));

    ClusterModelsKMeans auto = built(data, "-auto-k-min", "2", "-auto-k-max", "4", "-scaling", "minmax",
        "-outliers", "7");
    assertListed(direct(auto, measurements(data)), auto.getUnusualInstances(), 7);
  }

  @Test
  public void moreThanTheRowsListsThemAll() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans km = built(data, "-N", "3", "-outliers", "1000");
    Expected expected = direct(km, measurements(data));
    assertListed(expected, km.getUnusualInstances(), 150);
    assertTrue(km.toString().contains("(the 150 farthest from their centre"));
    int[] rows = km.getUnusualInstances().stream().mapToInt(ClusterModelsKMeans.UnusualInstance::row).sorted()
        .toArray();
    for (int i = 0; i < 150; i++) {
      assertEquals(i + 1, rows[i]);
    }
  }

  @Test
  public void offByDefaultAndNoSection() throws Exception {
    ClusterModelsKMeans km = built(iris(), "-N", "3");
    assertEquals(0, km.getOutliers());
    assertTrue(km.getUnusualInstances().isEmpty());
    assertFalse(km.toString().contains("Most unusual"));
  }

  @Test
  public void rowsLeftOutByMissingSkipKeepTheirNumbers() throws Exception {
    // row 2 (1-based) has a missing value and is left out; row 5 is the farthest from its centre
    Instances data = numeric(new double[][] {{0, 0}, {Double.NaN, 1}, {0.1, 0}, {10, 10}, {0, 3}, {10.2, 10},
      {10, 10.1}});
    ClusterModelsKMeans km = built(data, "-N", "2", "-missing", "skip", "-outliers", "2");
    List<ClusterModelsKMeans.UnusualInstance> listed = km.getUnusualInstances();
    assertEquals(5, listed.get(0).row());
    assertFalse(listed.stream().anyMatch(u -> u.row() == 2));
    double[][] kept = {{0, 0}, {0.1, 0}, {10, 10}, {0, 3}, {10.2, 10}, {10, 10.1}};
    int[] input = {1, 3, 4, 5, 6, 7};
    Expected expected = direct(km, kept);
    for (int r = 0; r < 2; r++) {
      assertEquals(input[expected.rows()[r]], listed.get(r).row());
      assertEquals(expected.distances()[r], listed.get(r).distance(), 1e-9);
    }
  }

  @Test
  public void aNegativeCountIsRefusedNamingTheOption() throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(new String[] {"-outliers", "-1"});
    assertEquals(-1, km.getOutliers());
    assertMessage(buildFails(km, iris()), "-outliers", ">= 0", "got -1");
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(new String[] {"-N", "3", "-outliers", "12", "-scaling", "zscore"});
    String[] options = km.getOptions();
    assertTrue(Arrays.toString(options), Arrays.asList(options).contains("-outliers"));
    ClusterModelsKMeans copy = new ClusterModelsKMeans();
    copy.setOptions(options.clone());
    assertArrayEquals(options, copy.getOptions());
    assertEquals(12, copy.getOutliers());
  }

  @Test
  public void theListSurvivesSerialisation() throws Exception {
    ClusterModelsKMeans km = built(iris(), "-N", "3", "-outliers", "4");
    ClusterModelsKMeans copy = serialized(km);
    assertEquals(km.getUnusualInstances(), copy.getUnusualInstances());
    assertEquals(km.toString(), copy.toString());
  }

  private static int flagged(List<ClusterModelsKMeans.UnusualInstance> listed) {
    return (int) listed.stream().filter(ClusterModelsKMeans.UnusualInstance::outlier).count();
  }

  @Test
  public void anotherQuantileFlagsWhatTheDirectComputationSays() throws Exception {
    Instances data = iris();
    ClusterModelsKMeans usual = built(data, "-N", "3", "-scaling", "zscore", "-S", "1", "-outliers", "150");
    ClusterModelsKMeans median = built(data, "-N", "3", "-scaling", "zscore", "-S", "1", "-outliers", "150",
        "-outlier-quantile", "0.5");
    assertEquals(0.5, median.getOutlierQuantile(), 0);
    Expected expected = direct(median, measurements(data), 0.5);
    assertListed(expected, median.getUnusualInstances(), 150);
    // the same fit, so the same rows and distances; only the flags move
    assertEquals(usual.getUnusualInstances().stream().map(ClusterModelsKMeans.UnusualInstance::row)
        .collect(java.util.stream.Collectors.toList()), median.getUnusualInstances().stream()
        .map(ClusterModelsKMeans.UnusualInstance::row).collect(java.util.stream.Collectors.toList()));
    int atMedian = 0;
    for (boolean f : expected.flags()) {
      atMedian += f ? 1 : 0;
    }
    assertEquals(atMedian, flagged(median.getUnusualInstances()));
    // above the median of its cluster: about half of the 150 rows; above the 0.99-quantile: a few
    assertTrue(atMedian + " flagged at q = 0.5", atMedian >= 70 && atMedian <= 75);
    assertTrue(flagged(usual.getUnusualInstances()) + " flagged at q = 0.99",
        flagged(usual.getUnusualInstances()) < 10);
    assertTrue(median.toString().contains("outlier: farther out than the 0.5-quantile of its cluster's distances"));
    assertTrue(usual.toString().contains("outlier: farther out than the 0.99-quantile of its cluster's distances"));

    // q = 1 flags nothing (no row is above its cluster's largest distance), q = 0 every row but each cluster's
    // nearest (the 0-quantile is the smallest distance)
    assertEquals(0, flagged(built(data, "-N", "3", "-outliers", "150", "-outlier-quantile", "1")
        .getUnusualInstances()));
    assertEquals(150 - 3, flagged(built(data, "-N", "3", "-outliers", "150", "-outlier-quantile", "0")
        .getUnusualInstances()));
  }

  @Test
  public void theQuantileOptionRoundTripsAndDefaultsTo099() throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    assertEquals(0.99, km.getOutlierQuantile(), 0);
    km.setOptions(new String[] {"-N", "3", "-outliers", "5", "-outlier-quantile", "0.9"});
    assertEquals(0.9, km.getOutlierQuantile(), 0);
    List<String> options = Arrays.asList(km.getOptions());
    int at = options.indexOf("-outlier-quantile");
    assertTrue(options.toString(), at >= 0);
    assertEquals(0.9, Double.parseDouble(options.get(at + 1)), 0);
    ClusterModelsKMeans copy = new ClusterModelsKMeans();
    copy.setOptions(km.getOptions());
    assertEquals(0.9, copy.getOutlierQuantile(), 0);
    assertArrayEquals(km.getOptions(), copy.getOptions());
  }

  @Test
  public void aQuantileOutsideZeroToOneIsRefusedNamingTheOption() throws Exception {
    for (String q : List.of("1.5", "-0.1")) {
      ClusterModelsKMeans km = new ClusterModelsKMeans();
      km.setOptions(new String[] {"-outliers", "3", "-outlier-quantile", q});
      assertMessage(buildFails(km, iris()), "-outlier-quantile", "[0, 1]", "got " + q);
    }
  }
}
