package org.clustermodels.weka;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import weka.clusterers.Clusterer;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * The hierarchical Weka classes reproduce the reference trees on USArrests (raw, Euclidean, no class): SciPy's
 * merge heights for average and Ward linkage and R cluster::diana's heights, read from the oracle file; their
 * graph is the full tree with all 50 rows as leaves.
 */
public class HierarchicalAgreementTest {

  private static Instances usarrests() throws Exception {
    try (InputStream in = HierarchicalAgreementTest.class.getResourceAsStream("/usarrests.arff")) {
      return new DataSource(in).getDataSet();
    }
  }

  private static JsonNode oracle() throws Exception {
    try (InputStream in = HierarchicalAgreementTest.class.getResourceAsStream("/oracles/usarrests.raw.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static double[] expected(JsonNode node) {
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  private static double[] sortedHeights(AbstractClusterModelsHierarchical c) throws Exception {
    double[][] z = c.linkageMatrix();
    double[] h = new double[z.length];
    for (int t = 0; t < h.length; t++) {
      h[t] = z[t][2];
    }
    Arrays.sort(h);
    return h;
  }

  private static void assertHeights(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      double tol = 1e-9 * Math.max(1.0, Math.abs(expected[i]));
      assertEquals("height " + i, expected[i], actual[i], tol);
    }
  }

  private static ClusterModelsAgglomerative agglomerative(String linkage, Instances data) throws Exception {
    ClusterModelsAgglomerative c = new ClusterModelsAgglomerative();
    c.setOptions(new String[] {"-L", linkage, "-N", "4"});
    c.buildClusterer(data);
    return c;
  }

  @Test
  public void averageLinkageHeightsEqualSciPy() throws Exception {
    assertHeights(expected(oracle().at("/agglomerative/scipy/methods/average/heights_sorted")),
        sortedHeights(agglomerative("average", usarrests())));
  }

  @Test
  public void wardLinkageHeightsEqualSciPy() throws Exception {
    assertHeights(expected(oracle().at("/agglomerative/scipy/methods/ward/heights_sorted")),
        sortedHeights(agglomerative("ward", usarrests())));
  }

  @Test
  public void dianaHeightsEqualR() throws Exception {
    ClusterModelsDivisive c = new ClusterModelsDivisive();
    c.setOptions(new String[] {"-method", "diana", "-N", "3"});
    c.buildClusterer(usarrests());
    assertHeights(expected(oracle().at("/divisive/r_diana/heights_sorted")), sortedHeights(c));
    assertTrue(c.toString(), c.toString().contains(String.format(java.util.Locale.ROOT, "Divisive coefficient: %.6f",
        oracle().at("/divisive/r_diana/dc").asDouble())));
  }

  /** Leaves are the labels right after "(" or ","; inner nodes carry no label. */
  private static void assertAllLeaves(String graph, int n) {
    assertTrue(graph, graph.startsWith("Newick:"));
    String newick = graph.substring("Newick:".length());
    assertTrue(newick, newick.endsWith(";"));
    Matcher m = Pattern.compile("[(,]([^(),:;]+):").matcher(newick);
    TreeSet<Integer> leaves = new TreeSet<>();
    int count = 0;
    while (m.find()) {
      leaves.add(Integer.parseInt(m.group(1)));
      count++;
    }
    assertEquals(n, count);
    assertEquals(n, leaves.size());
    assertEquals(0, (int) leaves.first());
    assertEquals(n - 1, (int) leaves.last());
    // a binary tree over n leaves: n - 1 inner nodes, each with one comma between its two children
    assertEquals(n - 1, newick.chars().filter(ch -> ch == ',').count());
    assertEquals(n - 1, newick.chars().filter(ch -> ch == '(').count());
  }

  @Test
  public void graphIsTheFullTree() throws Exception {
    Instances data = usarrests();
    assertAllLeaves(agglomerative("single", data).graph(), 50);
    ClusterModelsDivisive d = new ClusterModelsDivisive();
    d.setOptions(new String[] {"-method", "bisecting-kmeans", "-N", "3"});
    d.buildClusterer(data);
    assertAllLeaves(d.graph(), 50);
  }

  private static int[] labels(Clusterer c, Instances data) throws Exception {
    int[] out = new int[data.numInstances()];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.clusterInstance(data.instance(i));
    }
    return out;
  }

  /** Cut by height at the 4-cluster level gives 4 clusters; a serialized copy assigns identically. */
  @Test
  public void cutByHeightAndSerializationRoundTrip() throws Exception {
    Instances data = usarrests();
    double[] h = sortedHeights(agglomerative("complete", data));
    // between the 4th- and 3rd-highest merge: 4 clusters
    double between = (h[h.length - 4] + h[h.length - 3]) / 2;
    ClusterModelsAgglomerative c = new ClusterModelsAgglomerative();
    c.setOptions(new String[] {"-L", "complete", "-cut-height", Double.toString(between)});
    c.buildClusterer(data);
    assertEquals(4, c.numberOfClusters());
    assertEquals(50, Arrays.stream(c.getClusterSizes()).sum());

    Clusterer copy = WekaTestData.serialized(c);
    assertEquals(Arrays.toString(labels(c, data)), Arrays.toString(labels(copy, data)));
    assertEquals(c.toString(), copy.toString());
    assertTrue(c.toString().endsWith("\n"));
  }
}
