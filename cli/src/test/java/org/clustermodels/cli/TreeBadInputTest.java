package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Bad input to the tree commands exits with 2, prints exactly one line {@code clustermodels: error: ...} naming
 * the problem, prints nothing on stdout, and creates no output file (JSON, Newick, SVG, PNG).
 */
public class TreeBadInputTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("work").toPath();
  }

  private Path csv(String name, String content) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String usarrests() {
    return CliRun.resource("/usarrests.csv").toString();
  }

  private String fails(String... args) throws IOException {
    return fails(dir, List.of(args));
  }

  /**
   * Runs a tree command with the JSON and Newick files asked for and checks the contract (shared by the tree
   * commands' bad-input tests).
   *
   * @param dir an empty folder for the output files, which must stay empty
   * @param args the arguments
   * @return the error line
   */
  static String fails(Path dir, List<String> args) throws IOException {
    List<String> a = new ArrayList<>(args);
    a.addAll(List.of("-o", dir.resolve("r.json").toString(), "--newick", dir.resolve("t.nwk").toString()));
    return CliRun.badInput(dir, a.toArray(new String[0]));
  }

  private static void mentions(String line, String... parts) {
    for (String p : parts) {
      assertTrue("'" + line + "' should mention '" + p + "'", line.contains(p));
    }
  }

  @Test
  public void unknownLinkageListsTheLinkages() throws IOException {
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "upgma"), "--linkage", "'upgma'",
        "single, complete, average, weighted, centroid, median, ward");
    mentions(fails("agglomerative", "-i", usarrests()), "--linkage");
  }

  @Test
  public void linkageThatNeedsEuclideanPassesTheCoreMessage() throws IOException {
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "ward", "--metric", "manhattan"),
        "ward linkage requires the euclidean metric, got manhattan");
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "centroid", "--metric", "cosine"),
        "centroid linkage requires the euclidean metric");
  }

  @Test
  public void metricThatRejectsTheData() throws IOException {
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "average", "--metric", "jaccard"), "jaccard",
        "binary");
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "average", "--metric", "minkowski"),
        "--metric", "'minkowski'");
  }

  @Test
  public void bothCutOptions() throws IOException {
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "single", "--cut-k", "3", "--cut-height",
        "1"), "--cut-k", "--cut-height", "mutually exclusive");
    mentions(fails("divisive", "-i", usarrests(), "--method", "diana", "-k", "3", "--cut-height", "1"), "-k",
        "--cut-height", "mutually exclusive");
  }

  @Test
  public void cutOutOfRange() throws IOException {
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "single", "--cut-k", "0"), "--cut-k", ">= 1");
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "single", "--cut-k", "51"), "--cut-k 51",
        "50");
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "single", "--cut-height", "-1"),
        "--cut-height", ">= 0");
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "single", "--cut-height", "NaN"),
        "--cut-height");
    mentions(fails("divisive", "-i", usarrests(), "--method", "bisecting", "-k", "51"), "-k 51", "50");
    mentions(fails("divisive", "-i", usarrests(), "--method", "diana", "-k", "-2"), "-k", ">= 1");
    mentions(fails("divisive", "-i", usarrests(), "--method", "diana", "--svg", dir.resolve("t.svg").toString(),
        "--max-leaves", "1"), "--max-leaves", ">= 2");
  }

  @Test
  public void missingFile() throws IOException {
    Path nope = tmp.getRoot().toPath().resolve("nope.csv");
    mentions(fails("agglomerative", "-i", nope.toString(), "--linkage", "ward"), "nope.csv", "does not exist");
    mentions(fails("divisive", "-i", nope.toString(), "--method", "diana"), "nope.csv", "does not exist");
  }

  @Test
  public void nanCellNamesRowAndColumn() throws IOException {
    Path f = csv("nan.csv", "name,a,b\nx,1,2\ny,3,4\nz,5,NaN\nw,7,8\n");
    mentions(fails("agglomerative", "-i", f.toString(), "--linkage", "average", "--svg",
        dir.resolve("t.svg").toString(), "--png", dir.resolve("t.png").toString()), "nan.csv", "row 3",
        "column 'b'", "missing");
    mentions(fails("divisive", "-i", f.toString(), "--method", "bisecting"), "row 3", "column 'b'");
  }

  @Test
  public void divisiveOptions() throws IOException {
    mentions(fails("divisive", "-i", usarrests(), "--method", "agnes"), "--method", "diana, bisecting");
    mentions(fails("divisive", "-i", usarrests()), "--method");
    mentions(fails("divisive", "-i", usarrests(), "--method", "bisecting", "--restarts", "0"), "--restarts");
    mentions(fails("divisive", "-i", usarrests(), "--method", "bisecting", "--split", "diameter"), "--split");
    mentions(fails("divisive", "-i", usarrests(), "--method", "bisecting", "--metric", "manhattan"), "bisecting",
        "manhattan");
  }

  @Test
  public void outputFilesMustDifferFromEachOtherAndTheInput() throws IOException {
    Path same = dir.resolve("same.out");
    CliRun r = CliRun.run("agglomerative", "-i", usarrests(), "--linkage", "ward", "--newick", same.toString(),
        "--svg", same.toString());
    assertEquals(r.toString(), Main.EXIT_BAD_INPUT, r.code);
    mentions(r.err, "--newick and --svg name the same file");
    Path input = csv("input.csv", "a,b\n1,2\n3,4\n5,6\n");
    CliRun clobber = CliRun.run("divisive", "-i", input.toString(), "--method", "diana", "--png",
        input.toString());
    assertEquals(Main.EXIT_BAD_INPUT, clobber.code);
    mentions(clobber.err, "--png", "is the input file");
    assertEquals("a,b\n1,2\n3,4\n5,6\n", Files.readString(input));
    assertEquals(List.of(), KMeansCommandTest.listing(dir));
  }
}
