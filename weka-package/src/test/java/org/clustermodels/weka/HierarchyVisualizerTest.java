package org.clustermodels.weka;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Drawable;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.gui.hierarchyvisualizer.HierarchyVisualizer;

/**
 * The graph of both hierarchical clusterers opens in Weka's dendrogram viewer as the Explorer opens it ("Visualize
 * tree": {@code new HierarchyVisualizer(graph.substring(7))} for a graph starting with "Newick:"), headless, and
 * the viewer's parsed tree holds every training row as a leaf.
 *
 * <p>The viewer has no API to its tree, so the test reads its package-private fields by reflection: the leaf count
 * {@code m_nLeafs} it lays out, and the tree {@code m_tree} (nodes with {@code m_children}, {@code m_sLabel} and the
 * drawn depth {@code m_fPosY}). The viewer swallows parse errors (it prints the stack trace), so the test also
 * fails if the viewer printed an exception.
 */
public class HierarchyVisualizerTest {

  private static Instances iris;
  private static Instances wine;

  @BeforeClass
  public static void headless() throws Exception {
    System.setProperty("java.awt.headless", "true");
    iris = load("/iris.arff");
    iris.setClassIndex(iris.numAttributes() - 1);
    wine = load("/wine.arff");
  }

  private static Instances load(String resource) throws Exception {
    try (InputStream in = HierarchyVisualizerTest.class.getResourceAsStream(resource)) {
      return new DataSource(in).getDataSet();
    }
  }

  /** The tree as the viewer parsed it. */
  private static final class Parsed {
    final int layoutLeaves;
    final List<String> labels = new ArrayList<>();
    final List<Double> leafDepths = new ArrayList<>();
    final List<Integer> leafLevels = new ArrayList<>();
    final String errors;

    Parsed(int layoutLeaves, String errors) {
      this.layoutLeaves = layoutLeaves;
      this.errors = errors;
    }
  }

  private static Object field(Object target, String name) throws Exception {
    Field f = target.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(target);
  }

  /**
   * Opens a graph as the Explorer does and walks the viewer's tree.
   *
   * @param graph the text {@link Drawable#graph()} returned
   * @return the viewer's leaves
   */
  static Parsed openInViewer(String graph) throws Exception {
    assertTrue(graph, graph.startsWith("Newick:"));
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    HierarchyVisualizer viewer;
    try {
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      viewer = new HierarchyVisualizer(graph.substring(7));
    } finally {
      System.setErr(err);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    Parsed parsed = new Parsed((Integer) field(viewer, "m_nLeafs"),
        out.contains("Exception") ? out : "");
    Object root = field(viewer, "m_tree");
    if (root == null) {
      return parsed;
    }
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {root, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      Object[] children = (Object[]) field(top[0], "m_children");
      if (children == null) {
        parsed.labels.add((String) field(top[0], "m_sLabel"));
        parsed.leafDepths.add((Double) field(top[0], "m_fPosY"));
        parsed.leafLevels.add((Integer) top[1]);
      } else {
        for (Object child : children) {
          assertNotNull("a node without a child", child);
          stack.push(new Object[] {child, (Integer) top[1] + 1});
        }
      }
    }
    return parsed;
  }

  /**
   * Every training row is a leaf: the viewer lays out n leaves, labelled 0..n-1 (the 0-based row numbers the
   * graph uses), each once. For a monotone tree (no merge below its children, as the branch lengths then sum to
   * the heights) every leaf is drawn at the same depth: the root's height plus the viewer's length 1 for the root.
   */
  private static void assertEveryLeaf(AbstractClusterModelsHierarchical c, Instances data) throws Exception {
    c.buildClusterer(data);
    Parsed p = openInViewer(c.graph());
    int n = data.numInstances();
    assertEquals("the viewer printed an error", "", p.errors);
    assertEquals(n, p.layoutLeaves);
    assertEquals(n, p.labels.size());
    TreeSet<Integer> rows = new TreeSet<>();
    for (String label : p.labels) {
      rows.add(Integer.valueOf(label));
    }
    assertEquals("each row once", n, rows.size());
    assertEquals(0, (int) rows.first());
    assertEquals(n - 1, (int) rows.last());

    double[][] z = c.linkageMatrix();
    if (monotone(z, n)) {
      double expected = 1.0 + z[n - 2][2];
      for (int i = 0; i < n; i++) {
        // each branch length is rounded to 6 decimals
        double tolerance = (p.leafLevels.get(i) + 1) * 5e-7;
        assertEquals("depth of leaf " + p.labels.get(i), expected, p.leafDepths.get(i), tolerance);
      }
    }
  }

  private static boolean monotone(double[][] z, int n) {
    for (double[] merge : z) {
      for (int side = 0; side < 2; side++) {
        int child = (int) merge[side];
        if (child >= n && z[child - n][2] > merge[2]) {
          return false;
        }
      }
    }
    return true;
  }

  private static ClusterModelsAgglomerative agglomerative(String... options) throws Exception {
    ClusterModelsAgglomerative c = new ClusterModelsAgglomerative();
    c.setOptions(options);
    return c;
  }

  private static ClusterModelsDivisive divisive(String... options) throws Exception {
    ClusterModelsDivisive c = new ClusterModelsDivisive();
    c.setOptions(options);
    return c;
  }

  @Test
  public void agglomerativeEveryLinkageOnIris() throws Exception {
    // iris has duplicate rows: merges at height 0, written as 0.000000
    for (String linkage : List.of("single", "complete", "average", "weighted", "centroid", "median", "ward")) {
      assertEveryLeaf(agglomerative("-L", linkage, "-N", "3"), iris);
    }
  }

  @Test
  public void agglomerativeOnWineCutByHeight() throws Exception {
    assertEveryLeaf(agglomerative("-L", "ward", "-cut-height", "500", "-scaling", "none"), wine);
    assertEveryLeaf(agglomerative("-L", "complete", "-metric", "manhattan", "-scaling", "zscore"), wine);
  }

  @Test
  public void divisiveBothMethods() throws Exception {
    assertEveryLeaf(divisive("-method", "diana", "-N", "3"), iris);
    assertEveryLeaf(divisive("-method", "bisecting-kmeans", "-N", "3"), iris);
    assertEveryLeaf(divisive("-method", "diana", "-scaling", "zscore"), wine);
  }

  /** A chain (each row joins the tree of all earlier rows) is as deep as a tree gets. */
  @Test
  public void deepSingleLinkageChain() throws Exception {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x"));
    Instances chain = new Instances("chain", attributes, 300);
    double x = 0;
    for (int i = 0; i < 300; i++) {
      x += 1 + i * 0.01; // gaps grow: single linkage adds one row per merge
      chain.add(new DenseInstance(1.0, new double[] {x}));
    }
    ClusterModelsAgglomerative c = agglomerative("-L", "single");
    assertEveryLeaf(c, chain);
    int deepest = openInViewer(c.graph()).leafLevels.stream().mapToInt(Integer::intValue).max().orElse(0);
    assertEquals(299, deepest);
  }

  /** The leaf walk sees what the viewer loses: a third child, a row after an exponent, a failed parse. */
  @Test
  public void theLeafWalkSeesLostLeavesAndParseErrors() throws Exception {
    Parsed p = openInViewer("Newick:((0:1.0,1:1.0,2:1.0):1.0,3:2.0);");
    assertEquals(3, p.labels.size());
    assertFalse(p.labels.contains("2"));
    // an inner length in exponent notation: the viewer stops scanning at the 'E' and silently loses row 2
    Parsed exponent = openInViewer("Newick:((0:1.0,1:1.0):1.0E-7,2:2.0);");
    assertEquals("", exponent.errors);
    assertFalse(exponent.labels.toString(), exponent.labels.contains("2"));
    // an unreadable length: the viewer prints the exception and keeps no tree
    Parsed broken = openInViewer("Newick:((0:x,1:1.0):1.0,2:2.0);");
    assertTrue("the swallowed exception is seen", broken.errors.contains("NumberFormatException"));
    assertEquals(0, broken.layoutLeaves);
  }
}
