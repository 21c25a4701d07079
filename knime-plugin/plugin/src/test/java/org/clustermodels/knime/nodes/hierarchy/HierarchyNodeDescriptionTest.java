package org.clustermodels.knime.nodes.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices.Item;
import org.clustermodels.knime.logic.hierarchy.HierarchyOutputs;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The node descriptions of the two hierarchical nodes as KNIME reads them from the jar: next to the compiled
 * factory, KNIME's v4.1 namespace, the icon (16x16), the two dialog tabs with one option per dialog option whose
 * text names every value the dialog offers (the minimum cluster size and the clustered data port name the two
 * columns it appends), and the ports and view of the node contract. Reads files only.
 */
public class HierarchyNodeDescriptionTest {
  private static final String NS = "http://knime.org/node/v4.1";
  private static final Path BASE = Paths.get(System.getProperty("plugin.basedir", "."));
  private static final Path CLASSES = Paths.get(System.getProperty("plugin.classes", "target/classes"));
  private static final String PACKAGE = "org/clustermodels/knime/nodes/hierarchy/";

  /** The options every hierarchical node's dialog has after its own, with the values each offers. */
  private static Map<String, List<? extends Item<?>>> commonOptions() {
    Map<String, List<? extends Item<?>>> options = new LinkedHashMap<>();
    options.put(HierarchyChoices.CUT_MODE, List.of());
    options.put(HierarchyChoices.CUT_COUNT, List.of());
    options.put(HierarchyChoices.CUT_HEIGHT, List.of());
    options.put(HierarchyChoices.SCALING, HierarchyChoices.scalings());
    options.put(HierarchyChoices.MISSING_VALUES, HierarchyChoices.missingValues());
    options.put(HierarchyChoices.OUTPUT_COLUMN, List.of());
    options.put(HierarchyChoices.MIN_CLUSTER_SIZE, List.of());
    options.put(HierarchyChoices.THREADS, List.of());
    return options;
  }

  private static Element description(String factory) throws Exception {
    Path compiled = CLASSES.resolve(PACKAGE + factory + ".xml");
    assertTrue("not next to the compiled factory: " + compiled, Files.isRegularFile(compiled)
        && Files.isRegularFile(CLASSES.resolve(PACKAGE + factory + ".class")));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(compiled.toFile());
    Element root = doc.getDocumentElement();
    assertEquals("knimeNode", root.getLocalName());
    assertEquals(NS, root.getNamespaceURI());
    return root;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList all = parent.getElementsByTagNameNS(NS, name);
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i).getParentNode() == parent) {
        out.add((Element) all.item(i));
      }
    }
    return out;
  }

  private static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(name + " in " + parent.getLocalName(), 1, found.size());
    return found.get(0);
  }

  /**
   * Checks one node's description.
   *
   * @param own the node's own options in dialog order, each with the values it offers (none for a number)
   */
  private static void check(String factory, String icon, String name, Map<String, List<? extends Item<?>>> own)
      throws Exception {
    Element root = description(factory);
    assertEquals("Learner", root.getAttribute("type"));
    assertEquals("./" + icon, root.getAttribute("icon"));
    BufferedImage image = ImageIO.read(CLASSES.resolve(PACKAGE + icon).toFile());
    assertNotNull(icon, image);
    assertEquals(16, image.getWidth());
    assertEquals(16, image.getHeight());
    assertEquals(name, only(root, "name").getTextContent().strip());

    List<Element> tabs = children(only(root, "fullDescription"), "tab");
    assertEquals(List.of("Options", "Columns"), tabs.stream().map(t -> t.getAttribute("name")).toList());
    Map<String, List<? extends Item<?>>> expected = new LinkedHashMap<>(own);
    expected.putAll(commonOptions());
    List<Element> options = children(tabs.get(0), "option");
    assertEquals(List.copyOf(expected.keySet()), options.stream().map(o -> o.getAttribute("name")).toList());
    for (Element option : options) {
      String text = option.getTextContent().replaceAll("\\s+", " ");
      for (Item<?> item : expected.get(option.getAttribute("name"))) {
        assertTrue(factory + ", option " + option.getAttribute("name") + " does not name \"" + item.label() + "\"",
            text.contains(item.label()));
      }
    }
    String minClusterSize = options.stream().filter(o -> o.getAttribute("name")
        .equals(HierarchyChoices.MIN_CLUSTER_SIZE)).findFirst().orElseThrow().getTextContent();
    assertNamesTheScoreColumns(factory + ", option " + HierarchyChoices.MIN_CLUSTER_SIZE, minClusterSize);
    assertEquals(List.of("Column selection"), children(tabs.get(1), "option").stream()
        .map(o -> o.getAttribute("name")).toList());

    Element ports = only(root, "ports");
    assertEquals(List.of("Data"), children(ports, "inPort").stream().map(p -> p.getAttribute("name")).toList());
    assertEquals(List.of("0 Clustered data", "1 Dendrogram model", "2 Segment profile"), children(ports, "outPort")
        .stream().map(p -> p.getAttribute("index") + " " + p.getAttribute("name")).toList());
    assertNamesTheScoreColumns(factory + ", port 0", children(ports, "outPort").get(0).getTextContent());
    List<Element> views = children(only(root, "views"), "view");
    assertEquals(1, views.size());
    assertEquals("0", views.get(0).getAttribute("index"));
    assertEquals("Dendrogram", views.get(0).getAttribute("name"));
  }

  /** The text names the two columns a minimum cluster size appends, by the logic's names. */
  private static void assertNamesTheScoreColumns(String where, String text) {
    for (String column : List.of(HierarchyOutputs.OUTLIER, HierarchyOutputs.ANOMALY_SCORE)) {
      assertTrue(where + " does not name the column \"" + column + "\"", text.contains("\"" + column + "\""));
    }
  }

  @Test
  public void theHierarchicalClusteringDescriptionDescribesEveryOptionAndEveryChoice() throws Exception {
    Map<String, List<? extends Item<?>>> own = new LinkedHashMap<>();
    own.put(HierarchyChoices.LINKAGE, HierarchyChoices.linkages());
    own.put(HierarchyChoices.METRIC, HierarchyChoices.metrics());
    own.put(HierarchyChoices.METHOD, HierarchyChoices.methods());
    check("AgglomerativeNodeFactory", "agglomerative.png", "Hierarchical Clustering", own);
  }

  @Test
  public void theDivisiveClusteringDescriptionDescribesEveryOptionAndEveryChoice() throws Exception {
    Map<String, List<? extends Item<?>>> own = new LinkedHashMap<>();
    own.put(HierarchyChoices.ALGORITHM, HierarchyChoices.algorithms());
    own.put(HierarchyChoices.METRIC, HierarchyChoices.metrics());
    own.put(HierarchyChoices.SPLIT, HierarchyChoices.splits());
    own.put(HierarchyChoices.RESTARTS, List.of());
    own.put(HierarchyChoices.SEED, List.of());
    check("DivisiveNodeFactory", "divisive.png", "Divisive Clustering", own);
  }

  @Test
  public void bothNodesAreRegisteredInTheCategoryInThisOrder() throws Exception {
    NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(BASE.resolve("plugin.xml").toFile()).getElementsByTagName("node");
    List<String> hierarchy = new ArrayList<>();
    Map<String, String> after = new LinkedHashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      String factory = node.getAttribute("factory-class");
      if (factory.startsWith("org.clustermodels.knime.nodes.hierarchy.")) {
        hierarchy.add(factory);
        after.put(factory, node.getAttribute("after"));
      }
    }
    String agglomerative = "org.clustermodels.knime.nodes.hierarchy.AgglomerativeNodeFactory";
    String divisive = "org.clustermodels.knime.nodes.hierarchy.DivisiveNodeFactory";
    assertEquals(List.of(agglomerative, divisive), hierarchy);
    assertEquals(agglomerative, after.get(divisive));
  }
}
