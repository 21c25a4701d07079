package org.clustermodels.weka;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.junit.Test;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/** The Weka class gives the core's labels and inertia on iris, also after a serialization round trip. */
public class ClusterModelsKMeansAgreementTest {

  private static Instances iris() throws Exception {
    try (InputStream in = ClusterModelsKMeansAgreementTest.class.getResourceAsStream("/iris.arff")) {
      Instances data = new DataSource(in).getDataSet();
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    }
  }

  /** The four numeric measurements, read straight from the instances (not through the encoder). */
  private static DenseMatrix measurements(Instances data) {
    double[][] rows = new double[data.numInstances()][4];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < 4; j++) {
        rows[i][j] = data.instance(i).value(j);
      }
    }
    return DenseMatrix.of(rows);
  }

  private static int[] wekaLabels(weka.clusterers.Clusterer c, Instances data) throws Exception {
    int[] labels = new int[data.numInstances()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = c.clusterInstance(data.instance(i));
    }
    return labels;
  }

  private static void checkAgainstCore(String scaling, Standardization standardization) throws Exception {
    Instances data = iris();
    ClusterModelsKMeans weka = new ClusterModelsKMeans();
    weka.setOptions(new String[] {"-N", "3", "-S", "7", "-restarts", "4", "-scaling", scaling});
    weka.buildClusterer(data);

    KMeansResult core = new KMeans().fit(measurements(data), KMeansParams.builder(3).seed(7).restarts(4)
        .standardization(standardization).threads(1).build());

    assertEquals(3, weka.numberOfClusters());
    assertArrayEquals(core.labels(), wekaLabels(weka, data));
    assertEquals(core.inertia(), weka.getInertia(), 0.0);
    assertArrayEquals(core.clusterSizes(), weka.getClusterSizes());

    ClusterModelsKMeans loaded = WekaTestData.serialized(weka);
    assertArrayEquals(core.labels(), wekaLabels(loaded, data));
    String report = loaded.toString();
    assertTrue(report, report.endsWith("\n"));
    assertTrue(report, report.contains("Petal.Length"));
  }

  /** Unscaled: the class attribute is ignored, the measurements are clustered as they are. */
  @Test
  public void sameLabelsAndInertiaAsTheCoreUnscaled() throws Exception {
    checkAgainstCore("none", Standardization.NONE);
  }

  /** Z-scored: new rows are scaled with the training means and deviations, as the core scales them. */
  @Test
  public void sameLabelsAndInertiaAsTheCoreZScored() throws Exception {
    checkAgainstCore("zscore", Standardization.ZSCORE);
  }

  /** Min-max scaled. */
  @Test
  public void sameLabelsAndInertiaAsTheCoreMinMax() throws Exception {
    checkAgainstCore("minmax", Standardization.MINMAX);
  }

  /** The options round trip through Weka's option handling, choices by their names. */
  @Test
  public void optionsRoundTrip() throws Exception {
    ClusterModelsKMeans km = new ClusterModelsKMeans();
    km.setOptions(new String[] {"-N", "5", "-S", "3", "-init", "random", "-algorithm", "elkan", "-I", "50",
        "-tolerance", "0.01", "-scaling", "minmax", "-num-slots", "2", "-restarts", "3"});
    KMeansParams p = km.toParams();
    assertEquals(5, p.numClusters());
    assertEquals(3, p.seed());
    assertEquals(org.clustermodels.core.kmeans.InitMethod.RANDOM, p.init());
    assertEquals(org.clustermodels.core.kmeans.KMeansAlgorithm.ELKAN, p.algorithm());
    assertEquals(50, p.maxIterations());
    assertEquals(0.01, p.tolerance(), 0.0);
    assertEquals(Standardization.MINMAX, p.standardization());
    assertEquals(2, p.threads());
    assertEquals(3, p.restarts());
    ClusterModelsKMeans copy = new ClusterModelsKMeans();
    copy.setOptions(km.getOptions());
    assertArrayEquals(km.getOptions(), copy.getOptions());
  }

  /** The citation comes from the core's annotations: Lloyd first, the accelerations and seeding added. */
  @Test
  public void technicalInformationCitesTheCorePapers() {
    String text = new ClusterModelsKMeans().getTechnicalInformation().toString();
    assertTrue(text, text.contains("Least squares quantization in PCM"));
    assertTrue(text, text.contains("k-means++: the advantages of careful seeding"));
    assertTrue(text, text.contains("Making k-means even faster"));
  }
}
