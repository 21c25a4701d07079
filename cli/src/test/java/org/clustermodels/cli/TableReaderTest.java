package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** CSV and ARFF reading, and the preparation of the numeric matrix. */
public class TableReaderTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Table read(String name, String content) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return TableReader.read(p);
  }

  private static void assertColumn(Table t, int col, String name, double... values) {
    Table.Column c = t.columns().get(col);
    assertEquals(name, c.name());
    assertTrue(name + " numeric", c.numeric());
    for (int i = 0; i < values.length; i++) {
      assertEquals(name + " row " + i, values[i], c.value(i), 0);
    }
  }

  private static String error(Runnable r) {
    try {
      r.run();
    } catch (CliException e) {
      return e.getMessage();
    }
    fail("no error");
    return null;
  }

  @Test
  public void csvWithQuotesBomAndEmptyLines() throws IOException {
    Table t = read("q.csv", "\uFEFF\"x, first\",y,label\n1, 2 ,\"a, b\"\n\n\"3\",4,c\n");
    assertEquals(2, t.rows());
    assertColumn(t, 0, "x, first", 1, 3);
    assertColumn(t, 1, "y", 2, 4);
    assertFalse(t.columns().get(2).numeric());
    assertEquals("not numeric (row 1 has 'a, b')", t.columns().get(2).whyNotNumeric());
  }

  @Test
  public void csvColumnIsNumericIfEveryNonMissingValueIs() throws IOException {
    Table t = read("m.csv", "a,b,c,d\n?,1,x,\nNA,2,3,\n5,NaN,4,\n");
    assertColumn(t, 0, "a", Double.NaN, Double.NaN, 5);
    assertColumn(t, 1, "b", 1, 2, Double.NaN);
    assertEquals("not numeric (row 1 has 'x')", t.columns().get(2).whyNotNumeric());
    assertTrue("an all-missing column counts as numeric", t.columns().get(3).numeric());
  }

  @Test
  public void csvHeaderOnlyHasNoRows() throws IOException {
    assertEquals(0, read("h.csv", "a,b\n").rows());
  }

  @Test
  public void arffWithQuotedNamesCommentsMissingAndTypes() throws IOException {
    Table t = read("t.arff", String.join("\n",
        "% a comment",
        "@RELATION 'my data'",
        "",
        "@attribute 'sepal length' NUMERIC",
        "@attribute \"width\" real % trailing comment",
        "@Attribute count integer",
        "@attribute name string",
        "@attribute when date \"yyyy-MM-dd\"",
        "@attribute class {'a b',c}",
        "@data",
        "% data comment",
        "5.1, 3.5, 2, 'x, y', '2020-01-01', 'a b'",
        "?, 3, 4, \"q \\\" r\", ?, c % inline comment",
        ""));
    assertEquals(2, t.rows());
    assertColumn(t, 0, "sepal length", 5.1, Double.NaN);
    assertColumn(t, 1, "width", 3.5, 3);
    assertColumn(t, 2, "count", 2, 4);
    assertEquals("not numeric (string attribute)", t.columns().get(3).whyNotNumeric());
    assertEquals("not numeric (date attribute)", t.columns().get(4).whyNotNumeric());
    assertEquals("not numeric (nominal attribute)", t.columns().get(5).whyNotNumeric());
  }

  @Test
  public void arffNominalWithoutSpaceAndDetectionByHeader() throws IOException {
    // no .arff extension: detected by the @relation line
    Table t = read("data.txt", "%c\n@relation r\n@attribute a numeric\n@attribute k{x,y}\n@data\n1,x\n2,y\n");
    assertColumn(t, 0, "a", 1, 2);
    assertFalse(t.columns().get(1).numeric());
  }

  @Test
  public void arffSparseRows() throws IOException {
    Table t = read("s.arff", "@relation r\n@attribute a numeric\n@attribute b numeric\n@attribute c numeric\n"
        + "@data\n{1 2.5}\n{0 1, 2 ?}\n{}\n");
    assertEquals(3, t.rows());
    assertColumn(t, 0, "a", 0, 1, 0);
    assertColumn(t, 1, "b", 2.5, 0, 0);
    assertColumn(t, 2, "c", 0, Double.NaN, 0);
  }

  @Test
  public void arffErrorsNameTheLineOrRow() {
    assertTrue(error(() -> uncheckedRead("w.arff", "@relation r\n@attribute a numeric\n@data\n1, {2}\n"))
        .contains("instance weight"));
    assertTrue(error(() -> uncheckedRead("rel.arff", "@relation r\n@attribute a relational\n@data\n"))
        .contains("relational"));
    assertTrue(error(() -> uncheckedRead("q.arff", "@relation r\n@attribute 'a numeric\n@data\n"))
        .contains("line 2"));
    assertTrue(error(() -> uncheckedRead("o.arff", "@attribute a numeric\n@data\n1\n"))
        .contains("@attribute before @relation"));
    assertTrue(error(() -> uncheckedRead("sp.arff", "@relation r\n@attribute a numeric\n@data\n{3 1}\n"))
        .contains("row 1"));
  }

  private void uncheckedRead(String name, String content) {
    try {
      read(name, content);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  public void prepareSelectsColumnsAndMapsRows() throws IOException {
    Table t = read("p.csv", "id,a,b\nx,1,2\ny,NA,3\nz,4,5\n");
    InputData skip = InputOptions.prepare(t, null, MissingPolicy.SKIP_ROW);
    assertEquals(List.of("a", "b"), skip.columns());
    assertEquals(2, skip.matrix().rows());
    assertEquals(3, skip.inputRows());
    assertEquals(0, skip.matrixRow(0));
    assertEquals(-1, skip.matrixRow(1));
    assertEquals(1, skip.matrixRow(2));
    assertEquals(List.of("skipping non-numeric column id", "skipped 1 row(s) with missing values; their labels "
        + "are null"), skip.notes());

    InputData mean = InputOptions.prepare(t, List.of("b", "a"), MissingPolicy.MEAN);
    assertEquals(List.of("b", "a"), mean.columns());
    assertEquals(2.5, mean.matrix().get(1, 1), 0);
    assertEquals(List.of("replaced 1 missing value(s) by column means"), mean.notes());

    InputData onlyB = InputOptions.prepare(t, List.of("b"), MissingPolicy.FAIL);
    assertEquals(3, onlyB.matrix().rows());
    assertEquals(List.of(), onlyB.notes());
  }

  @Test
  public void prepareRejects() throws IOException {
    Table allMissing = read("am.csv", "a,b\n1,\n2,NA\n");
    assertTrue(error(() -> InputOptions.prepare(allMissing, null, MissingPolicy.MEAN))
        .contains("column 'b' has no values"));
    Table text = read("tx.csv", "a,b\nx,y\nz,w\n");
    assertTrue(error(() -> InputOptions.prepare(text, null, MissingPolicy.FAIL)).contains("no numeric columns"));
    Table dup = read("dup.csv", "a,a,b\n1,2,3\n4,5,6\n");
    assertTrue(error(() -> InputOptions.prepare(dup, List.of("a"), MissingPolicy.FAIL)).contains("2 times"));
    assertTrue(error(() -> InputOptions.prepare(dup, List.of("b", "b"), MissingPolicy.FAIL)).contains("twice"));
  }
}
