package org.clustermodels.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.progress.ProgressMonitor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;

/** The agglomerative command end to end, in-process, on the bundled data; expectations from the oracles. */
public class AgglomerativeCommandTest {
  static final List<String> USARRESTS_COLUMNS = List.of("Murder", "Assault", "UrbanPop", "Rape");
  private static final List<String> LINKAGES = List.of("single", "complete", "average", "weighted", "centroid",
      "median", "ward");

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  static String usarrests(String ext) {
    return CliRun.resource("/usarrests." + ext).toString();
  }

  static CliRun ok(String... args) {
    CliRun r = CliRun.run(args);
    assertEquals(r.toString(), 0, r.code);
    return r;
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The state names, read with String.split (independent of the reader under test). */
  static List<String> stateNames() throws IOException {
    List<String> lines = Files.readAllLines(CliRun.resource("/usarrests.csv"), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      names.add(line.split(",")[0]);
    }
    return names;
  }

  /** Checks the shape common to both tree commands: fields, types, sizes; returns the linkage. */
  static double[][] checkTreeJson(JsonNode json, String coefficient, boolean labels, int n) {
    double[][] z = checkTreeJsonFields(json, coefficient, labels, n);
    assertTrue(json.get(coefficient).isNumber());
    return z;
  }

  /** As {@link #checkTreeJson}, but the coefficient may be null (undefined for the tree). */
  static double[][] checkTreeJsonFields(JsonNode json, String coefficient, boolean labels, int n) {
    List<String> fields = new ArrayList<>(List.of("algorithm", "n", "d", "columns", "linkage", "heights",
        "cophenetic_correlation", coefficient));
    if (labels) {
      fields.add("labels");
    }
    fields.add("timing");
    assertEquals(fields, fieldNames(json));
    assertEquals(List.of("read_seconds", "fit_seconds"), fieldNames(json.get("timing")));
    assertTrue(json.get("timing").get("read_seconds").doubleValue() >= 0);
    assertTrue(json.get("timing").get("fit_seconds").doubleValue() >= 0);
    assertEquals(n, json.get("n").intValue());
    JsonNode linkage = json.get("linkage");
    assertEquals(n - 1, linkage.size());
    assertEquals(n - 1, json.get("heights").size());
    for (int t = 0; t < n - 1; t++) {
      JsonNode row = linkage.get(t);
      assertEquals(4, row.size());
      assertTrue(row.toString(), row.get(0).isInt() && row.get(1).isInt() && row.get(3).isInt());
      assertTrue(row.toString(), row.get(2).isNumber());
      assertEquals("heights are in merge order", row.get(2).doubleValue(), json.get("heights").get(t).doubleValue(),
          0);
    }
    return TreeReference.linkage(linkage);
  }

  @Test
  public void jsonHasExactlyTheDocumentedFields() {
    JsonNode plain = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "ward").json();
    checkTreeJson(plain, "agglomerative_coefficient", false, 50);
    assertEquals("auto takes the vector method for Ward on 4 columns", "agglomerative-ward-euclidean-vector",
        plain.get("algorithm").textValue());
    assertEquals(4, plain.get("d").intValue());
    assertEquals(USARRESTS_COLUMNS, List.of(CliRun.JSON.convertValue(plain.get("columns"), String[].class)));
    assertTrue(plain.get("cophenetic_correlation").isDouble());

    JsonNode cut = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "average", "--metric", "manhattan",
        "--cut-height", "100").json();
    checkTreeJson(cut, "agglomerative_coefficient", true, 50);
    assertEquals("agglomerative-average-manhattan-matrix", cut.get("algorithm").textValue());
  }

  /** The whole merge sequence, the cophenetic correlation and R's agglomerative coefficient, for every linkage. */
  @Test
  public void usarrestsZscoreEqualsScipyForEveryLinkage() {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/usarrests.zscore.json"));
    for (String linkage : LINKAGES) {
      JsonNode expected = oracle.get("agglomerative").get("scipy").get("methods").get(linkage);
      JsonNode json = ok("agglomerative", "-i", usarrests("csv"), "--linkage", linkage, "--standardize", "zscore")
          .json();
      double[][] z = checkTreeJson(json, "agglomerative_coefficient", false, 50);
      double[][] scipy = TreeReference.linkage(expected.get("linkage"));
      for (int t = 0; t < z.length; t++) {
        String where = linkage + " merge " + t;
        assertEquals(where, scipy[t][0], z[t][0], 0);
        assertEquals(where, scipy[t][1], z[t][1], 0);
        assertEquals(where, scipy[t][2], z[t][2], 1e-9 * scipy[t][2]);
        assertEquals(where, scipy[t][3], z[t][3], 0);
      }
      double r = expected.get("cophenetic_correlation").doubleValue();
      assertEquals(linkage, r, json.get("cophenetic_correlation").doubleValue(), 1e-9 * r);
      if (linkage.equals("average")) {
        double ac = oracle.get("divisive").get("r_agnes_average").get("ac").doubleValue();
        assertEquals(ac, json.get("agglomerative_coefficient").doubleValue(), 1e-9 * ac);
      }
    }
  }

  @Test
  public void cutByCountGivesKClustersNumberedByFirstRow() {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/usarrests.zscore.json"));
    double[][] scipy = TreeReference.linkage(oracle.get("agglomerative").get("scipy").get("methods").get("ward")
        .get("linkage"));
    JsonNode json = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "ward", "--standardize", "zscore",
        "--cut-k", "4").json();
    int[] labels = KMeansCommandTest.ints(json.get("labels"));
    assertEquals(50, labels.length);
    int seen = 0;
    for (int label : labels) {
      assertTrue("numbered by first row: " + label + " after " + seen + " labels", label <= seen);
      seen = Math.max(seen, label + 1);
    }
    assertEquals(4, seen);
    assertArrayEquals(TreeReference.cutByCount(scipy, 4), labels);
  }

  @Test
  public void cutByHeightKeepsTheMergesUpToTheHeight() {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/usarrests.zscore.json"));
    double[][] scipy = TreeReference.linkage(oracle.get("agglomerative").get("scipy").get("methods")
        .get("complete").get("linkage"));
    double h = scipy[44][2]; // merge 45 is kept, merge 46 (higher) is not: 50 - 45 = 5 clusters
    JsonNode json = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "complete", "--standardize", "zscore",
        "--cut-height", Double.toString(h)).json();
    int[] labels = KMeansCommandTest.ints(json.get("labels"));
    assertArrayEquals(TreeReference.cutByHeight(scipy, h), labels);
    assertEquals(5, Arrays.stream(labels).max().getAsInt() + 1);
    JsonNode above = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "complete", "--cut-height", "1e9")
        .json();
    for (JsonNode l : above.get("labels")) {
      assertEquals("a cut above the root is one cluster", 0, l.intValue());
    }
  }

  @Test
  public void newickHasEveryStateAsALeaf() throws IOException {
    Path nwk = tmp.getRoot().toPath().resolve("tree.nwk");
    CliRun r = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "average", "--standardize", "zscore",
        "--newick", nwk.toString());
    assertTrue(r.err, r.err.contains("clustermodels: note: the tree's leaves are named by column 'state'"));
    List<String> leaves = TreeReference.newickLeaves(Files.readString(nwk, StandardCharsets.UTF_8));
    assertEquals(50, leaves.size());
    List<String> expected = new ArrayList<>();
    for (String state : stateNames()) {
      expected.add(state.replace(" ", ""));
    }
    List<String> sorted = new ArrayList<>(leaves);
    sorted.sort(null);
    expected.sort(null);
    assertEquals(expected, sorted);
    assertTrue("the JSON still goes to stdout", r.json().has("linkage"));
  }

  @Test
  public void leafNamesComeFromANameColumnElseTheFirstTextColumnElseRowNumbers() throws IOException {
    Path dir = tmp.getRoot().toPath();
    Path nwk = dir.resolve("t.nwk");
    Path named = dir.resolve("named.csv");
    Files.writeString(named, "group,x,Name\ng1,0,alpha\ng1,1,beta\ng2,5,\ng2,7,delta\n");
    ok("agglomerative", "-i", named.toString(), "--linkage", "single", "--newick", nwk.toString());
    List<String> leaves = TreeReference.newickLeaves(Files.readString(nwk));
    leaves.sort(null);
    assertEquals("the Name column; row 3's missing name is its row number", List.of("3", "alpha", "beta", "delta"),
        leaves);

    Path text = dir.resolve("text.arff");
    Files.writeString(text, "@relation r\n@attribute x numeric\n@attribute kind {a,b}\n@attribute tag string\n"
        + "@data\n0,a,'first one'\n1,b,second\n9,a,third\n");
    ok("agglomerative", "-i", text.toString(), "--linkage", "single", "--newick", nwk.toString());
    assertEquals("(a:8.000000,(a:1.000000,b:1.000000):7.000000);\n", Files.readString(nwk));

    Path numbers = dir.resolve("numbers.csv");
    Files.writeString(numbers, "x,y\n0,0\n0,1\nNA,NA\n10,10\n");
    CliRun r = ok("agglomerative", "-i", numbers.toString(), "--linkage", "single", "--missing", "skip-row",
        "--newick", nwk.toString(), "--cut-k", "2");
    assertEquals("1-based data row numbers; row 3 is left out",
        "(4:13.453624,(1:1.000000,2:1.000000):12.453624);\n", Files.readString(nwk));
    assertTrue(r.err, r.err.contains("named by data row number"));
    JsonNode json = r.json();
    assertEquals(3, json.get("n").intValue());
    assertEquals("[0,0,null,1]", json.get("labels").toString());
  }

  /** SVG and PNG: written, well-formed, the states named, the clusters in the legend, the default size. */
  @Test
  public void picturesAreWritten() throws Exception {
    Path dir = tmp.getRoot().toPath();
    Path svg = dir.resolve("usarrests.svg");
    Path png = dir.resolve("usarrests.png");
    ok("agglomerative", "-i", usarrests("csv"), "--linkage", "ward", "--standardize", "zscore", "--cut-k", "4",
        "--svg", svg.toString(), "--png", png.toString());
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getTagName());
    for (String state : stateNames()) {
      assertTrue(state, text.contains(">" + state + "<"));
    }
    assertTrue(text, text.contains("4 clusters"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(960, image.getWidth());
    assertEquals(600, image.getHeight());

    Path small = dir.resolve("small.png");
    ok("agglomerative", "-i", usarrests("csv"), "--linkage", "average", "--png", small.toString(), "--max-leaves",
        "10", "--svg", svg.toString());
    assertTrue(Files.size(small) > 0);
    assertTrue("truncated to 10 leaves", Files.readString(svg).contains("the last 9 of 49 merges are drawn"));
  }

  @Test
  public void csvAndArffGiveTheSameTree() {
    ObjectNode csv = (ObjectNode) ok("agglomerative", "-i", usarrests("csv"), "--linkage", "centroid").json();
    ObjectNode arff = (ObjectNode) ok("agglomerative", "-i", usarrests("arff"), "--linkage", "centroid").json();
    csv.remove("timing");
    arff.remove("timing");
    assertEquals(csv, arff);
  }

  @Test
  public void outputFilesAndNoCophenetic() throws IOException {
    Path dir = tmp.getRoot().toPath();
    Path json = dir.resolve("out.json");
    Path nwk = dir.resolve("out.nwk");
    CliRun r = ok("agglomerative", "-i", usarrests("csv"), "--linkage", "single", "--no-cophenetic", "-o",
        json.toString(), "--newick", nwk.toString());
    assertEquals("", r.out);
    assertEquals(List.of("out.json", "out.nwk"), KMeansCommandTest.listing(dir));
    JsonNode written = CliRun.readJson(json);
    assertTrue(written.get("cophenetic_correlation").isNull());
    assertEquals(49, written.get("linkage").size());
  }

  /**
   * --method vector: the same tree as the matrix method (tie-free data), with the cophenetic correlation computed
   * by the command line since the vector fit has no distance matrix; where the core has no vector algorithm, its
   * refusal.
   */
  @Test
  public void vectorMethodGivesTheMatrixTree() {
    for (String linkage : List.of("single", "ward", "centroid", "median")) {
      JsonNode vector = ok("agglomerative", "-i", usarrests("csv"), "--linkage", linkage, "--method", "vector")
          .json();
      JsonNode matrix = ok("agglomerative", "-i", usarrests("csv"), "--linkage", linkage, "--method", "matrix")
          .json();
      assertEquals("agglomerative-" + linkage + "-euclidean-vector", vector.get("algorithm").textValue());
      double[][] a = TreeReference.linkage(vector.get("linkage"));
      double[][] b = TreeReference.linkage(matrix.get("linkage"));
      for (int t = 0; t < a.length; t++) {
        assertArrayEquals(linkage + " merge " + t, b[t], a[t], 1e-9 * b[t][2]);
      }
      double r = matrix.get("cophenetic_correlation").doubleValue();
      assertEquals(linkage, r, vector.get("cophenetic_correlation").doubleValue(), 1e-9);
    }
    CliRun refused = CliRun.run("agglomerative", "-i", usarrests("csv"), "--linkage", "average", "--method",
        "vector");
    assertEquals(refused.toString(), Main.EXIT_BAD_INPUT, refused.code);
    assertEquals(refused.toString(), 1, refused.errLines().length);
    assertTrue(refused.err, refused.err.contains("not for average linkage"));
  }

  /** When the distances do not fit in memory, the cophenetic correlation is null, with a note that says why. */
  @Test
  public void copheneticIsLeftOutWhenTheDistancesDoNotFit() {
    double[] values = {0, 0, 1, 0, 5, 5};
    DenseMatrix x = DenseMatrix.ofRowMajor(3, 2, values);
    Dendrogram tree = Dendrogram.of(new int[] {0, 2}, new int[] {1, 3}, new double[] {1, Math.sqrt(41)});
    List<String> notes = new ArrayList<>();
    Double none = Cophenetic.correlation(tree, x, DistanceMetric.EUCLIDEAN, 1, ProgressMonitor.none(),
        MemoryCheck.fixed(10), notes::add);
    assertEquals(null, none);
    assertEquals(1, notes.size());
    assertTrue(notes.get(0), notes.get(0).startsWith("cophenetic_correlation is null: the cophenetic correlation"));
    assertTrue(notes.get(0), notes.get(0).contains("only 10 bytes are available"));
    assertTrue(notes.get(0), notes.get(0).contains("--no-cophenetic"));
    Double r = Cophenetic.correlation(tree, x, DistanceMetric.EUCLIDEAN, 1, ProgressMonitor.none(),
        MemoryCheck.fixed(1 << 20), notes::add);
    // distances 1, sqrt(50), sqrt(41); cophenetic 1, sqrt(41), sqrt(41): Pearson correlation written out
    double[] d = {1, Math.sqrt(50), Math.sqrt(41)};
    double[] c = {1, Math.sqrt(41), Math.sqrt(41)};
    assertEquals(Reference.pearson(d, c), r, 1e-12);
  }



  /**
   * Between two steps, no percentage is printed twice: the core reports each of wine's 177 merges, into the 50
   * percentage points of the merge phase.
   */
  @Test
  public void progressIsOneLinePerPercentAtMost() {
    CliRun r = ok("agglomerative", "-i", CliRun.resource("/wine.csv").toString(), "--linkage", "average",
        "--progress");
    assertTrue(r.err, r.err.contains("clustermodels: progress 100% "));
    String previous = null;
    int lines = 0;
    for (String line : r.errLines()) {
      if (line.startsWith("clustermodels: progress ")) {
        String percent = line.split(" ")[2];
        assertFalse("repeated " + percent + " in\n" + r.err, percent.equals(previous));
        previous = percent;
        lines++;
      } else {
        previous = null; // a step or a note
      }
    }
    assertTrue(r.err, lines > 10);
  }
}
