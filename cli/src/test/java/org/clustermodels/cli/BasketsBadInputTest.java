package org.clustermodels.cli;

import static org.clustermodels.cli.BadInputTest.mentions;

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
 * Bad input to {@code baskets} exits with 2, prints exactly one line {@code clustermodels: error: ...} naming the
 * problem, prints nothing on stdout, and creates no output file (JSON, Newick, SVG, PNG).
 */
public class BasketsBadInputTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("work").toPath();
  }

  /** @return the path of a new file in the temporary folder (not the output folder) with this content */
  private String file(String name, String content) throws IOException {
    return Files.writeString(tmp.newFile(name).toPath(), content, StandardCharsets.UTF_8).toString();
  }

  private static String zoo() {
    return CliRun.resource("/zoo.csv").toString();
  }

  /** Runs with the JSON, Newick and picture files asked for and checks the contract; returns the error line. */
  private String fails(String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of("baskets"));
    a.addAll(List.of(args));
    a.addAll(List.of("--svg", dir.resolve("t.svg").toString(), "--png", dir.resolve("t.png").toString()));
    return TreeBadInputTest.fails(dir, a);
  }

  @Test
  public void emptyTransactionFile() throws IOException {
    String empty = file("empty.txt", "");
    mentions(fails("-i", empty, "--transactions"), empty + ": no baskets: the file is empty or has only blank "
        + "lines (expected one basket per line, its items separated by commas)");
    mentions(fails("-i", file("blank.txt", "\n  \n\n"), "--transactions"), "no baskets");
  }

  @Test
  public void transactionFileWithoutItems() throws IOException {
    String commas = file("commas.txt", ",\n,,\n");
    mentions(fails("-i", commas, "--transactions"), commas + ": no items: every one of its 2 lines is empty");
  }

  @Test
  public void valueThatIsNotZeroOrOneIsNamedByRowAndColumn() throws IOException {
    String legs = file("legs.csv", "animal,hair,legs\nbear,1,4\nbee,1,6\n");
    mentions(fails("-i", legs), legs + ": row 1, column 'legs': 4 is not 0 or 1", "--columns", "--transactions");
    String half = file("half.csv", "a,b\n0,1\n1,0\n1,0.5\n");
    mentions(fails("-i", half, "--cluster", "baskets"), half + ": row 3, column 'b': 0.5 is not 0 or 1");
    mentions(fails("-i", CliRun.resource("/iris.csv").toString()),
        "row 1, column 'Sepal.Length': 5.1 is not 0 or 1");
  }

  @Test
  public void missingValueIsNamedByRowAndColumn() throws IOException {
    String gap = file("gap.csv", "a,b\n0,1\n1,\n");
    mentions(fails("-i", gap), "row 2, column 'b': missing value");
    mentions(fails("-i", gap, "--missing", "mean"), "--missing mean cannot fill a 0/1 table",
        "--missing skip-row");
  }

  @Test
  public void unknownClusterValue() throws IOException {
    mentions(fails("-i", zoo(), "--cluster", "animals"), "--cluster", "'animals'", "items, baskets");
  }

  @Test
  public void linkageThatNeedsEuclideanDistances() throws IOException {
    mentions(fails("-i", zoo(), "--linkage", "ward"), "--linkage", "'ward'",
        "single, complete, average, weighted");
  }

  @Test
  public void tableOptionsWithTransactions() throws IOException {
    String shop = file("shop.txt", "a,b\nb,c\n");
    mentions(fails("-i", shop, "--transactions", "--columns", "a"), "--columns", "--transactions");
    mentions(fails("-i", shop, "--transactions", "--missing", "skip-row"), "--missing",
        "transactions have no missing values");
  }

  @Test
  public void cutIntoMoreClustersThanItems() throws IOException {
    mentions(fails("-i", zoo(), "--cut-k", "16"), "--cut-k 16 is larger than the number of items (15)");
    mentions(fails("-i", zoo(), "--cluster", "baskets", "--cut-k", "102"),
        "--cut-k 102 is larger than the number of baskets (101)");
  }

  @Test
  public void tooFewToCluster() throws IOException {
    String one = file("one.csv", "a,name\n1,x\n0,y\n");
    mentions(fails("-i", one), one + ": 1 item; clustering the items needs at least 2");
  }

  @Test
  public void missingFile() throws IOException {
    mentions(fails("-i", dir.resolve("none.txt").toString(), "--transactions"), "none.txt' does not exist");
  }
}
