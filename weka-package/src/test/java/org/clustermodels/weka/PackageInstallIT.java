package org.clustermodels.weka;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import weka.clusterers.AbstractClusterer;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Installs the built package zip into a throwaway WEKA_HOME with Weka's own package manager (offline), then runs
 * each of the three clusterers by its simple name through {@code weka.Run} on a bundled ARFF and checks the
 * Explorer's class list; checks that the PNG loader is registered as the Explorer sees it (Weka's file loaders,
 * the one picked for a .png file), converts a PNG to ARFF through {@code weka.Run}, and runs the colour quantiser
 * by its simple name. Each step is a
 * child JVM whose classpath holds Weka and its runtime libraries only, so our classes can come from nowhere but
 * the installed package. Runs in the package phase, after the zip is assembled.
 */
public class PackageInstallIT {
  @ClassRule
  public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path wekaHome;
  private static Path iris;

  /**
   * Weka and its runtime libraries: the jars of this test's classpath that come from a Maven repository, without
   * ours (org/clustermodels), the test frameworks and Weka's test jar.
   */
  private static String wekaClasspath() {
    List<String> jars = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String p = entry.replace(File.separatorChar, '/');
      boolean ours = p.contains("/org/clustermodels/") || !p.endsWith(".jar");
      boolean testing = p.contains("/junit/") || p.contains("/org/junit/") || p.contains("/org/hamcrest/")
          || p.contains("/org/opentest4j/") || p.contains("/org/apiguardian/") || p.endsWith("-tests.jar")
          || p.contains("surefire");
      if (!ours && !testing) {
        jars.add(entry);
      }
    }
    assertTrue("Weka is not on the test classpath: " + jars, jars.stream().anyMatch(j -> j.contains("weka-stable")));
    return String.join(File.pathSeparator, jars);
  }

  private static String run(String classpath, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dweka.packageManager.offline=true");
    cmd.add("--add-opens");
    cmd.add("java.base/sun.net.www.protocol.jar=ALL-UNNAMED");
    cmd.add("--add-opens");
    cmd.add("java.base/java.lang=ALL-UNNAMED");
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("WEKA_HOME", wekaHome.toString());
    pb.directory(TMP.getRoot());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue("timed out: " + cmd, p.waitFor(120, TimeUnit.SECONDS));
    assertEquals("exit status of " + cmd + "\n" + out, 0, p.exitValue());
    return out;
  }

  @BeforeClass
  public static void install() throws Exception {
    String zip = System.getProperty("clustermodels.weka.zip");
    assertTrue("the package zip (system property clustermodels.weka.zip) is missing: " + zip,
        zip != null && new File(zip).isFile());
    wekaHome = TMP.newFolder("wekahome").toPath();
    iris = TMP.getRoot().toPath().resolve("iris.arff");
    try (InputStream in = PackageInstallIT.class.getResourceAsStream("/iris.arff")) {
      Files.copy(in, iris, StandardCopyOption.REPLACE_EXISTING);
    }
    run(wekaClasspath(), "weka.core.WekaPackageManager", "-offline", "-install-package", zip);
  }

  @Test
  public void installedWithDescriptionAndJars() throws IOException {
    Path pkg = wekaHome.resolve("packages").resolve("ClusterModels");
    assertTrue(Files.isRegularFile(pkg.resolve("Description.props")));
    assertTrue(Files.isRegularFile(pkg.resolve("ClusterModels.jar")));
    try (var libs = Files.list(pkg.resolve("lib"))) {
      assertTrue(libs.anyMatch(f -> f.getFileName().toString().startsWith("shared-core")));
    }
  }

  /**
   * Runs a clusterer from the installed package by its simple name on iris, and checks Weka's evaluation: no
   * exception, the requested number of clusters, and each cluster's size as counted here by a model built
   * directly (from this build's classes, with the same options) assigning every row.
   */
  private static void runsBySimpleName(AbstractClusterer direct, String reportTitle, String clustersLine,
      String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("weka.Run", direct.getClass().getSimpleName(), "-t",
        iris.toString()));
    args.addAll(List.of(options));
    String out = run(wekaClasspath(), args.toArray(new String[0]));
    assertFalse(out, out.contains("Exception"));
    assertTrue(out, out.contains(reportTitle));
    assertTrue(out, out.contains(clustersLine));

    direct.setOptions(options.clone());
    Instances data;
    try (InputStream in = Files.newInputStream(iris)) {
      data = new DataSource(in).getDataSet();
    }
    direct.buildClusterer(data);
    Map<Integer, Integer> sizes = EvaluationOutput.clusteredInstances(out, EvaluationOutput.TRAINING);
    assertEquals(out, EvaluationOutput.counts(EvaluationOutput.assign(direct, data)), sizes);
    assertEquals(out, 3, sizes.size());
    assertEquals(out, data.numInstances(), sizes.values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  public void wekaRunFindsKMeansBySimpleName() throws Exception {
    runsBySimpleName(new ClusterModelsKMeans(), "ClusterModels K-Means", "Number of clusters: 3", "-N", "3");
  }

  @Test
  public void wekaRunFindsAgglomerativeBySimpleName() throws Exception {
    runsBySimpleName(new ClusterModelsAgglomerative(), "ClusterModels agglomerative clustering",
        "Cut: into 3 clusters (-N)", "-N", "3", "-L", "ward");
  }

  @Test
  public void wekaRunFindsDivisiveBySimpleName() throws Exception {
    runsBySimpleName(new ClusterModelsDivisive(), "ClusterModels divisive clustering",
        "Cut: into 3 clusters (-N)", "-N", "3");
  }

  /**
   * Runs a helper class's main in a child JVM with Weka's classpath and that one class (class discovery would try
   * to load every test class, which need JUnit).
   */
  private static String runHelper(Class<?> helper, String... args) throws Exception {
    Path dir = TMP.newFolder(helper.getSimpleName()).toPath();
    String file = helper.getName().replace('.', '/') + ".class";
    Path target = dir.resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = helper.getResourceAsStream("/" + file)) {
      Files.copy(in, target);
    }
    List<String> cmd = new ArrayList<>(List.of(helper.getName()));
    cmd.addAll(List.of(args));
    return run(wekaClasspath() + File.pathSeparator + dir, cmd.toArray(new String[0]));
  }

  @Test
  public void theExplorerChooserListsTheClusterer() throws Exception {
    String out = runHelper(GoeClusterers.class);
    Matcher line = Pattern.compile("(?m)^GOE clusterers: (.*)$").matcher(out);
    assertTrue(out, line.find());
    List<String> listed = Arrays.stream(line.group(1).split(",")).map(String::trim).collect(Collectors.toList());
    for (Class<?> c : List.of(ClusterModelsKMeans.class, ClusterModelsAgglomerative.class,
        ClusterModelsDivisive.class)) {
      assertTrue(c.getName() + " not in " + listed, listed.contains(c.getName()));
    }
    // Weka's own clusterers are listed too: the list is the whole chooser's, not only the package's
    assertTrue(listed.toString(), listed.contains("weka.clusterers.SimpleKMeans"));
  }

  /** A 4 x 2 PNG of two dark and six light pixels, written here. */
  private static Path smallPng() throws IOException {
    Path file = TMP.getRoot().toPath().resolve("small.png");
    if (!Files.exists(file)) {
      ClusterModelsPngLoaderTest.png(file, 4, 0x050505, 0xF0F0F0, 0xFAFAFA, 0xF5F5F5, 0xF0F0F0, 0x0A0A0A,
          0xFAFAFA, 0xF5F5F5);
    }
    return file;
  }

  @Test
  public void theInstalledPackageRegistersThePngLoader() throws Exception {
    String out = runHelper(GoeLoaders.class, smallPng().toString());
    String loader = ClusterModelsPngLoader.class.getName();
    Matcher goe = Pattern.compile("(?m)^GOE file loaders: (.*)$").matcher(out);
    assertTrue(out, goe.find());
    assertTrue(out, Arrays.asList(goe.group(1).split("\\s*,\\s*")).contains(loader));
    Matcher listed = Pattern.compile("(?m)^ConverterUtils file loaders: (.*)$").matcher(out);
    assertTrue(out, listed.find());
    List<String> loaders = Arrays.asList(listed.group(1).split(","));
    assertTrue(out, loaders.contains(loader));
    assertTrue("Weka's own loaders are listed too: " + out, loaders.contains("weka.core.converters.CSVLoader"));
    assertTrue(out, out.contains("Loader for the file: " + loader + "\n"));
    assertTrue(out, out.contains("Instances: 8, attributes: 3\n"));
  }

  /**
   * On the command line the loader converts a PNG to ARFF (weka.Run loads packages without their
   * GenericPropertiesCreator.props, so {@code -t photo.png} finds no converter there; the Explorer does load them),
   * and the ARFF is clustered like any other.
   */
  @Test
  public void wekaRunConvertsAPngToArffAndClustersItsColours() throws Exception {
    String out = run(wekaClasspath(), "weka.Run", "ClusterModelsPngLoader", smallPng().toString());
    int start = out.indexOf("@relation");
    assertTrue(out, start >= 0);
    Path arff = TMP.getRoot().toPath().resolve("small.arff");
    Files.writeString(arff, out.substring(start));
    Instances data;
    try (InputStream in = Files.newInputStream(arff)) {
      data = new DataSource(in).getDataSet();
    }
    assertEquals(8, data.numInstances());
    assertEquals(3, data.numAttributes());
    assertEquals(List.of(5.0, 5.0, 5.0), Arrays.stream(data.instance(0).toDoubleArray()).boxed()
        .collect(Collectors.toList()));
    assertEquals(List.of(10.0, 10.0, 10.0), Arrays.stream(data.instance(5).toDoubleArray()).boxed()
        .collect(Collectors.toList()));

    String clustered = run(wekaClasspath(), "weka.Run", "ClusterModelsKMeans", "-t", arff.toString(), "-N", "2");
    assertFalse(clustered, clustered.contains("Exception"));
    Map<Integer, Integer> sizes = EvaluationOutput.clusteredInstances(clustered, EvaluationOutput.TRAINING);
    assertEquals(clustered, List.of(2, 6), sizes.values().stream().sorted().collect(Collectors.toList()));
  }

  @Test
  public void wekaRunRunsTheColourQuantizerBySimpleName() throws Exception {
    Path chelsea = ClusterModelsPngLoaderTest.chelsea(TMP);
    Path outDir = TMP.newFolder("quantized").toPath();
    String out = run(wekaClasspath(), "weka.Run", "ClusterModelsColourQuantizer", "-i", chelsea.toString(), "-N",
        "8", "-o", outDir.resolve("chelsea-8.png").toString(), "-palette", outDir.resolve("palette.png").toString());
    assertFalse(out, out.contains("Exception"));
    assertTrue(out, out.contains("Palette size:        8 colours"));
    assertTrue(out, out.contains("Bits per pixel:      24 before, 3 after"));
    java.awt.image.BufferedImage q = javax.imageio.ImageIO.read(outDir.resolve("chelsea-8.png").toFile());
    assertEquals(451, q.getWidth());
    assertEquals(300, q.getHeight());
    assertTrue(Files.size(outDir.resolve("palette.png")) > 0);
    // a bad option: one message naming it, no stack trace
    String bad = run(wekaClasspath(), "weka.Run", "ClusterModelsColourQuantizer", "-i", chelsea.toString(), "-N",
        "0", "-o", outDir.resolve("x.png").toString());
    assertTrue(bad, bad.contains("ClusterModelsColourQuantizer: -N must be >= 1"));
    assertFalse(bad, bad.contains("Exception"));
  }
}
