package org.clustermodels.cli;

import static org.clustermodels.cli.AgglomerativeCommandTest.checkTreeJson;
import static org.clustermodels.cli.AgglomerativeCommandTest.checkTreeJsonFields;
import static org.clustermodels.cli.AgglomerativeCommandTest.ok;
import static org.clustermodels.cli.AgglomerativeCommandTest.usarrests;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The divisive command end to end, in-process, on the bundled data; expectations from the R oracle. */
public class DivisiveCommandTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  /** The usarrests measurements, read with String.split (independent of the reader under test). */
  private static double[][] usarrestsRows() throws IOException {
    List<String> lines = Files.readAllLines(CliRun.resource("/usarrests.csv"), StandardCharsets.UTF_8);
    double[][] x = new double[lines.size() - 1][4];
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      for (int j = 0; j < 4; j++) {
        x[i - 1][j] = Double.parseDouble(f[j + 1]);
      }
    }
    return x;
  }

  @Test
  public void dianaEqualsR() {
    JsonNode r = CliRun.readJson(CliRun.resource("/oracles/usarrests.raw.json")).get("divisive").get("r_diana");
    JsonNode json = ok("divisive", "-i", usarrests("csv"), "--method", "diana").json();
    double[][] z = checkTreeJson(json, "divisive_coefficient", false, 50);
    assertEquals("divisive-diana-euclidean", json.get("algorithm").textValue());
    double[] heights = new double[z.length];
    for (int t = 0; t < z.length; t++) {
      heights[t] = z[t][2];
    }
    Arrays.sort(heights);
    JsonNode expected = r.get("heights_sorted");
    for (int t = 0; t < heights.length; t++) {
      double h = expected.get(t).doubleValue();
      assertEquals("sorted height " + t, h, heights[t], 1e-9 * h);
    }
    double dc = r.get("dc").doubleValue();
    assertEquals(dc, json.get("divisive_coefficient").doubleValue(), 1e-9 * dc);
    assertTrue(json.get("cophenetic_correlation").isDouble());
  }

  /** With any metric, each DIANA merge is at the diameter of the rows under it, computed here from the data. */
  @Test
  public void dianaHeightsAreDiameters() throws IOException {
    double[][] x = usarrestsRows();
    for (String metric : List.of("manhattan", "chebyshev")) {
      JsonNode json = ok("divisive", "-i", usarrests("csv"), "--method", "diana", "--metric", metric).json();
      double[][] z = checkTreeJson(json, "divisive_coefficient", false, 50);
      assertEquals("divisive-diana-" + metric, json.get("algorithm").textValue());
      for (int t = 0; t < z.length; t++) {
        List<Integer> rows = TreeReference.rowsUnder(z, 50 + t);
        double diameter = 0;
        for (int a : rows) {
          for (int b : rows) {
            double sum = 0;
            double max = 0;
            for (int j = 0; j < 4; j++) {
              double diff = Math.abs(x[a][j] - x[b][j]);
              sum += diff;
              max = Math.max(max, diff);
            }
            diameter = Math.max(diameter, metric.equals("manhattan") ? sum : max);
          }
        }
        assertEquals(metric + " merge " + t, diameter, z[t][2], 1e-9 * diameter);
      }
    }
  }

  @Test
  public void dianaCutsTheFullTree() {
    JsonNode json = ok("divisive", "-i", usarrests("csv"), "--method", "diana", "-k", "4").json();
    double[][] z = checkTreeJson(json, "divisive_coefficient", true, 50);
    assertArrayEquals(TreeReference.cutByCount(z, 4), KMeansCommandTest.ints(json.get("labels")));
    double h = z[46][2]; // the highest 2 merges are undone: 3 clusters
    JsonNode byHeight = ok("divisive", "-i", usarrests("csv"), "--method", "diana", "--cut-height",
        Double.toString(h)).json();
    assertArrayEquals(TreeReference.cutByHeight(z, h), KMeansCommandTest.ints(byHeight.get("labels")));
    assertEquals(2, Arrays.stream(KMeansCommandTest.ints(byHeight.get("labels"))).max().getAsInt());
  }

  /**
   * Bisecting k-means with -k 4: four clusters numbered by first row, which are the tree's four clusters, and each
   * of the three splits is at the SSE of the cluster it splits (computed here from the z-scored data).
   */
  @Test
  public void bisectingStopsAtKWithSseHeights() throws IOException {
    JsonNode json = ok("divisive", "-i", usarrests("csv"), "--method", "bisecting", "-k", "4", "--standardize",
        "zscore", "--seed", "3").json();
    double[][] z = checkTreeJsonFields(json, "divisive_coefficient", true, 50);
    assertTrue("no divisive coefficient when the splitting stopped at k", json.get("divisive_coefficient").isNull());
    assertEquals("divisive-bisecting-sse", json.get("algorithm").textValue());
    int[] labels = KMeansCommandTest.ints(json.get("labels"));
    assertEquals(4, Arrays.stream(labels).max().getAsInt() + 1);
    assertArrayEquals(TreeReference.cutByCount(z, 4), labels);
    double[][] x = Reference.zscore(usarrestsRows());
    for (int t = 0; t < z.length; t++) {
      boolean split = t >= z.length - 3;
      assertEquals("merge " + t + (split ? " is a split" : " lies below the 4 clusters"), split, z[t][2] > 0);
      if (split) {
        List<Integer> rows = TreeReference.rowsUnder(z, 50 + t);
        double[][] part = new double[rows.size()][];
        for (int i = 0; i < part.length; i++) {
          part[i] = x[rows.get(i)];
        }
        double sse = Reference.withinSumOfSquares(part, new int[part.length], 1);
        assertEquals("merge " + t, sse, z[t][2], 1e-9 * sse);
      }
    }
    ObjectNode again = (ObjectNode) ok("divisive", "-i", usarrests("csv"), "--method", "bisecting", "-k", "4",
        "--standardize", "zscore", "--seed", "3", "--threads", "1").json();
    again.remove("timing");
    ((ObjectNode) json).remove("timing");
    assertEquals("same seed, same tree, at any thread count", json, again);
  }

  @Test
  public void bisectingBySizeDownToSingleRows() {
    JsonNode json = ok("divisive", "-i", usarrests("csv"), "--method", "bisecting", "--split", "size").json();
    double[][] z = checkTreeJson(json, "divisive_coefficient", false, 50);
    assertEquals("divisive-bisecting-size", json.get("algorithm").textValue());
    for (int t = 0; t < z.length; t++) {
      assertEquals("a split's height is the size of the cluster split", z[t][3], z[t][2], 0);
    }
  }

  @Test
  public void bisectingNotesWhenOnlyIdenticalRowsAreLeft() throws IOException {
    Path f = tmp.getRoot().toPath().resolve("dup.csv");
    Files.writeString(f, "a,b\n1,1\n1,1\n5,5\n5,5\n");
    CliRun r = ok("divisive", "-i", f.toString(), "--method", "bisecting", "-k", "3");
    assertEquals("[0,0,1,1]", r.json().get("labels").toString());
    assertTrue(r.err, r.err.contains("stopped at 2 clusters, fewer than -k 3"));
  }
}
