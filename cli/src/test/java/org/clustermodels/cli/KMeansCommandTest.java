package org.clustermodels.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The kmeans command end to end, in-process, on the bundled data; expectations from the oracles. */
public class KMeansCommandTest {
  private static final List<String> FIELDS = List.of("algorithm", "n", "d", "columns", "k", "labels", "centers",
      "inertia", "iterations", "converged", "restarts", "silhouette", "timing");
  private static final List<String> IRIS_COLUMNS = List.of("Sepal.Length", "Sepal.Width", "Petal.Length",
      "Petal.Width");

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private static String iris(String ext) {
    return CliRun.resource("/iris." + ext).toString();
  }

  /** The iris measurements, read with String.split (independent of the reader under test). */
  static double[][] irisRows() throws IOException {
    List<String> lines = Files.readAllLines(CliRun.resource("/iris.csv"), StandardCharsets.UTF_8);
    double[][] x = new double[lines.size() - 1][4];
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      for (int j = 0; j < 4; j++) {
        x[i - 1][j] = Double.parseDouble(f[j]);
      }
    }
    return x;
  }

  static int[] ints(JsonNode array) {
    int[] a = new int[array.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = array.get(i).intValue();
    }
    return a;
  }

  private static double[][] matrix(JsonNode array) {
    double[][] m = new double[array.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = new double[array.get(i).size()];
      for (int j = 0; j < m[i].length; j++) {
        m[i][j] = array.get(i).get(j).doubleValue();
      }
    }
    return m;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static CliRun ok(String... args) {
    CliRun r = CliRun.run(args);
    assertEquals(r.toString(), 0, r.code);
    return r;
  }

  @Test
  public void jsonHasExactlyTheDocumentedFields() {
    JsonNode json = ok("kmeans", "-i", iris("csv"), "-k", "3", "--seed", "1").json();
    assertEquals(FIELDS, fieldNames(json));
    assertEquals(List.of("read_seconds", "fit_seconds"), fieldNames(json.get("timing")));
    assertTrue(json.get("timing").get("read_seconds").doubleValue() >= 0);
    assertTrue(json.get("timing").get("fit_seconds").doubleValue() >= 0);
    assertEquals(150, json.get("n").intValue());
    assertEquals(4, json.get("d").intValue());
    assertEquals(3, json.get("k").intValue());
    assertEquals(IRIS_COLUMNS, List.of(CliRun.JSON.convertValue(json.get("columns"), String[].class)));
    assertEquals(150, json.get("labels").size());
    for (JsonNode l : json.get("labels")) {
      assertTrue(l.isInt() && l.intValue() >= 0 && l.intValue() < 3);
    }
    assertEquals(3, json.get("centers").size());
    for (JsonNode c : json.get("centers")) {
      assertEquals(4, c.size());
    }
    assertTrue(json.get("converged").isBoolean());
    assertTrue(json.get("silhouette").isDouble());
    assertEquals(10, json.get("restarts").intValue());
    assertTrue(json.get("iterations").intValue() >= 1);
    // AUTO is Hamerly for k = 3 < 20; Hartigan refinement is the default
    assertEquals("kmeans-hamerly+hartigan", json.get("algorithm").textValue());
  }

  @Test
  public void irisCsvAndArffGiveTheSameResult() {
    ObjectNode csv = (ObjectNode) ok("kmeans", "-i", iris("csv"), "-k", "3", "--seed", "7").json();
    ObjectNode arff = (ObjectNode) ok("kmeans", "-i", iris("arff"), "-k", "3", "--seed", "7").json();
    csv.remove("timing");
    arff.remove("timing");
    assertEquals(csv, arff);
  }

  @Test
  public void irisRawMatchesTheOracle() throws IOException {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/iris.raw.json")).get("kmeans").get("per_k").get("3");
    double best = oracle.get("best_known_inertia").doubleValue();
    int[] sklearn = ints(oracle.get("sklearn_labels"));

    JsonNode json = ok("kmeans", "-i", iris("csv"), "-k", "3", "--seed", "1").json();
    double inertia = json.get("inertia").doubleValue();
    int[] labels = ints(json.get("labels"));
    double[][] x = irisRows();
    double sse = Reference.withinSumOfSquares(x, labels, 3);

    assertTrue("inertia " + inertia + " vs best known " + best, inertia <= best * (1 + 1e-6));
    assertEquals("reported inertia = SSE of the reported labels", sse, inertia, 1e-9 * sse);
    double ari = Reference.adjustedRandIndex(labels, sklearn);
    assertTrue("ARI " + ari + " and SSE " + sse + " vs " + best,
        ari == 1.0 || Math.abs(sse - best) <= 1e-9 * best);
    // the centres are the means of the clusters, in original units
    double[][] centers = matrix(json.get("centers"));
    double[][] means = Reference.clusterMeans(x, labels, 3);
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(means[c], centers[c], 1e-9);
    }
  }

  @Test
  public void irisZscoreMatchesTheOracleAndCentersAreInOriginalUnits() throws IOException {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/iris.zscore.json")).get("kmeans").get("per_k")
        .get("3");
    double best = oracle.get("best_known_inertia").doubleValue();
    JsonNode json = ok("kmeans", "-i", iris("arff"), "-k", "3", "--seed", "3", "--standardize", "zscore",
        "--algorithm", "lloyd").json();
    assertEquals("kmeans-lloyd+hartigan", json.get("algorithm").textValue());
    double inertia = json.get("inertia").doubleValue();
    int[] labels = ints(json.get("labels"));
    double[][] x = irisRows();
    // inertia is in the scaled units
    double sseScaled = Reference.withinSumOfSquares(Reference.zscore(x), labels, 3);
    assertEquals(sseScaled, inertia, 1e-9 * sseScaled);
    assertTrue("inertia " + inertia + " vs best known " + best, inertia <= best * (1 + 1e-6));
    // centres are reported in original units
    double[][] centers = matrix(json.get("centers"));
    double[][] means = Reference.clusterMeans(x, labels, 3);
    for (int c = 0; c < 3; c++) {
      assertArrayEquals(means[c], centers[c], 1e-9);
    }
  }

  @Test
  public void swapTrialsReachTheBestKnownInertiaForIrisK4() throws IOException {
    double best = CliRun.readJson(CliRun.resource("/oracles/iris.raw.json")).get("kmeans").get("per_k").get("4")
        .get("best_known_inertia").doubleValue();
    JsonNode json = ok("kmeans", "-i", iris("csv"), "-k", "4", "--restarts", "3", "--swap-trials", "20").json();
    double inertia = json.get("inertia").doubleValue();
    assertTrue(inertia + " vs " + best, inertia <= best * (1 + 1e-6));
  }

  @Test
  public void everyAlgorithmRunsAndIsNamed() throws IOException {
    double best = CliRun.readJson(CliRun.resource("/oracles/iris.raw.json")).get("kmeans").get("per_k").get("3")
        .get("best_known_inertia").doubleValue();
    for (String a : new String[] {"lloyd", "hamerly", "elkan", "minibatch"}) {
      JsonNode json = ok("kmeans", "-i", iris("csv"), "-k", "3", "--algorithm", a, "--refine", "none").json();
      assertEquals("kmeans-" + a, json.get("algorithm").textValue());
      assertEquals(150, json.get("labels").size());
      double inertia = json.get("inertia").doubleValue();
      // the exact algorithms reach the best known inertia; mini-batch is approximate (5 % here)
      assertTrue(a + ": " + inertia, inertia <= best * (a.equals("minibatch") ? 1.05 : 1 + 1e-6));
    }
  }

  @Test
  public void sameSeedSameResultAtAnyThreadCount() {
    ObjectNode one = (ObjectNode) ok("kmeans", "-i", iris("csv"), "-k", "4", "--seed", "11", "--threads", "1",
        "--init", "random", "--refine", "none").json();
    ObjectNode four = (ObjectNode) ok("kmeans", "-i", iris("csv"), "-k", "4", "--seed", "11", "--threads", "4",
        "--init", "random", "--refine", "none").json();
    one.remove("timing");
    four.remove("timing");
    assertEquals(one, four);
    assertEquals("kmeans-hamerly", one.get("algorithm").textValue());
  }

  @Test
  public void nonNumericColumnIsSkippedWithOneNotice() {
    CliRun r = ok("kmeans", "-i", iris("csv"), "-k", "2");
    assertArrayEquals(new String[] {"clustermodels: note: skipping non-numeric column class"}, r.errLines());
    CliRun arff = ok("kmeans", "-i", iris("arff"), "-k", "2");
    assertArrayEquals(new String[] {"clustermodels: note: skipping non-numeric column class"}, arff.errLines());
  }

  @Test
  public void columnsOptionSelectsAndOrdersColumnsWithoutNotice() {
    CliRun r = ok("kmeans", "-i", iris("csv"), "-k", "2", "--columns", "Petal.Width, Sepal.Length");
    assertEquals("", r.err);
    JsonNode json = r.json();
    assertEquals(2, json.get("d").intValue());
    assertEquals(List.of("Petal.Width", "Sepal.Length"),
        List.of(CliRun.JSON.convertValue(json.get("columns"), String[].class)));
  }

  @Test
  public void outputFileGetsTheJsonAndStdoutStaysEmpty() throws IOException {
    Path out = tmp.getRoot().toPath().resolve("result.json");
    Files.writeString(out, "old");
    CliRun r = ok("kmeans", "-i", iris("csv"), "-k", "3", "-o", out.toString());
    assertEquals("", r.out);
    assertEquals(FIELDS, fieldNames(CliRun.readJson(out)));
    assertEquals(List.of("result.json"), listing(tmp.getRoot().toPath()));
  }

  @Test
  public void labelsOutHasRowLabelDistanceAndOutlier() throws IOException {
    Path labelsFile = tmp.getRoot().toPath().resolve("labels.csv");
    JsonNode json = ok("kmeans", "-i", iris("csv"), "-k", "3", "--labels-out", labelsFile.toString(),
        "--outlier-quantile", "0.9").json();
    List<String> lines = Files.readAllLines(labelsFile);
    assertEquals("row,label,distance,outlier", lines.get(0));
    assertEquals(151, lines.size());
    int[] labels = ints(json.get("labels"));
    double[][] centers = matrix(json.get("centers"));
    double[][] x = irisRows();
    int outliers = 0;
    for (int i = 0; i < 150; i++) {
      String[] f = lines.get(i + 1).split(",");
      assertEquals(String.valueOf(i + 1), f[0]);
      assertEquals(labels[i], Integer.parseInt(f[1]));
      double expected = 0;
      for (int j = 0; j < 4; j++) {
        expected += (x[i][j] - centers[labels[i]][j]) * (x[i][j] - centers[labels[i]][j]);
      }
      assertEquals(Math.sqrt(expected), Double.parseDouble(f[2]), 1e-9);
      assertTrue(f[3].equals("true") || f[3].equals("false"));
      outliers += f[3].equals("true") ? 1 : 0;
    }
    // per cluster, the rows above the 0.9 quantile: about 10 %, never more (clusters of 50, 62, 38 rows here)
    assertTrue("outliers: " + outliers, outliers >= 9 && outliers <= 16);
  }

  @Test
  public void missingSkipRowGivesNullLabelsAndEmptyCsvFields() throws IOException {
    Path csv = tmp.newFile("missing.csv").toPath();
    Files.writeString(csv, "name,a,b\nr1,1,2\nr2,3,\nr3,5,6\nr4,?,10\nr5,1.5,2.5\nr6,5.5,NA\n");
    Path labelsFile = tmp.getRoot().toPath().resolve("labels.csv");
    CliRun r = ok("kmeans", "-i", csv.toString(), "-k", "2", "--missing", "skip-row", "--labels-out",
        labelsFile.toString());
    JsonNode json = r.json();
    assertEquals(3, json.get("n").intValue());
    JsonNode labels = json.get("labels");
    assertEquals(6, labels.size());
    assertTrue(labels.get(1).isNull() && labels.get(3).isNull() && labels.get(5).isNull());
    assertEquals(labels.get(0).intValue(), labels.get(4).intValue());
    assertFalse(labels.get(0).intValue() == labels.get(2).intValue());
    List<String> lines = Files.readAllLines(labelsFile);
    assertEquals(List.of("row,label,distance", "2,,", "4,,", "6,,"),
        List.of(lines.get(0), lines.get(2), lines.get(4), lines.get(6)));
    assertTrue(r.err.contains("skipping non-numeric column name"));
    assertTrue(r.err.contains("skipped 3 row(s) with missing values"));
  }

  @Test
  public void nonAsciiColumnNamesAreEscapedInTheJson() throws IOException {
    Path csv = tmp.newFile("names.csv").toPath();
    Files.writeString(csv, "caf\u00e9,\u6e29\u5ea6\n1,2\n3,4\n10,10\n", StandardCharsets.UTF_8);
    CliRun r = ok("kmeans", "-i", csv.toString(), "-k", "2");
    assertTrue(r.out, r.out.contains("\"caf\\u00E9\"") || r.out.contains("\"caf\\u00e9\""));
    assertEquals(List.of("caf\u00e9", "\u6e29\u5ea6"),
        List.of(CliRun.JSON.convertValue(r.json().get("columns"), String[].class)));
  }

  @Test
  public void missingMeanImputesTheColumnMean() throws IOException {
    Path csv = tmp.newFile("missing.csv").toPath();
    Files.writeString(csv, "a,b\n1,2\n3,\n5,6\nNA,10\n");
    // means of the non-missing values: a = (1+3+5)/3 = 3, b = (2+6+10)/3 = 6; with k = n every row is a centre
    JsonNode json = ok("kmeans", "-i", csv.toString(), "-k", "4", "--missing", "mean").json();
    assertEquals(4, json.get("n").intValue());
    Set<List<Double>> centers = new HashSet<>();
    for (JsonNode c : json.get("centers")) {
      centers.add(List.of(c.get(0).doubleValue(), c.get(1).doubleValue()));
    }
    assertEquals(Set.of(List.of(1.0, 2.0), List.of(3.0, 6.0), List.of(5.0, 6.0), List.of(3.0, 10.0)), centers);
    assertTrue(json.get("silhouette").isNull());
  }

  @Test
  public void progressLinesGoToStderr() {
    CliRun r = ok("kmeans", "-i", iris("csv"), "-k", "3", "--restarts", "4", "--progress");
    assertTrue(r.err, r.err.contains("clustermodels: progress 100% k-means restart 4 of 4"));
    assertEquals(FIELDS, fieldNames(r.json()));
  }

  @Test
  public void helpAndVersion() {
    CliRun help = ok("kmeans", "--help");
    assertTrue(help.out.startsWith("Usage: clustermodels kmeans -i FILE (-k K | --k-range KMIN..KMAX)"));
    assertTrue(help.out.contains("--missing"));
    assertTrue(help.out.contains("null"));
    CliRun top = ok("--help");
    assertTrue(top.out.contains("kmeans"));
    CliRun version = ok("--version");
    assertTrue(version.out, version.out.startsWith("clustermodels " + VersionProvider.version()));
    assertFalse(VersionProvider.version().contains("$"));
    assertFalse(VersionProvider.version().equals("unknown"));
  }

  @Test
  public void algorithmNames() {
    assertEquals("kmeans-elkan", KMeansCommand.algorithmName(
        org.clustermodels.core.kmeans.KMeansAlgorithm.ELKAN, org.clustermodels.core.kmeans.Refinement.NONE));
    assertEquals("kmeans-lloyd+hartigan", KMeansCommand.algorithmName(
        org.clustermodels.core.kmeans.KMeansAlgorithm.LLOYD, org.clustermodels.core.kmeans.Refinement.HARTIGAN));
  }

  static List<String> listing(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (var s = Files.list(dir)) {
      for (Iterator<Path> it = s.iterator(); it.hasNext(); ) {
        names.add(it.next().getFileName().toString());
      }
    }
    names.sort(null);
    return names;
  }
}
