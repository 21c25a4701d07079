package org.clustermodels.cli;

import static org.clustermodels.cli.BadInputTest.mentions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Bad use of the segmentation and anomaly options exits with 2 and one error line naming the option, before any
 * file is written.
 */
public class SegmentBadInputTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("work").toPath();
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  /** Runs with a JSON output file as well and checks the contract; returns the error line. */
  private String fails(String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("-o", file("result.json")));
    return CliRun.badInput(dir, a.toArray(new String[0]));
  }

  private static String usarrests() {
    return CliRun.resource("/usarrests.csv").toString();
  }

  private static String faithful() {
    return CliRun.resource("/faithful.csv").toString();
  }

  @Test
  public void theProfileOfATreeNeedsACut() throws IOException {
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "ward", "--heatmap", file("h.png")),
        "--heatmap", "cut", "--cut-k K or --cut-height H");
    mentions(fails("divisive", "-i", usarrests(), "--method", "diana", "--profile", file("p.csv"), "--scores",
        file("s.csv")), "--profile", "-k K or --cut-height H");
  }

  @Test
  public void theKPlotNeedsAKRange() throws IOException {
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--k-plot", file("k.png")), "--k-plot", "--k-range");
  }

  @Test
  public void fileFormatsAreChosenByExtension() throws IOException {
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--heatmap", file("h.jpg")), "--heatmap", "h.jpg",
        ".png or .svg");
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--profile", file("p.xml")), "--profile", "p.xml",
        ".csv or .json");
    mentions(fails("kmeans", "-i", faithful(), "--k-range", "2..4", "--k-plot", file("k.pdf")), "--k-plot",
        ".png or .svg");
    mentions(fails("agglomerative", "-i", faithful(), "--linkage", "single", "--cut-k", "3", "--scatter",
        file("s.gif")), "--scatter", ".png or .svg");
  }

  @Test
  public void theMinimumClusterSizeMustBePositiveUsedAndReachable() throws IOException {
    mentions(fails("agglomerative", "-i", faithful(), "--linkage", "single", "--cut-k", "3", "--scores",
        file("s.csv"), "--min-cluster-size", "0"), "--min-cluster-size must be >= 1", "got 0");
    mentions(fails("agglomerative", "-i", faithful(), "--linkage", "single", "--cut-k", "3",
        "--min-cluster-size", "3"), "--min-cluster-size needs --scores or --scatter");
    mentions(fails("agglomerative", "-i", usarrests(), "--linkage", "ward", "--cut-k", "4", "--scores",
        file("s.csv"), "--min-cluster-size", "30"), "--min-cluster-size 30", "no cluster of the cut has 30 rows",
        "the largest has 16");
  }

  @Test
  public void theOutlierQuantileNeedsAnOutputThatShowsTheFlags() throws IOException {
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--outlier-quantile", "0.9"), "--outlier-quantile",
        "--labels-out, --scores or --scatter");
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--scores", file("s.csv"), "--outlier-quantile", "2"),
        "--outlier-quantile must be in [0, 1]");
  }

  @Test
  public void theScatterNeedsTwoColumns() throws IOException {
    mentions(fails("kmeans", "-i", usarrests(), "-k", "2", "--columns", "Murder", "--scatter", file("s.png")),
        "--scatter", "only 1 column", "'Murder'");
  }

  @Test
  public void unwritableOrCollidingFilesAreNamed() throws IOException {
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--heatmap", file("missing/h.png")), "--heatmap",
        "the directory of", "does not exist");
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--scores", dir.toString()), "--scores", "is a directory");
    mentions(fails("kmeans", "-i", faithful(), "-k", "2", "--profile", file("same.csv"), "--scores",
        file("same.csv")), "--profile and --scores name the same file");
    mentions(fails("agglomerative", "-i", faithful(), "--linkage", "single", "--cut-k", "2", "--profile",
        faithful()), "--profile", "is the input file");
  }
}
