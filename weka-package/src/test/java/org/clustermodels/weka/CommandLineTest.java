package org.clustermodels.weka;

import static org.clustermodels.weka.EvaluationOutput.TESTING;
import static org.clustermodels.weka.EvaluationOutput.TRAINING;
import static org.clustermodels.weka.EvaluationOutput.assign;
import static org.clustermodels.weka.EvaluationOutput.clusteredInstances;
import static org.clustermodels.weka.EvaluationOutput.counts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import weka.clusterers.AbstractClusterer;
import weka.clusterers.ClusterEvaluation;
import weka.core.Drawable;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Each clusterer on Weka's command line, through {@code ClusterEvaluation.evaluateClusterer(clusterer, args)} (what
 * {@code main} and {@code weka.Run} call), on the bundled iris data: {@code -t}, {@code -T}, {@code -p 0},
 * {@code -d} then {@code -l}, {@code -c last} and {@code -g}. Every expected value is computed here from a model
 * built directly with the same options on the same rows ({@code clusterInstance} row by row), not taken from the
 * output. Iris is split into a training file (even rows) and a test file (odd rows) with the same header.
 */
@RunWith(Parameterized.class)
public class CommandLineTest {
  @ClassRule
  public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Instances iris;
  private static String irisFile;
  private static String trainFile;
  private static String testFile;

  private final Supplier<AbstractClusterer> make;
  private final String[] options;

  /**
   * @param name the clusterer's name
   * @param make a new clusterer
   * @param options its options on the command line
   */
  public CommandLineTest(String name, Supplier<AbstractClusterer> make, String[] options) {
    this.make = make;
    this.options = options;
  }

  /** @return the clusterers: name, constructor, options */
  @Parameters(name = "{0}")
  public static List<Object[]> clusterers() {
    return List.of(
        new Object[] {"kmeans", (Supplier<AbstractClusterer>) ClusterModelsKMeans::new,
            new String[] {"-N", "3", "-S", "5"}},
        new Object[] {"agglomerative", (Supplier<AbstractClusterer>) ClusterModelsAgglomerative::new,
            new String[] {"-N", "3", "-L", "ward"}},
        new Object[] {"divisive", (Supplier<AbstractClusterer>) ClusterModelsDivisive::new,
            new String[] {"-N", "3", "-method", "diana"}});
  }

  @BeforeClass
  public static void files() throws Exception {
    try (InputStream in = CommandLineTest.class.getResourceAsStream("/iris.arff")) {
      iris = new DataSource(in).getDataSet();
    }
    Instances train = new Instances(iris, 0);
    Instances test = new Instances(iris, 0);
    for (int i = 0; i < iris.numInstances(); i++) {
      (i % 2 == 0 ? train : test).add(iris.instance(i));
    }
    irisFile = write("iris.arff", iris);
    trainFile = write("train.arff", train);
    testFile = write("test.arff", test);
  }

  private static String write(String name, Instances data) throws Exception {
    File f = new File(TMP.getRoot(), name);
    Files.writeString(f.toPath(), data.toString() + "\n", StandardCharsets.UTF_8);
    return f.getPath();
  }

  private static Instances read(String file) throws Exception {
    return new DataSource(file).getDataSet();
  }

  /** Runs the command line: the evaluation options, then the clusterer's. */
  private String run(String... evaluationOptions) throws Exception {
    List<String> args = new ArrayList<>(List.of(evaluationOptions));
    args.addAll(List.of(options));
    return ClusterEvaluation.evaluateClusterer(make.get(), args.toArray(new String[0]));
  }

  private AbstractClusterer built(Instances data) throws Exception {
    AbstractClusterer c = make.get();
    c.setOptions(options.clone());
    c.buildClusterer(data);
    return c;
  }

  /** -t: the model report, then the training rows' clusters counted as the model assigns them. */
  @Test
  public void trainingFile() throws Exception {
    String out = run("-t", trainFile);
    Instances train = read(trainFile);
    AbstractClusterer fresh = built(train);
    assertTrue(out, out.startsWith(fresh.toString()));
    Map<Integer, Integer> sizes = clusteredInstances(out, TRAINING);
    assertEquals(counts(assign(fresh, train)), sizes);
    assertEquals(train.numInstances(), sizes.values().stream().mapToInt(Integer::intValue).sum());
    assertFalse(out, out.contains("Unclustered"));
  }

  /** -T: the test rows' clusters, counted as the model built on the training file assigns them. */
  @Test
  public void testFile() throws Exception {
    String out = run("-t", trainFile, "-T", testFile);
    AbstractClusterer fresh = built(read(trainFile));
    Instances test = read(testFile);
    assertEquals(counts(assign(fresh, read(trainFile))), clusteredInstances(out, TRAINING));
    assertEquals(counts(assign(fresh, test)), clusteredInstances(out, TESTING));
  }

  /** The "row cluster" lines of -p 0. */
  private static int[] predictions(String output, int rows) {
    String[] lines = output.strip().split("\\R");
    assertEquals(output, rows, lines.length);
    int[] out = new int[rows];
    for (int i = 0; i < rows; i++) {
      String[] fields = lines[i].trim().split("\\s+");
      assertEquals(lines[i], 2, fields.length);
      assertEquals(lines[i], i, Integer.parseInt(fields[0]));
      out[i] = Integer.parseInt(fields[1]);
    }
    return out;
  }

  /** -p 0: one line per row, "row cluster", for the training file or, with -T, the test file. */
  @Test
  public void perRowPredictions() throws Exception {
    Instances train = read(trainFile);
    Instances test = read(testFile);
    AbstractClusterer fresh = built(train);
    assertArrayEquals(assign(fresh, train), predictions(run("-t", trainFile, "-p", "0"), train.numInstances()));
    assertArrayEquals(assign(fresh, test),
        predictions(run("-t", trainFile, "-T", testFile, "-p", "0"), test.numInstances()));
  }

  private static void assertArrayEquals(int[] expected, int[] actual) {
    assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(actual));
  }

  /**
   * -d then -l: the saved model, loaded with -T, prints the same report and test statistics (the loaded run has no
   * training file, so its training block is empty) and the same per-row predictions as the model built from the
   * training file.
   */
  @Test
  public void saveAndLoadRoundTrip() throws Exception {
    String model = new File(TMP.newFolder(), "model").getPath();
    String saved = run("-t", trainFile, "-T", testFile, "-d", model);
    assertTrue(new File(model).isFile());
    String loaded = ClusterEvaluation.evaluateClusterer(make.get(), new String[] {"-l", model, "-T", testFile});

    int trainingStats = saved.indexOf(TRAINING) + TRAINING.length();
    String withoutTrainingStats = saved.substring(0, trainingStats) + "\n\n" + saved.substring(saved.indexOf(TESTING));
    assertEquals(withoutTrainingStats, loaded.replace(TRAINING + "\n\n\n\n", TRAINING + "\n\n"));
    assertTrue(loaded, loaded.startsWith(built(read(trainFile)).toString()));

    String predictedBuilt = run("-t", trainFile, "-T", testFile, "-p", "0");
    String predictedLoaded = ClusterEvaluation.evaluateClusterer(make.get(),
        new String[] {"-l", model, "-T", testFile, "-p", "0"});
    assertEquals(predictedBuilt, predictedLoaded);
    assertArrayEquals(assign(built(read(trainFile)), read(testFile)),
        predictions(predictedLoaded, read(testFile).numInstances()));
  }

  private static final Pattern INCORRECT = Pattern.compile("Incorrectly clustered instances :\\s+(\\d+(?:\\.\\d+)?)");

  /** Fewest rows outside their cluster's class over all one-to-one maps from clusters to classes. */
  private static int fewestErrors(int[][] table, int cluster, boolean[] used, int total) {
    if (cluster == table.length) {
      return total;
    }
    // a cluster may also get no class: all its rows count as errors
    int rows = 0;
    for (int count : table[cluster]) {
      rows += count;
    }
    int best = fewestErrors(table, cluster + 1, used, total + rows);
    for (int k = 0; k < used.length; k++) {
      if (!used[k]) {
        used[k] = true;
        best = Math.min(best, fewestErrors(table, cluster + 1, used, total + rows - table[cluster][k]));
        used[k] = false;
      }
    }
    return best;
  }

  /**
   * -c last: the class is left out of the clustering and the classes-to-clusters table counts, for each class and
   * cluster, the rows the model (built without the class) puts in the cluster; it sums to the row count, and the
   * incorrectly clustered count is the best one-to-one matching of clusters to classes.
   */
  @Test
  public void classesToClusters() throws Exception {
    String out = run("-t", irisFile, "-c", "last");
    Instances withoutClass = new Instances(iris);
    withoutClass.deleteAttributeAt(withoutClass.numAttributes() - 1);
    AbstractClusterer fresh = built(withoutClass);
    int[] labels = assign(fresh, withoutClass);
    int classes = iris.attribute(iris.numAttributes() - 1).numValues();
    int[][] expected = new int[fresh.numberOfClusters()][classes];
    for (int i = 0; i < labels.length; i++) {
      expected[labels[i]][(int) iris.instance(i).value(iris.numAttributes() - 1)]++;
    }

    int tableStart = out.indexOf("Classes to Clusters:");
    assertTrue(out, tableStart >= 0);
    String[] lines = out.substring(tableStart).split("\\R");
    int header = 0;
    while (!lines[header].contains("<-- assigned to cluster")) {
      header++;
    }
    String[] clusterIds = lines[header].replace("<-- assigned to cluster", "").trim().split("\\s+");
    int[][] table = new int[fresh.numberOfClusters()][classes];
    int sum = 0;
    for (int k = 0; k < classes; k++) {
      String line = lines[header + 1 + k];
      assertTrue(line, line.endsWith("| " + iris.attribute(iris.numAttributes() - 1).value(k)));
      String[] cells = line.substring(0, line.indexOf('|')).trim().split("\\s+");
      assertEquals(line, clusterIds.length, cells.length);
      for (int j = 0; j < cells.length; j++) {
        table[Integer.parseInt(clusterIds[j])][k] = Integer.parseInt(cells[j]);
        sum += Integer.parseInt(cells[j]);
      }
    }
    assertEquals(iris.numInstances(), sum);
    for (int c = 0; c < expected.length; c++) {
      assertArrayEquals(expected[c], table[c]);
    }
    Matcher m = INCORRECT.matcher(out);
    assertTrue(out, m.find());
    assertEquals(fewestErrors(expected, 0, new boolean[classes], 0), (int) Double.parseDouble(m.group(1)));
    assertTrue(out, out.contains(fresh.toString()));
  }

  /**
   * -g: the hierarchical clusterers write their graph, the full Newick tree, to the file (also with -c, where the
   * tree is over the rows without the class); K-Means is not Drawable, so Weka writes no file.
   */
  @Test
  public void graphFile() throws Exception {
    File graph = new File(TMP.newFolder(), "graph.txt");
    run("-t", trainFile, "-g", graph.getPath());
    AbstractClusterer fresh = built(read(trainFile));
    if (!(fresh instanceof Drawable)) {
      assertFalse(graph.exists());
      return;
    }
    String expected = ((Drawable) fresh).graph();
    assertTrue(expected, expected.startsWith("Newick:"));
    assertEquals(expected + System.lineSeparator(), Files.readString(graph.toPath(), StandardCharsets.UTF_8));

    File classGraph = new File(graph.getParentFile(), "class-graph.txt");
    run("-t", irisFile, "-c", "last", "-g", classGraph.getPath());
    Instances withoutClass = new Instances(iris);
    withoutClass.deleteAttributeAt(withoutClass.numAttributes() - 1);
    assertEquals(((Drawable) built(withoutClass)).graph() + System.lineSeparator(),
        Files.readString(classGraph.toPath(), StandardCharsets.UTF_8));
  }
}
