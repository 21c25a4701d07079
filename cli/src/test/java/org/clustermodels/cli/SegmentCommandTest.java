package org.clustermodels.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The segmentation and anomaly outputs of {@code kmeans} and the tree commands: profiles against a direct
 * computation from the printed labels and the raw rows (read here with String.split), scores re-ranked and
 * re-flagged from their rules, and the pictures written with their titles, legends and sizes.
 */
public class SegmentCommandTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("out").toPath();
  }

  private static CliRun ok(String... args) {
    CliRun r = CliRun.run(args);
    assertEquals(r.toString(), Main.EXIT_OK, r.code);
    return r;
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  /** A bundled CSV's numeric columns (every column but the given non-numeric ones), by String.split. */
  private static double[][] rows(String dataset, int... skip) throws IOException {
    List<String> lines = Files.readAllLines(CliRun.resource("/" + dataset + ".csv"), StandardCharsets.UTF_8);
    double[][] x = new double[lines.size() - 1][];
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      List<Double> values = new ArrayList<>();
      for (int j = 0; j < f.length; j++) {
        final int col = j;
        if (IntStream.of(skip).noneMatch(s -> s == col)) {
          values.add(Double.parseDouble(f[j]));
        }
      }
      x[i - 1] = values.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return x;
  }

  private static int[] ints(JsonNode array) {
    return KMeansCommandTest.ints(array);
  }

  private static double[] doubles(JsonNode array) {
    double[] a = new double[array.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = array.get(i).doubleValue();
    }
    return a;
  }

  /** Mean, population sd, per cluster, of one column, and the overall ones, computed directly. */
  private record Direct(double[] mean, double[] sd, int[] size, double overallMean, double overallSd) {
    static Direct of(double[][] x, int[] labels, int k, int j) {
      double[] mean = new double[k];
      double[] sd = new double[k];
      int[] size = new int[k];
      double all = 0;
      for (int i = 0; i < x.length; i++) {
        mean[labels[i]] += x[i][j];
        size[labels[i]]++;
        all += x[i][j];
      }
      all /= x.length;
      double allSq = 0;
      for (int c = 0; c < k; c++) {
        mean[c] /= size[c];
      }
      for (int i = 0; i < x.length; i++) {
        sd[labels[i]] += Math.pow(x[i][j] - mean[labels[i]], 2);
        allSq += Math.pow(x[i][j] - all, 2);
      }
      for (int c = 0; c < k; c++) {
        sd[c] = Math.sqrt(sd[c] / size[c]);
      }
      return new Direct(mean, sd, size, all, Math.sqrt(allSq / x.length));
    }
  }

  @Test
  public void kMeansProfileCsvAndJsonEqualTheDirectComputation() throws IOException {
    JsonNode result = ok("kmeans", "-i", CliRun.resource("/wine.arff").toString(), "-k", "3", "--standardize",
        "zscore", "--seed", "1", "--profile", file("profile.csv")).json();
    ok("kmeans", "-i", CliRun.resource("/wine.arff").toString(), "-k", "3", "--standardize", "zscore", "--seed",
        "1", "--profile", file("profile.json"), "-o", file("same.json"));
    assertEquals(result.get("labels"), CliRun.readJson(dir.resolve("same.json")).get("labels"));
    int[] labels = ints(result.get("labels"));
    double[][] x = rows("wine", 13);
    List<String> columns = new ArrayList<>();
    result.get("columns").forEach(c -> columns.add(c.asText()));
    assertEquals(13, columns.size());

    List<String> csv = Files.readAllLines(dir.resolve("profile.csv"));
    assertEquals("cluster,size,share,column,mean,sd,standardized_difference", csv.get(0));
    assertEquals(1 + 13 + 3 * 13, csv.size());
    JsonNode json = CliRun.readJson(dir.resolve("profile.json"));
    assertEquals(178, json.get("n").asInt());
    assertEquals(3, json.get("k").asInt());
    for (int j = 0; j < 13; j++) {
      Direct direct = Direct.of(x, labels, 3, j);
      String[] overall = csv.get(1 + j).split(",");
      assertEquals(List.of("all", "178", "1", columns.get(j)), List.of(overall).subList(0, 4));
      assertEquals(direct.overallMean(), Double.parseDouble(overall[4]), 1e-12 * Math.abs(direct.overallMean()));
      assertEquals(direct.overallSd(), Double.parseDouble(overall[5]), 1e-12 * direct.overallSd());
      assertEquals(direct.overallSd(), json.get("overall").get("sd").get(j).asDouble(), 1e-12 * direct.overallSd());
      for (int c = 0; c < 3; c++) {
        String[] f = csv.get(1 + 13 + c * 13 + j).split(",");
        JsonNode cluster = json.get("clusters").get(c);
        double z = (direct.mean()[c] - direct.overallMean()) / direct.overallSd();
        assertEquals(String.valueOf(c), f[0]);
        assertEquals(direct.size()[c], Integer.parseInt(f[1]));
        assertEquals(direct.size()[c], cluster.get("size").asInt());
        assertEquals(direct.size()[c] / 178.0, Double.parseDouble(f[2]), 1e-15);
        assertEquals(columns.get(j), f[3]);
        assertEquals(direct.mean()[c], Double.parseDouble(f[4]), 1e-12 * Math.abs(direct.mean()[c]));
        assertEquals(direct.sd()[c], Double.parseDouble(f[5]), 1e-10 * direct.sd()[c]);
        assertEquals(z, Double.parseDouble(f[6]), 1e-10);
        assertEquals(direct.mean()[c], cluster.get("mean").get(j).asDouble(), 1e-12 * Math.abs(direct.mean()[c]));
        assertEquals(z, cluster.get("standardized_difference").get(j).asDouble(), 1e-10);
      }
    }
    // the standardised differences of a fit on z-scores are its centres in z units: the centres are the means
    double[][] centers = new double[3][];
    for (int c = 0; c < 3; c++) {
      centers[c] = doubles(result.get("centers").get(c));
      assertArrayEquals(centers[c], doubles(json.get("clusters").get(c).get("mean")), 1e-9);
    }
  }

  @Test
  public void treeProfileIsOfTheCutsClusters() throws IOException {
    JsonNode result = ok("agglomerative", "-i", CliRun.resource("/usarrests.csv").toString(), "--linkage", "ward",
        "--standardize", "zscore", "--cut-k", "4", "--profile", file("profile.json"), "--heatmap",
        file("heatmap.svg")).json();
    int[] labels = ints(result.get("labels"));
    double[][] x = rows("usarrests", 0);
    JsonNode json = CliRun.readJson(dir.resolve("profile.json"));
    assertEquals(4, json.get("k").asInt());
    for (int j = 0; j < 4; j++) {
      Direct direct = Direct.of(x, labels, 4, j);
      for (int c = 0; c < 4; c++) {
        JsonNode cluster = json.get("clusters").get(c);
        assertEquals(direct.size()[c], cluster.get("size").asInt());
        assertEquals(direct.mean()[c], cluster.get("mean").get(j).asDouble(), 1e-12 * Math.abs(direct.mean()[c]));
        assertEquals(direct.sd()[c], cluster.get("sd").get(j).asDouble(), 1e-10);
      }
    }
    String svg = Files.readString(dir.resolve("heatmap.svg"));
    assertTrue(svg.startsWith("<?xml"));
    for (String text : List.of("usarrests.csv: ward linkage, euclidean, zscore, 4 clusters: segment profile",
        "Standardised difference", "Murder", "Assault", "UrbanPop", "Rape", "Cluster 3")) {
      assertTrue(text, svg.contains(">" + text + "<"));
    }
  }

  @Test
  public void kMeansScoresAreTheLabelDistancesRankedAndFlaggedByTheQuantile() throws IOException {
    ok("kmeans", "-i", CliRun.resource("/faithful.csv").toString(), "-k", "2", "--standardize", "zscore",
        "--labels-out", file("labels.csv"), "--scores", file("scores.csv"), "--outlier-quantile", "0.95");
    List<String> labelLines = Files.readAllLines(dir.resolve("labels.csv"));
    int n = labelLines.size() - 1;
    int[] label = new int[n];
    double[] distance = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = labelLines.get(i + 1).split(",");
      label[i] = Integer.parseInt(f[1]);
      distance[i] = Double.parseDouble(f[2]);
    }
    // the rule: farther out than the 0.95-quantile (numpy's linear interpolation) of the cluster's distances
    double[] threshold = new double[2];
    for (int c = 0; c < 2; c++) {
      final int cluster = c;
      double[] own = IntStream.range(0, n).filter(i -> label[i] == cluster).mapToDouble(i -> distance[i]).sorted()
          .toArray();
      double h = (own.length - 1) * 0.95;
      int lo = (int) Math.floor(h);
      threshold[c] = own[lo] + (h - lo) * (own[Math.min(lo + 1, own.length - 1)] - own[lo]);
    }
    Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble((Integer i) -> -distance[i])
        .thenComparingInt(i -> i)).toArray(Integer[]::new);
    List<String> scores = Files.readAllLines(dir.resolve("scores.csv"));
    assertEquals("rank,row,cluster,distance,outlier", scores.get(0));
    assertEquals(n + 1, scores.size());
    int flagged = 0;
    for (int r = 0; r < n; r++) {
      int i = order[r];
      boolean outlier = distance[i] > threshold[label[i]];
      flagged += outlier ? 1 : 0;
      assertEquals((r + 1) + "," + (i + 1) + "," + label[i] + "," + distance[i] + "," + outlier,
          scores.get(r + 1));
    }
    assertTrue("flagged " + flagged, flagged >= 10 && flagged <= 16);
    assertTrue(scores.get(1).endsWith(",true")); // the farthest row is an outlier of its cluster
  }

  @Test
  public void treeScoresFlagSmallClustersAndMeasureToTheNearestLargeOne() throws IOException {
    JsonNode result = ok("agglomerative", "-i", CliRun.resource("/faithful.csv").toString(), "--linkage",
        "single", "--standardize", "zscore", "--cut-k", "8", "--min-cluster-size", "5", "--scores",
        file("scores.csv"), "--scatter", file("scatter.png")).json();
    int[] labels = ints(result.get("labels"));
    double[][] x = rows("faithful");
    int n = x.length;
    // z-scores and the means of the clusters with at least 5 rows, computed here
    double[][] z = new double[n][2];
    for (int j = 0; j < 2; j++) {
      Direct d = Direct.of(x, new int[n], 1, j);
      for (int i = 0; i < n; i++) {
        z[i][j] = (x[i][j] - d.overallMean()) / d.overallSd();
      }
    }
    int[] size = new int[8];
    double[][] mean = new double[8][2];
    for (int i = 0; i < n; i++) {
      size[labels[i]]++;
      mean[labels[i]][0] += z[i][0];
      mean[labels[i]][1] += z[i][1];
    }
    List<String> lines = Files.readAllLines(dir.resolve("scores.csv"));
    double previous = Double.POSITIVE_INFINITY;
    int flagged = 0;
    for (int r = 1; r <= n; r++) {
      String[] f = lines.get(r).split(",");
      int i = Integer.parseInt(f[1]) - 1;
      assertEquals(labels[i], Integer.parseInt(f[2]));
      double best = Double.POSITIVE_INFINITY;
      for (int c = 0; c < 8; c++) {
        if (size[c] >= 5) {
          best = Math.min(best, Math.hypot(z[i][0] - mean[c][0] / size[c], z[i][1] - mean[c][1] / size[c]));
        }
      }
      double score = Double.parseDouble(f[3]);
      assertEquals(best, score, 1e-12);
      assertTrue(score <= previous);
      previous = score;
      assertEquals(String.valueOf(size[labels[i]] < 5), f[4]);
      flagged += size[labels[i]] < 5 ? 1 : 0;
    }
    assertTrue(flagged > 0);
    BufferedImage png = ImageIO.read(dir.resolve("scatter.png").toFile());
    assertTrue(png.getWidth() >= 760);
    assertTrue(png.getHeight() >= 560);
  }

  @Test
  public void picturesHaveTitlesLegendsAndTheExpectedSize() throws IOException {
    String wine = CliRun.resource("/wine.arff").toString();
    JsonNode result = ok("kmeans", "-i", wine, "--k-range", "2..6", "--standardize", "zscore", "--k-plot",
        file("kscan.svg"), "--heatmap", file("heatmap.png"), "--scatter", file("scatter.svg")).json();
    ok("kmeans", "-i", wine, "--k-range", "2..6", "--standardize", "zscore", "--k-plot", file("kscan.png"));

    String kscan = Files.readString(dir.resolve("kscan.svg"));
    int suggested = result.get("suggested_k").asInt();
    for (String text : List.of("wine.arff: k-means, zscore: choice of k", "Inertia (z-score units)",
        "Mean silhouette", "Number of clusters (k)", "Suggested k = " + suggested)) {
      assertTrue(text, kscan.contains(">" + text + "<"));
    }
    assertEquals(5, count(kscan.substring(kscan.indexOf("<g class=\"inertia\">")), "<circle", "</g>"));
    BufferedImage kscanPng = ImageIO.read(dir.resolve("kscan.png").toFile());
    assertEquals(760, kscanPng.getWidth());
    assertEquals(580, kscanPng.getHeight());
    assertTrue(nonWhite(kscanPng) > 5_000);

    BufferedImage heatmap = ImageIO.read(dir.resolve("heatmap.png").toFile());
    assertTrue(heatmap.getWidth() >= 560 && heatmap.getHeight() >= 13 * 18);
    assertTrue(nonWhite(heatmap) > 20_000);

    // the scatter's axes: the two columns with the largest between/within sum of squares, computed here
    int[] labels = ints(result.get("labels"));
    double[][] x = rows("wine", 13);
    double[] ratio = new double[13];
    for (int j = 0; j < 13; j++) {
      Direct d = Direct.of(x, labels, suggested, j);
      double between = 0;
      double within = 0;
      for (int c = 0; c < suggested; c++) {
        between += d.size()[c] * Math.pow(d.mean()[c] - d.overallMean(), 2);
        within += d.size()[c] * d.sd()[c] * d.sd()[c];
      }
      ratio[j] = between / within;
    }
    Integer[] best = IntStream.range(0, 13).boxed().sorted(Comparator.comparingDouble(j -> -ratio[j]))
        .toArray(Integer[]::new);
    String scatter = Files.readString(dir.resolve("scatter.svg"));
    for (int r = 0; r < 13; r++) { // column names appear in the scatter only as its axis titles
      String name = result.get("columns").get(best[r]).asText();
      assertEquals(name, r < 2, scatter.contains(">" + name + "<"));
    }
    assertTrue(scatter.contains(">wine.arff: k-means, k = " + suggested + ", zscore<"));
    assertTrue(scatter.contains(">Cluster 0 ("));
    assertTrue(scatter.contains("outliers ringed: farther out than the 0.99-quantile of their cluster<"));
    assertEquals(178, count(scatter.substring(scatter.indexOf("<g class=\"points\">")), "<circle", "</g>"));
  }

  /** Occurrences of a text before the first end marker. */
  private static int count(String s, String text, String end) {
    String part = s.substring(0, s.indexOf(end));
    return (part.length() - part.replace(text, "").length()) / text.length();
  }

  private static int nonWhite(BufferedImage image) {
    int c = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        c += (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
      }
    }
    return c;
  }

  @Test
  public void skippedRowsKeepTheirInputRowNumbersInTheScores() throws IOException {
    Path csv = tmp.newFile("gaps.csv").toPath();
    Files.writeString(csv, "a,b\n0,0\n,1\n0.1,0.2\n10,10\n10.2,9.9\n30,-5\n");
    ok("kmeans", "-i", csv.toString(), "-k", "2", "--missing", "skip-row", "--scores", file("scores.csv"),
        "--profile", file("profile.csv"));
    List<String> lines = Files.readAllLines(dir.resolve("scores.csv"));
    assertEquals(6, lines.size()); // 5 rows used of 6
    assertEquals(List.of("1", "3", "4", "5", "6"), lines.stream().skip(1).map(l -> l.split(",")[1]).sorted()
        .toList());
    assertEquals("all,5,1,a", String.join(",", Arrays.copyOfRange(Files.readAllLines(dir.resolve(
        "profile.csv")).get(1).split(","), 0, 4)));
  }
}
