package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every bad input exits with 2, prints exactly one line {@code clustermodels: error: ...} naming the problem,
 * prints nothing on stdout, and creates or changes no output file.
 */
public class BadInputTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;
  private Path out;
  private Path labels;
  private Path existing;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("work").toPath();
    out = dir.resolve("result.json");
    labels = dir.resolve("labels.csv");
    existing = dir.resolve("existing.json");
    Files.writeString(existing, "previous content");
    Files.setLastModifiedTime(existing, FileTime.fromMillis(1_000_000_000_000L));
  }

  private Path csv(String name, String content) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static String iris() {
    return CliRun.resource("/iris.csv").toString();
  }

  /**
   * Runs twice, once with -o and --labels-out to new files and once with -o to an existing file, and checks
   * the contract; returns the error line.
   */
  private String fails(String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("-o", out.toString(), "--labels-out", labels.toString()));
    CliRun r = CliRun.run(a.toArray(new String[0]));
    assertEquals(r.toString(), Main.EXIT_BAD_INPUT, r.code);
    assertEquals(r.toString(), "", r.out);
    assertEquals(r.toString(), 1, r.errLines().length);
    String line = r.errLines()[0];
    assertTrue(line, line.startsWith("clustermodels: error: "));
    assertEquals("no output file, no temporary file", List.of("existing.json"), KMeansCommandTest.listing(dir));

    List<String> b = new ArrayList<>(List.of(args));
    b.addAll(List.of("-o", existing.toString()));
    CliRun r2 = CliRun.run(b.toArray(new String[0]));
    assertEquals(r2.toString(), Main.EXIT_BAD_INPUT, r2.code);
    assertEquals("previous content", Files.readString(existing));
    assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(existing).toMillis());
    assertEquals(List.of("existing.json"), KMeansCommandTest.listing(dir));
    return line;
  }

  /** Asserts that an error line mentions every part (shared by the commands' bad-input tests). */
  static void mentions(String line, String... parts) {
    for (String p : parts) {
      assertTrue("'" + line + "' should mention '" + p + "'", line.contains(p));
    }
  }

  @Test
  public void nanValueNamesRowAndColumn() throws IOException {
    Path f = csv("nan.csv", "a,b\n1,2\n3,4\n5,NaN\n7,8\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "nan.csv", "row 3", "column 'b'", "missing");
  }

  @Test
  public void emptyCellNamesRowAndColumn() throws IOException {
    Path f = csv("gap.csv", "a,b\n1,2\n,4\n5,6\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "row 2", "column 'a'", "--missing");
  }

  @Test
  public void infiniteValueNamesRowAndColumn() throws IOException {
    Path f = csv("inf.csv", "a,b\n1,2\n3,4\n-Infinity,6\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "row 3", "column 'a'", "infinite");
    Path big = csv("big.csv", "a,b\n1,2\n3,1e999\n5,6\n");
    mentions(fails("kmeans", "-i", big.toString(), "-k", "2", "--missing", "mean"), "row 2", "column 'b'");
  }

  @Test
  public void infiniteValueInArffNamesRowAndColumn() throws IOException {
    Path f = csv("inf.arff", "@relation r\n@attribute a numeric\n@attribute 'b c' numeric\n@data\n1,2\n3,inf\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "row 2", "column 'b c'", "infinite");
  }

  @Test
  public void emptyFile() throws IOException {
    Path f = csv("empty.csv", "");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "empty.csv", "empty");
    Path arff = csv("empty.arff", "% nothing\n");
    mentions(fails("kmeans", "-i", arff.toString(), "-k", "2"), "empty.arff", "empty");
  }

  @Test
  public void headerOnly() throws IOException {
    Path f = csv("header.csv", "a,b\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "header.csv", "no data rows");
    Path arff = csv("header.arff", "@relation r\n@attribute a numeric\n@data\n");
    mentions(fails("kmeans", "-i", arff.toString(), "-k", "2"), "header.arff", "no data rows");
  }

  @Test
  public void oneDataRow() throws IOException {
    Path f = csv("one.csv", "a,b\n1,2\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "1"), "one.csv", "1 data row", "at least 2");
  }

  @Test
  public void oneRowLeftAfterSkipping() throws IOException {
    Path f = csv("few.csv", "a,b\n1,2\n3,NA\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "1", "--missing", "skip-row"), "1 data row", "skipping");
  }

  @Test
  public void kZeroOrNegative() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "-k", "0"), "-k", ">= 1");
    mentions(fails("kmeans", "-i", iris(), "-k", "-3"), "-k", ">= 1");
  }

  @Test
  public void kLargerThanN() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "-k", "151"), "-k 151", "150");
  }

  @Test
  public void kLargerThanDistinctRows() throws IOException {
    Path f = csv("dup.csv", "a,b\n1,2\n1,2\n3,4\n1,2\n3,4\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "3"), "-k 3", "distinct rows (2 of 5)");
  }

  @Test
  public void raggedRow() throws IOException {
    Path f = csv("ragged.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n");
    mentions(fails("kmeans", "-i", f.toString(), "-k", "2"), "ragged.csv", "row 3", "2 values", "3 columns");
    Path arff = csv("ragged.arff", "@relation r\n@attribute a numeric\n@attribute b numeric\n@data\n1,2\n3\n");
    mentions(fails("kmeans", "-i", arff.toString(), "-k", "2"), "ragged.arff", "row 2", "1 value,");
  }

  @Test
  public void nonNumericColumnInColumnsOption() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "-k", "2", "--columns", "Sepal.Length,class"), "--columns",
        "'class'", "not numeric");
    mentions(fails("kmeans", "-i", CliRun.resource("/iris.arff").toString(), "-k", "2", "--columns", "class"),
        "--columns", "'class'", "nominal");
  }

  @Test
  public void unknownColumnInColumnsOption() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "-k", "2", "--columns", "Sepal.Length,Petal.Size"), "--columns",
        "unknown column 'Petal.Size'");
  }

  @Test
  public void missingOrUnreadableFile() throws IOException {
    Path nope = tmp.getRoot().toPath().resolve("nope.csv");
    mentions(fails("kmeans", "-i", nope.toString(), "-k", "2"), "nope.csv", "does not exist");
    mentions(fails("kmeans", "-i", tmp.getRoot().toString(), "-k", "2"), "is a directory");
    Path latin1 = tmp.getRoot().toPath().resolve("latin1.csv");
    Files.write(latin1, "caf\u00e9,b\n1,2\n3,4\n".getBytes(StandardCharsets.ISO_8859_1));
    mentions(fails("kmeans", "-i", latin1.toString(), "-k", "2"), "latin1.csv", "UTF-8");
  }

  @Test
  public void badKRangeSyntax() throws IOException {
    for (String bad : new String[] {"2-10", "2..", "..5", "a..b", "2...5", "2,10"}) {
      mentions(fails("kmeans", "-i", iris(), "--k-range", bad), "--k-range", "KMIN..KMAX");
    }
    mentions(fails("kmeans", "-i", iris(), "--k-range", "5..3"), "--k-range", "KMAX");
  }

  @Test
  public void kRangeStartingBelowTwo() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "--k-range", "1..4"), "--k-range", "KMIN must be >= 2");
    mentions(fails("kmeans", "-i", iris(), "--k-range", "0..4"), "--k-range", "KMIN must be >= 2");
  }

  @Test
  public void kRangeBeyondTheRows() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "--k-range", "2..151"), "--k-range 2..151", "150");
  }

  @Test
  public void kAndKRangeTogetherOrNeither() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--k-range", "2..4"), "-k", "--k-range");
    mentions(fails("kmeans", "-i", iris()), "-k", "--k-range");
  }

  @Test
  public void badOptionValues() throws IOException {
    mentions(fails("kmeans", "-i", iris(), "-k", "three"), "-k", "three");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--init", "kmeans+"), "--init", "kmeans++, random");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--algorithm", "fast"), "--algorithm");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--standardize", "robust"), "--standardize");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--missing", "drop"), "--missing", "skip-row");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--refine", "yes"), "--refine");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--restarts", "0"), "--restarts");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--max-iter", "0"), "--max-iter");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--swap-trials", "-1"), "--swap-trials");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--tol", "-1"), "--tol");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--threads", "-1"), "--threads");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--outlier-quantile", "1.5"), "--outlier-quantile");
    mentions(fails("kmeans", "-i", iris(), "-k", "3", "--no-such-option"), "--no-such-option");
    mentions(fails("kmeans", "-k", "3"), "--input");
  }

  @Test
  public void outputProblemsAreFoundBeforeAnyWork() throws IOException {
    CliRun r = CliRun.run("kmeans", "-i", iris(), "-k", "3", "-o", dir.resolve("no/such/dir/x.json").toString());
    assertEquals(Main.EXIT_BAD_INPUT, r.code);
    mentions(r.err, "-o", "does not exist");
    CliRun same = CliRun.run("kmeans", "-i", iris(), "-k", "3", "-o", out.toString(), "--labels-out",
        out.toString());
    assertEquals(Main.EXIT_BAD_INPUT, same.code);
    mentions(same.err, "same file");
    Path input = csv("input.csv", "a,b\n1,2\n3,4\n5,6\n");
    CliRun clobber = CliRun.run("kmeans", "-i", input.toString(), "-k", "2", "--labels-out", input.toString());
    assertEquals(Main.EXIT_BAD_INPUT, clobber.code);
    mentions(clobber.err, "--labels-out", "is the input file");
    assertEquals("a,b\n1,2\n3,4\n5,6\n", Files.readString(input));
  }

  @Test
  public void malformedArff() throws IOException {
    Path type = csv("type.arff", "@relation r\n@attribute a numeric\n@attribute b complex\n@data\n1,2\n");
    mentions(fails("kmeans", "-i", type.toString(), "-k", "1"), "type.arff", "line 3", "unknown type 'complex'");
    Path text = csv("text.arff", "@relation r\n@attribute a numeric\n@attribute b numeric\n@data\n1,2\n3,x\n");
    mentions(fails("kmeans", "-i", text.toString(), "-k", "1"), "row 2", "column 'b'", "'x' is not a number");
    Path noData = csv("nodata.arff", "@relation r\n@attribute a numeric\n");
    mentions(fails("kmeans", "-i", noData.toString(), "-k", "1"), "no @data");
  }

  @Test
  public void noCommandOrUnknownCommand() {
    CliRun none = CliRun.run();
    assertEquals(Main.EXIT_BAD_INPUT, none.code);
    assertEquals(1, none.errLines().length);
    CliRun unknown = CliRun.run("kmedoids", "-i", iris());
    assertEquals(Main.EXIT_BAD_INPUT, unknown.code);
    assertEquals(1, unknown.errLines().length);
    mentions(unknown.err, "unknown command 'kmedoids'", "kmeans");
  }
}
