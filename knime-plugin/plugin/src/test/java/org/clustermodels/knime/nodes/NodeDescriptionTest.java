package org.clustermodels.knime.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clustermodels.knime.logic.kmeans.KMeansOption;
import org.clustermodels.knime.logic.quantize.QuantizerNodeSettings;
import org.clustermodels.knime.logic.quantize.QuantizerResult;
import org.clustermodels.knime.logic.quantize.QuantizerView;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The nodes registered in plugin.xml and their descriptions, as KNIME finds them: the factory's class file, the
 * description {@code <Factory>.xml} next to it (KNIME's node description v4.1) with its 16x16 icon, and the ports,
 * views and dialog options the node contract names. Reads files only; no glue class is loaded.
 */
public class NodeDescriptionTest {
  private static final Path BASE = Paths.get(System.getProperty("plugin.basedir", "."));
  private static final Path CLASSES = Paths.get(System.getProperty("plugin.classes", "target/classes"));
  private static final String NS = "http://knime.org/node/v4.1";
  private static final String KMEANS = "org.clustermodels.knime.nodes.kmeans.KMeansLearnerNodeFactory";
  private static final String ASSIGNER = "org.clustermodels.knime.nodes.assign.ClusterAssignerNodeFactory";
  private static final String QUANTIZER = "org.clustermodels.knime.nodes.quantize.ColourQuantizerNodeFactory";

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> factories() throws Exception {
    NodeList nodes = parse(BASE.resolve("plugin.xml")).getElementsByTagName("node");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getAttribute("factory-class"));
    }
    return out;
  }

  private static Path source(String factory, String suffix) {
    return BASE.resolve("src/main/java").resolve(factory.replace('.', '/') + suffix);
  }

  private static Element description(String factory) throws Exception {
    Element root = parse(source(factory, ".xml")).getDocumentElement();
    assertEquals(NS, root.getNamespaceURI());
    assertEquals("knimeNode", root.getLocalName());
    return root;
  }

  private static List<String> attributes(Element root, String element, String attribute) {
    NodeList list = root.getElementsByTagNameNS(NS, element);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(((Element) list.item(i)).getAttribute(attribute));
    }
    return out;
  }

  /** The names of the ports or views of one kind, checking that their indices are 0, 1, ... and each is described. */
  private static List<String> indexed(Element root, String element) {
    NodeList list = root.getElementsByTagNameNS(NS, element);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      assertEquals(element + " " + i, Integer.toString(i), e.getAttribute("index"));
      assertFalse(element + " " + i + " is described", e.getTextContent().isBlank());
      out.add(e.getAttribute("name"));
    }
    return out;
  }

  @Test
  public void bothNodesAreRegistered() throws Exception {
    List<String> factories = factories();
    assertTrue(factories.toString(), factories.containsAll(List.of(KMEANS, ASSIGNER, QUANTIZER)));
  }

  @Test
  public void everyRegisteredNodeHasItsClassDescriptionAndSixteenPixelIcon() throws Exception {
    for (String factory : factories()) {
      assertTrue(factory + " is compiled", Files.isRegularFile(CLASSES.resolve(factory.replace('.', '/')
          + ".class")));
      Element root = description(factory);
      for (String element : List.of("name", "shortDescription", "intro")) {
        assertFalse(factory + " " + element, root.getElementsByTagNameNS(NS, element).item(0).getTextContent()
            .isBlank());
      }
      Path icon = source(factory, ".xml").resolveSibling(root.getAttribute("icon"));
      BufferedImage image = ImageIO.read(icon.toFile());
      assertNotNull("not an image: " + icon, image);
      assertEquals(16, image.getWidth());
      assertEquals(16, image.getHeight());
      assertTrue(factory + ": icon " + icon + " is shipped", Files.isRegularFile(CLASSES.resolve(
          factory.substring(0, factory.lastIndexOf('.')).replace('.', '/')).resolve(icon.getFileName())));
    }
  }

  @Test
  public void theKMeansDescriptionHasOneOptionPerDialogOptionAndTheContractsPortsAndView() throws Exception {
    Element root = description(KMEANS);
    assertEquals("Learner", root.getAttribute("type"));
    assertEquals(List.of("Options", "Columns"), attributes(root, "tab", "name"));
    // every option once (in the dialog's order, which groups them differently from the enum)
    List<String> expected = new ArrayList<>(Arrays.stream(KMeansOption.values()).map(KMeansOption::label).toList());
    expected.add("Columns");
    List<String> described = attributes(root, "option", "name");
    assertEquals(expected.stream().sorted().toList(), described.stream().sorted().toList());
    assertEquals(List.of("Data"), indexed(root, "inPort"));
    assertEquals(List.of("Clustered data", "Cluster centres", "Model", "PMML", "Segment profile"),
        indexed(root, "outPort"));
    assertEquals(List.of("Clusters"), indexed(root, "view"));
  }

  @Test
  public void theQuantizerDescriptionNamesEveryDialogSettingNoInputTheTwoTablesWithTheirColumnsAndTheView()
      throws Exception {
    Element root = description(QUANTIZER);
    assertEquals("Source", root.getAttribute("type"));
    assertEquals(List.of("Options"), attributes(root, "tab", "name"));
    assertEquals(List.of(QuantizerNodeSettings.INPUT, QuantizerNodeSettings.NUM_COLORS,
        QuantizerNodeSettings.SAMPLE_SIZE, QuantizerNodeSettings.SEED, QuantizerNodeSettings.OUTPUT,
        QuantizerNodeSettings.PALETTE, QuantizerNodeSettings.OVERWRITE), attributes(root, "option", "name"));
    assertEquals(List.of(), indexed(root, "inPort"));
    assertEquals(List.of("Palette", "Figures"), indexed(root, "outPort"));
    NodeList out = root.getElementsByTagNameNS(NS, "outPort");
    List<List<OutputColumn>> columns = List.of(QuantizerResult.paletteColumns(), QuantizerResult.figuresColumns());
    for (int port = 0; port < 2; port++) {
      String text = out.item(port).getTextContent().replaceAll("\\s+", " ");
      for (OutputColumn c : columns.get(port)) {
        assertTrue(c.name() + " in " + text, text.contains("\"" + c.name() + "\""));
      }
    }
    assertEquals(List.of("Quantised image"), indexed(root, "view"));
    String view = root.getElementsByTagNameNS(NS, "view").item(0).getTextContent();
    for (String tab : QuantizerView.TAB_TITLES) {
      assertTrue(tab, view.contains("\"" + tab + "\""));
    }
  }

  @Test
  public void theAssignerDescriptionHasTheModelAndTheTableInAndNoOption() throws Exception {
    Element root = description(ASSIGNER);
    assertEquals("Predictor", root.getAttribute("type"));
    assertEquals(List.of(), attributes(root, "option", "name"));
    assertEquals(List.of("Model", "Data"), indexed(root, "inPort"));
    assertEquals(List.of("Assigned data"), indexed(root, "outPort"));
    assertEquals(List.of(), indexed(root, "view"));
  }

  @Test
  public void theModelPortIsRegisteredWithItsFourClasses() throws Exception {
    NodeList types = parse(BASE.resolve("plugin.xml")).getElementsByTagName("portType");
    assertEquals(1, types.getLength());
    Element t = (Element) types.item(0);
    assertEquals("org.knime.core.PortType", ((Element) t.getParentNode()).getAttribute("point"));
    assertEquals("ClusterModels model", t.getAttribute("name"));
    String port = "org.clustermodels.knime.nodes.port.ClusterModelPortObject";
    assertEquals(port, t.getAttribute("objectClass"));
    assertEquals(port + "$Serializer", t.getAttribute("objectSerializer"));
    assertEquals(port + "Spec", t.getAttribute("specClass"));
    assertEquals(port + "Spec$Serializer", t.getAttribute("specSerializer"));
    for (String a : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
      assertTrue(a, Files.isRegularFile(CLASSES.resolve(t.getAttribute(a).replace('.', '/') + ".class")));
    }
  }
}
