package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The silhouette and --k-range output, which come from the core's Silhouette and KScan. */
public class QualityOutputTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private static String iris() {
    return CliRun.resource("/iris.csv").toString();
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
  public void kRangeGivesOneScorePerKAndTheSuggestedK() throws IOException {
    JsonNode perK = CliRun.readJson(CliRun.resource("/oracles/iris.raw.json")).get("kmeans").get("per_k");
    JsonNode json = ok("kmeans", "-i", iris(), "--k-range", "2..4", "--seed", "1").json();
    assertEquals(List.of("algorithm", "n", "d", "columns", "k", "labels", "centers", "inertia", "iterations",
        "converged", "restarts", "silhouette", "k_scan", "suggested_k", "timing"), fieldNames(json));
    JsonNode scan = json.get("k_scan");
    assertEquals(3, scan.size());
    int suggested = json.get("suggested_k").intValue();
    assertTrue(suggested >= 2 && suggested <= 4);
    assertEquals(suggested, json.get("k").intValue());
    assertEquals(150, json.get("labels").size());
    assertEquals(suggested, json.get("centers").size());
    for (int i = 0; i < 3; i++) {
      JsonNode s = scan.get(i);
      int k = i + 2;
      assertEquals(List.of("k", "inertia", "silhouette", "calinski_harabasz", "davies_bouldin"), fieldNames(s));
      assertEquals(k, s.get("k").intValue());
      double best = perK.get(String.valueOf(k)).get("best_known_inertia").doubleValue();
      // oracle README: within 1e-3 of the best known SSE for k <= 3, 2 % above
      double slack = k <= 3 ? 1e-3 : 0.02;
      assertTrue("k=" + k + ": " + s.get("inertia") + " vs " + best, s.get("inertia").doubleValue()
          <= best * (1 + slack));
      if (k == suggested) {
        assertEquals(s.get("inertia").doubleValue(), json.get("inertia").doubleValue(), 0);
        assertEquals(s.get("silhouette").doubleValue(), json.get("silhouette").doubleValue(), 0);
      }
      assertTrue(s.get("calinski_harabasz").doubleValue() > 0);
      assertTrue(s.get("davies_bouldin").doubleValue() > 0);
    }
    // the rule: highest silhouette, ties to the smaller k
    for (JsonNode s : scan) {
      assertTrue(s.get("silhouette").doubleValue() <= json.get("silhouette").doubleValue());
    }
  }

  @Test
  public void kScanSilhouettesMatchScikitLearnWhereThePartitionIsTheSame() throws IOException {
    JsonNode perK = CliRun.readJson(CliRun.resource("/oracles/iris.zscore.json")).get("kmeans").get("per_k");
    JsonNode json = ok("kmeans", "-i", iris(), "--k-range", "2..5", "--standardize", "zscore", "--seed", "5")
        .json();
    int compared = 0;
    for (JsonNode s : json.get("k_scan")) {
      int k = s.get("k").intValue();
      JsonNode oracle = perK.get(String.valueOf(k));
      CliRun single = ok("kmeans", "-i", iris(), "-k", String.valueOf(k), "--standardize", "zscore", "--seed",
          "5");
      int[] labels = KMeansCommandTest.ints(single.json().get("labels"));
      assertEquals("-k " + k + " and the scan agree", s.get("inertia").doubleValue(),
          single.json().get("inertia").doubleValue(), 0);
      if (Reference.adjustedRandIndex(labels, KMeansCommandTest.ints(oracle.get("sklearn_labels"))) == 1.0) {
        assertEquals("k=" + k, oracle.get("silhouette_sklearn_labels").doubleValue(),
            s.get("silhouette").doubleValue(), 1e-9);
        compared++;
      }
    }
    assertTrue("compared " + compared, compared >= 2);
  }

  @Test
  public void kRangeReportsProgressPerK() {
    CliRun r = ok("kmeans", "-i", iris(), "--k-range", "2..3", "--progress");
    assertTrue(r.err, r.err.contains("clustermodels: progress 100% k-means for k = 3"));
  }

  @Test
  public void silhouetteMatchesScikitLearnOnTheSamePartition() throws IOException {
    JsonNode oracle = CliRun.readJson(CliRun.resource("/oracles/iris.raw.json")).get("kmeans").get("per_k")
        .get("3");
    JsonNode json = ok("kmeans", "-i", iris(), "-k", "3", "--seed", "1").json();
    int[] labels = KMeansCommandTest.ints(json.get("labels"));
    double ari = Reference.adjustedRandIndex(labels, KMeansCommandTest.ints(oracle.get("sklearn_labels")));
    assertEquals("the test needs scikit-learn's partition", 1.0, ari, 0);
    assertEquals(oracle.get("silhouette_sklearn_labels").doubleValue(), json.get("silhouette").doubleValue(),
        1e-9);
  }

  @Test
  public void silhouetteIsSampledAbove20000Rows() throws IOException {
    Path csv = tmp.newFile("blobs.csv").toPath();
    Random rnd = new Random(42);
    try (Writer w = Files.newBufferedWriter(csv)) {
      w.write("x,y\n");
      for (int i = 0; i < 20_001; i++) {
        int c = i % 2;
        w.write((c * 100 + rnd.nextGaussian()) + "," + (rnd.nextGaussian()) + "\n");
      }
    }
    JsonNode json = ok("kmeans", "-i", csv.toString(), "-k", "2", "--restarts", "2").json();
    // two blobs 100 standard deviations apart: every silhouette value is close to 1
    double s = json.get("silhouette").doubleValue();
    assertTrue(String.valueOf(s), s > 0.95 && s <= 1);
  }
}
