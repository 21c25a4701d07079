package org.clustermodels.weka;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * {@link DendrogramPicture} on the bundled ARFFs: the files are a real PNG and a well-formed SVG, every row is a
 * labelled leaf, and the coloured clusters of the cut have the sizes SciPy's Ward tree gives (from the oracle
 * file, computed here from its linkage matrix). Bad options fail with a message naming the option, writing nothing.
 */
public class DendrogramPictureTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path resource(String name) throws Exception {
    Path file = tmp.getRoot().toPath().resolve(name);
    try (InputStream in = DendrogramPictureTest.class.getResourceAsStream("/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(svg.toFile());
  }

  /** The text of every {@code <text>} inside the {@code <g class="...">} groups, in document order. */
  private static List<String> texts(Document doc, String groupClass) {
    List<String> out = new ArrayList<>();
    NodeList groups = doc.getElementsByTagNameNS(SVG_NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (groupClass.equals(g.getAttribute("class"))) {
        NodeList t = g.getElementsByTagNameNS(SVG_NS, "text");
        for (int j = 0; j < t.getLength(); j++) {
          out.add(t.item(j).getTextContent());
        }
      }
    }
    return out;
  }

  /** The cluster sizes the legend lists ("Cluster c (s rows)"), sorted. */
  private static int[] legendSizes(Document doc) {
    Pattern p = Pattern.compile("Cluster \\d+ \\((\\d+) rows?\\)");
    List<Integer> sizes = new ArrayList<>();
    for (String t : texts(doc, "legend")) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        sizes.add(Integer.parseInt(m.group(1)));
      }
    }
    return sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** The sizes of the k clusters of a SciPy linkage matrix cut below its last k - 1 merges, sorted. */
  private static int[] scipyClusterSizes(JsonNode linkage, int k) {
    int n = linkage.size() + 1;
    int firstKept = n - k; // merges 0 .. n-k-1 are below the cut
    List<Integer> sizes = new ArrayList<>();
    for (int t = firstKept; t < n - 1; t++) {
      for (int side = 0; side < 2; side++) {
        int id = linkage.get(t).get(side).asInt();
        if (id < n) {
          sizes.add(1);
        } else if (id - n < firstKept) {
          sizes.add(linkage.get(id - n).get(3).asInt());
        }
      }
    }
    return sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static void assertPng(Path png, int width, int height) throws Exception {
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull("not a readable PNG", image);
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
  }

  @Test
  public void usArrestsWardPictureShowsEveryRowAndScipysFourClusters() throws Exception {
    Path arff = resource("usarrests.arff");
    Path png = tmp.getRoot().toPath().resolve("tree.png");
    Path svg = tmp.getRoot().toPath().resolve("tree.svg");
    List<Path> written = DendrogramPicture.run(new String[] {
        "-t", arff.toString(), "-png", png.toString(), "-svg", svg.toString(), "-L", "ward", "-N", "4"});
    assertEquals(List.of(png, svg), written);

    assertPng(png, 960, 640);
    Document doc = parse(svg);
    List<String> labels = texts(doc, "labels");
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(Integer.toString(i));
    }
    assertEquals(50, labels.size());
    assertEquals(rows, labels.stream().sorted((a, b) -> Integer.parseInt(a) - Integer.parseInt(b)).toList());

    JsonNode oracle;
    try (InputStream in = DendrogramPictureTest.class.getResourceAsStream("/oracles/usarrests.raw.json")) {
      oracle = new ObjectMapper().readTree(in);
    }
    int[] expected = scipyClusterSizes(oracle.at("/agglomerative/scipy/methods/ward/linkage"), 4);
    assertEquals(50, Arrays.stream(expected).sum());
    assertArrayEquals(expected, legendSizes(doc));
  }

  @Test
  public void irisLeavesShowRowAndClassForAll150Rows() throws Exception {
    Path arff = resource("iris.arff");
    Path svg = tmp.getRoot().toPath().resolve("iris.svg");
    DendrogramPicture.run(new String[] {"-t", arff.toString(), "-c", "last", "-svg", svg.toString(), "-N", "3"});

    Instances data = DataSource.read(arff.toString());
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < data.numInstances(); i++) {
      expected.add(i + " " + data.attribute(data.numAttributes() - 1).value((int) data.instance(i)
          .value(data.numAttributes() - 1)));
    }
    List<String> labels = new ArrayList<>(texts(parse(svg), "labels"));
    assertEquals(150, labels.size());
    labels.sort(null);
    expected.sort(null);
    assertEquals(expected, labels);
  }

  private void assertFails(String expectedInMessage, String... args) {
    try {
      DendrogramPicture.run(args);
      fail("no exception for " + Arrays.toString(args));
    } catch (Exception e) {
      assertTrue(e.getMessage(), e.getMessage().contains(expectedInMessage));
    }
  }

  @Test
  public void badOptionsAreNamedAndNothingIsWritten() throws Exception {
    String arff = resource("usarrests.arff").toString();
    Path out = tmp.getRoot().toPath().resolve("out.png");
    assertFails("-t <file>", "-png", out.toString());
    assertFails("-png <file>", "-t", arff);
    assertFails("-svg", "-t", arff, "-png", out.toString(), "-svg",
        tmp.getRoot().toPath().resolve("missing").resolve("x.svg").toString());
    assertFails("-c 9", "-t", arff, "-c", "9", "-png", out.toString());
    assertFails("-c x", "-t", arff, "-c", "x", "-png", out.toString());
    assertFails("-N 60", "-t", arff, "-N", "60", "-png", out.toString());
    assertFalse(Files.exists(out));
    try (var files = Files.list(tmp.getRoot().toPath())) {
      assertEquals(List.of("usarrests.arff"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  public void unknownClustererOptionIsRejectedByWeka() throws Exception {
    String arff = resource("usarrests.arff").toString();
    Path out = tmp.getRoot().toPath().resolve("out.png");
    try {
      DendrogramPicture.run(new String[] {"-t", arff, "-png", out.toString(), "-bogus", "3"});
      fail("unknown option accepted");
    } catch (Exception e) {
      assertTrue(e.getMessage(), e.getMessage().contains("-bogus"));
    }
    assertFalse(Files.exists(out));
  }

  @Test
  public void usageListsThePictureAndClustererOptions() {
    String usage = DendrogramPicture.usage();
    for (String option : new String[] {"-t <file>", "-c <index>", "-png <file>", "-svg <file>", "-L <", "-N <num>",
        "-cut-height <height>"}) {
      assertTrue(option + " missing from\n" + usage, usage.contains(option));
    }
  }
}
