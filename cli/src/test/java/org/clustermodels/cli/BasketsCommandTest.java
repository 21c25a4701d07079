package org.clustermodels.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The baskets command end to end, in-process: trees worked out by hand on a small shop, the zoo's traits against
 * a direct average-linkage computation, and the zoo's animals against SciPy ({@code oracles/zoo.jaccard.json}).
 */
public class BasketsCommandTest {
  private static final List<String> FIELDS = List.of("algorithm", "n", "d", "columns", "cluster", "names",
      "linkage", "heights", "cophenetic_correlation", "agglomerative_coefficient");
  /** The shop's five baskets (the first five lines of {@link BasketJaccardTest#SHOP}). */
  private static final String SHOP = "bread, butter\nbutter, bread, milk\nmilk, beer\nbeer, chips\n"
      + "chips, beer, chips\n";
  /** The same baskets as a 0/1 table. */
  private static final String SHOP_TABLE = "basket,bread,butter,milk,beer,chips\n"
      + "B1,1,1,0,0,0\nB2,1,1,1,0,0\nB3,0,0,1,1,0\nB4,0,0,0,1,1\nB5,0,0,0,1,1\n";

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path file(String name, String content) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String zoo() {
    return CliRun.resource("/zoo.csv").toString();
  }

  private static JsonNode run(String... args) {
    JsonNode json = AgglomerativeCommandTest.ok(args).json();
    List<String> fields = new ArrayList<>(FIELDS);
    if (json.has("labels")) {
      fields.add("labels");
    }
    fields.add("timing");
    assertEquals(fields, AgglomerativeCommandTest.fieldNames(json));
    return json;
  }

  private static List<String> strings(JsonNode array) {
    return List.of(CliRun.JSON.convertValue(array, String[].class));
  }

  private static void assertLinkage(double[][] expected, JsonNode linkage) {
    double[][] z = TreeReference.linkage(linkage);
    assertEquals(expected.length, z.length);
    for (int t = 0; t < z.length; t++) {
      assertArrayEquals("merge " + t, expected[t], z[t], 1e-15);
    }
  }

  /**
   * Items: bread = {B1, B2}, butter = {B1, B2}, milk = {B2, B3}, beer = {B3, B4, B5}, chips = {B4, B5}. By hand:
   * bread + butter at 0 (id 5); beer + chips at 1 - 2/3 (id 6); milk joins 5 at the mean of d(milk, bread) and
   * d(milk, butter), both 1 - 1/3 (id 7); 6 and 7 meet at the mean of their 6 pairs, five at 1 and
   * d(milk, beer) = 3/4: 23/24. Cut into 2: {bread, butter, milk}, {beer, chips}.
   */
  @Test
  public void itemTreeOfASmallShopWorkedOutByHand() throws IOException {
    double[][] expected = {{0, 1, 0, 2}, {3, 4, 1.0 / 3, 2}, {2, 5, 2.0 / 3, 3}, {6, 7, 23.0 / 24, 5}};
    JsonNode json = run("baskets", "-i", file("shop.txt", SHOP).toString(), "--transactions", "--cut-k", "2");
    assertEquals("agglomerative-average-jaccard-matrix", json.get("algorithm").textValue());
    assertEquals("items", json.get("cluster").textValue());
    assertEquals(5, json.get("n").intValue());
    assertEquals(5, json.get("d").intValue());
    assertEquals(List.of("bread", "butter", "milk", "beer", "chips"), strings(json.get("names")));
    assertEquals(List.of("1", "2", "3", "4", "5"), strings(json.get("columns")));
    assertLinkage(expected, json.get("linkage"));
    assertEquals("[0,0,0,1,1]", json.get("labels").toString());

    JsonNode table = run("baskets", "-i", file("shop.csv", SHOP_TABLE).toString(), "--cut-k", "2");
    assertEquals(List.of("bread", "butter", "milk", "beer", "chips"), strings(table.get("names")));
    assertEquals(List.of("B1", "B2", "B3", "B4", "B5"), strings(table.get("columns")));
    assertLinkage(expected, table.get("linkage"));
    assertEquals(json.get("labels"), table.get("labels"));
    assertEquals(json.get("cophenetic_correlation"), table.get("cophenetic_correlation"));
  }

  /**
   * Baskets: B4 = B5 merge at 0 (id 5); B1 + B2 at 1 - 2/3 (id 6); B3 joins 5 at d(B3, B4) = d(B3, B5) = 1 - 1/3
   * (id 7); 6 and 7 at the mean of 1, 1, 1, d(B2, B3) = 3/4, 1, 1: 23/24.
   */
  @Test
  public void basketTreeOfASmallShopWorkedOutByHand() throws IOException {
    double[][] expected = {{3, 4, 0, 2}, {0, 1, 1.0 / 3, 2}, {2, 5, 2.0 / 3, 3}, {6, 7, 23.0 / 24, 5}};
    JsonNode json = run("baskets", "-i", file("shop.txt", SHOP).toString(), "--transactions", "--cluster",
        "baskets", "--cut-height", "0.7");
    assertEquals("baskets", json.get("cluster").textValue());
    assertEquals(List.of("1", "2", "3", "4", "5"), strings(json.get("names")));
    assertEquals(List.of("bread", "butter", "milk", "beer", "chips"), strings(json.get("columns")));
    assertLinkage(expected, json.get("linkage"));
    assertEquals("[0,0,1,1,1]", json.get("labels").toString());
  }

  /** Single and complete linkage on the shop's items, by hand from the same distances. */
  @Test
  public void otherLinkagesOnTheShopWorkedOutByHand() throws IOException {
    String shop = file("shop.txt", SHOP).toString();
    // single: milk joins {bread, butter} at 2/3; {beer, chips} joins at d(milk, beer) = 3/4
    assertLinkage(new double[][] {{0, 1, 0, 2}, {3, 4, 1.0 / 3, 2}, {2, 5, 2.0 / 3, 3}, {6, 7, 3.0 / 4, 5}},
        run("baskets", "-i", shop, "--transactions", "--linkage", "single").get("linkage"));
    // complete: the last two clusters are 1 apart (bread and chips share no basket)
    assertLinkage(new double[][] {{0, 1, 0, 2}, {3, 4, 1.0 / 3, 2}, {2, 5, 2.0 / 3, 3}, {6, 7, 1, 5}},
        run("baskets", "-i", shop, "--transactions", "--linkage", "complete").get("linkage"));
  }

  /** Two empty baskets are at 0 from each other and 1 from every other basket; a note names them. */
  @Test
  public void emptyBasketsJoinLastAtHeightOne() throws IOException {
    CliRun r = AgglomerativeCommandTest.ok("baskets", "-i", file("shop.txt", BasketJaccardTest.SHOP).toString(),
        "--transactions", "--cluster", "baskets");
    JsonNode json = r.json();
    assertEquals(List.of("1", "2", "3", "4", "5", "7", "8"), strings(json.get("names")));
    double[][] z = TreeReference.linkage(json.get("linkage"));
    double[] root = z[z.length - 1];
    assertEquals(1.0, root[2], 0);
    List<TreeSet<Integer>> children = List.of(new TreeSet<>(TreeReference.rowsUnder(z, (int) root[0])),
        new TreeSet<>(TreeReference.rowsUnder(z, (int) root[1])));
    assertTrue(children.toString(), children.contains(new TreeSet<>(List.of(5, 6))));
    assertTrue(r.err, r.err.contains("clustermodels: note: baskets with no items (2): 7, 8; their Jaccard "
        + "distance is 0 to each other and 1 to every other basket (0/0 taken as 0, as SciPy does)"));
  }

  /** --missing skip-row leaves the basket out: a null label when baskets are clustered, in no item's set else. */
  @Test
  public void basketsWithMissingValuesCanBeLeftOut() throws IOException {
    String gap = file("gap.csv", "name,a,b,c\nx,1,1,0\ny,1,,1\nz,0,1,1\nw,1,1,0\n").toString();
    CliRun baskets = AgglomerativeCommandTest.ok("baskets", "-i", gap, "--missing", "skip-row", "--cluster",
        "baskets", "--cut-k", "2");
    assertEquals("[0,null,1,0]", baskets.json().get("labels").toString());
    assertEquals(List.of("x", "z", "w"), strings(baskets.json().get("names")));
    assertTrue(baskets.err, baskets.err.contains("skipped 1 row(s) with missing values; their labels are null"));
    CliRun items = AgglomerativeCommandTest.ok("baskets", "-i", gap, "--missing", "skip-row", "--cut-k", "2");
    assertEquals(List.of("x", "z", "w"), strings(items.json().get("columns")));
    // a = {x, w}, b = {x, z, w}, c = {z}: a and b are closest (2 of 3)
    assertEquals("[0,0,1]", items.json().get("labels").toString());
    assertTrue(items.err, items.err.contains("skipped 1 row(s) with missing values; they are in no item's set"));
  }

  /** SVG and PNG: well-formed, every item named, the cut's clusters counted in items, the default size. */
  @Test
  public void picturesNameTheItems() throws Exception {
    Path dir = tmp.newFolder("out").toPath();
    Path svg = dir.resolve("shop.svg");
    Path png = dir.resolve("shop.png");
    run("baskets", "-i", file("shop.txt", SHOP).toString(), "--transactions", "--cut-k", "2", "--svg",
        svg.toString(), "--png", png.toString());
    assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
        .getDocumentElement().getTagName());
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    for (String item : List.of("bread", "butter", "milk", "beer", "chips")) {
      assertTrue(item, text.contains(">" + item + "<"));
    }
    for (String part : List.of(">5 items<", ">Cluster 0 (3 items)<", ">Cluster 1 (2 items)<", ">Item<",
        ">Jaccard distance (average linkage)<", "shop.txt: items, average linkage, jaccard")) {
      assertTrue(part, text.contains(part));
    }
    assertEquals(960, Pngs.read(png).getWidth());
    assertEquals(600, Pngs.read(png).getHeight());
    assertEquals(List.of("shop.png", "shop.svg"), KMeansCommandTest.listing(dir));
  }

  /** The zoo's 0/1 columns, read with String.split (independent of the readers under test). */
  private static List<int[]> zooColumns(List<String> names) throws IOException {
    List<String> lines = Files.readAllLines(CliRun.resource("/zoo.csv"), StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).split(","));
    List<int[]> columns = new ArrayList<>();
    for (String name : names) {
      int c = header.indexOf(name);
      int[] values = new int[lines.size() - 1];
      for (int i = 1; i < lines.size(); i++) {
        values[i - 1] = Integer.parseInt(lines.get(i).split(",")[c]);
      }
      columns.add(values);
    }
    return columns;
  }

  /** Average linkage done directly: the closest pair by the mean of its leaf distances, O(n^3). */
  private static List<String> averageLinkageMerges(double[][] d) {
    List<TreeSet<Integer>> clusters = new ArrayList<>();
    for (int i = 0; i < d.length; i++) {
      clusters.add(new TreeSet<>(List.of(i)));
    }
    List<String> merges = new ArrayList<>();
    while (clusters.size() > 1) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          double sum = 0;
          for (int i : clusters.get(a)) {
            for (int j : clusters.get(b)) {
              sum += d[i][j];
            }
          }
          double mean = sum / (clusters.get(a).size() * clusters.get(b).size());
          if (mean < best) {
            best = mean;
            bestA = a;
            bestB = b;
          }
        }
      }
      TreeSet<Integer> merged = new TreeSet<>(clusters.get(bestA));
      merged.addAll(clusters.remove(bestB));
      clusters.set(bestA, merged);
      merges.add(String.format("%.12f %s", best, merged));
    }
    return merges;
  }

  /** The 15 traits, each the set of animals that have it, against average linkage computed directly. */
  @Test
  public void zooTraitsEqualADirectAverageLinkage() throws IOException {
    JsonNode json = run("baskets", "-i", zoo());
    List<String> traits = strings(json.get("names"));
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/zoo.jaccard.json"));
    assertEquals(strings(oracle.get("attributes")), traits);
    assertEquals(101, json.get("d").intValue());
    List<int[]> columns = zooColumns(traits);
    double[][] d = new double[traits.size()][traits.size()];
    for (int a = 0; a < d.length; a++) {
      for (int b = 0; b < d.length; b++) {
        int both = 0;
        int either = 0;
        for (int i = 0; i < columns.get(a).length; i++) {
          both += columns.get(a)[i] & columns.get(b)[i];
          either += columns.get(a)[i] | columns.get(b)[i];
        }
        d[a][b] = 1 - both / (double) either;
      }
    }
    double[][] z = TreeReference.linkage(json.get("linkage"));
    List<String> ours = new ArrayList<>();
    for (int t = 0; t < z.length; t++) {
      ours.add(String.format("%.12f %s", z[t][2], new TreeSet<>(TreeReference.rowsUnder(z, d.length + t))));
    }
    assertEquals(averageLinkageMerges(d), ours);
  }

  /**
   * The 101 animals against SciPy: with only 51 distinct distances the merge order is tied, so (as the oracle's
   * README says) the sorted heights and the cophenetic correlation are compared, for every linkage.
   */
  @Test
  public void zooAnimalsEqualScipy() {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/zoo.jaccard.json"));
    for (String linkage : List.of("single", "complete", "average", "weighted")) {
      JsonNode expected = oracle.get("agglomerative").get(linkage);
      JsonNode json = run("baskets", "-i", zoo(), "--cluster", "baskets", "--linkage", linkage);
      assertEquals(101, json.get("n").intValue());
      assertEquals(strings(oracle.get("attributes")), strings(json.get("columns")));
      assertEquals("aardvark", json.get("names").get(0).textValue());
      double[] heights = CliRun.JSON.convertValue(json.get("heights"), double[].class);
      Arrays.sort(heights);
      double[] scipy = CliRun.JSON.convertValue(expected.get("heights_sorted"), double[].class);
      assertArrayEquals(linkage, scipy, heights, 1e-12);
      double r = expected.get("cophenetic_correlation").doubleValue();
      assertEquals(linkage, r, json.get("cophenetic_correlation").doubleValue(), 1e-12);
    }
  }

  @Test
  public void csvAndArffGiveTheSameAnimalTree() {
    JsonNode csv = run("baskets", "-i", zoo(), "--cluster", "baskets");
    JsonNode arff = run("baskets", "-i", CliRun.resource("/zoo.arff").toString(), "--cluster", "baskets");
    assertEquals(csv.get("linkage"), arff.get("linkage"));
    assertEquals(csv.get("columns"), arff.get("columns"));
  }

  /** 101 animals: drawn truncated to --max-leaves (default 50), the collapsed clusters counted in baskets. */
  @Test
  public void animalPictureIsTruncated() throws IOException {
    Path svg = tmp.getRoot().toPath().resolve("animals.svg");
    run("baskets", "-i", zoo(), "--cluster", "baskets", "--cut-k", "7", "--svg", svg.toString());
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.contains("101 baskets; the last 49 of 100 merges are drawn, (m) marks a cluster of m baskets"));
    assertTrue(text.contains(">7 clusters<"));
    assertTrue(text.contains(">animal<"));
    assertTrue(text.contains(">scorpion<"));
  }
}
