package org.clustermodels.knime.logic.table;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.MemoryCheck;
import org.junit.Test;

public class TrainingRowsTest {
  private static final double NA = Double.NaN;
  private static final List<String> COLUMNS = List.of("a", "b");

  private static TrainingRows rows(MissingValuePolicy policy, double[]... values) {
    TrainingRows.Builder b = TrainingRows.builder(COLUMNS, policy, MemoryCheck.runtime());
    for (int i = 0; i < values.length; i++) {
      b.add("Row" + i, values[i]);
    }
    return b.build();
  }

  @Test
  public void givenRowsWithMissingValues_whenSkipped_thenTheMatrixHoldsTheOthersAndMapsBackToInputRows() {
    TrainingRows t = rows(MissingValuePolicy.SKIP_ROWS, new double[] {1, 2}, new double[] {NA, 3},
        new double[] {4, 5}, new double[] {6, NA}, new double[] {7, 8});
    assertEquals(5, t.inputRowCount());
    assertEquals(3, t.rowCount());
    assertEquals(2, t.skippedRowCount());
    assertEquals("Row1", t.firstSkippedRowKey());
    assertArrayEquals(new double[] {1, 2, 4, 5, 7, 8}, t.matrix().toArray(), 0);
    assertArrayEquals(new int[] {0, -1, 1, -1, 2}, new int[] {t.matrixRowOf(0), t.matrixRowOf(1), t.matrixRowOf(2),
        t.matrixRowOf(3), t.matrixRowOf(4)});
    assertEquals(4, t.inputRowOf(2));
    assertEquals(0, t.fillValues().length);
    assertEquals("2 of 5 rows were left out because of missing values (the first: \"Row1\"); their output cells "
        + "are missing.", t.warning());
  }

  @Test
  public void givenRowsWithMissingValues_whenFilledByMeans_thenEachHoleHoldsItsColumnsMeanOfTheValuesPresent() {
    TrainingRows t = rows(MissingValuePolicy.MEAN, new double[] {1, 2}, new double[] {NA, 3}, new double[] {4, NA},
        new double[] {7, NA});
    double meanA = (1 + 4 + 7) / 3.0;
    double meanB = (2 + 3) / 2.0;
    assertArrayEquals(new double[] {1, 2, meanA, 3, 4, meanB, 7, meanB}, t.matrix().toArray(), 0);
    assertArrayEquals(new double[] {meanA, meanB}, t.fillValues(), 0);
    assertEquals(3, t.filledValueCount());
    assertEquals(2, t.matrixRowOf(2));
    assertEquals("3 missing values were replaced by their column's mean.", t.warning());
    assertEquals(RowEncoder.of(COLUMNS, MissingValuePolicy.MEAN, new double[] {meanA, meanB}), t.encoder());
  }

  @Test
  public void givenAMissingValue_whenThePolicyIsFail_thenTheMessageNamesRowKeyAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rows(MissingValuePolicy.FAIL, new double[] {1, 2}, new double[] {3, NA}));
    assertEquals("Row \"Row1\", column \"b\": the value is missing, and the missing-value policy is \"Fail\" "
        + "(choose \"Skip rows with missing values\" or \"Replace by the column mean\" to go on).", e.getMessage());
  }

  @Test
  public void givenAnInfiniteValue_whenAdded_thenTheMessageNamesRowKeyAndColumnUnderEveryPolicy() {
    for (MissingValuePolicy p : MissingValuePolicy.values()) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> rows(p, new double[] {1, 2}, new double[] {Double.NEGATIVE_INFINITY, NA}));
      assertEquals("Row \"Row1\", column \"a\": the value -Infinity is not a finite number; only finite numbers "
          + "can be clustered (filter the row or replace the value first).", e.getMessage());
    }
  }

  @Test
  public void givenOnlyRowsWithMissingValues_whenSkipped_thenBuildingFailsSayingWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rows(MissingValuePolicy.SKIP_ROWS, new double[] {NA, 2}, new double[] {3, NA}));
    assertEquals("All 2 rows have a missing value in the selected columns, so no row is left to cluster (the "
        + "first: \"Row0\"); choose the missing-value policy \"Replace by the column mean\" or filter the columns.",
        e.getMessage());
  }

  @Test
  public void givenAColumnWithoutValues_whenFilledByMeans_thenTheMessageNamesTheColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rows(MissingValuePolicy.MEAN, new double[] {1, NA}, new double[] {3, NA}));
    assertEquals("Column \"b\" has no value in any row, so its mean cannot replace its missing values; remove it "
        + "from the selection.", e.getMessage());
  }

  @Test
  public void givenNoRows_whenBuilt_thenTheMessageSaysTheTableIsEmpty() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TrainingRows.builder(COLUMNS, MissingValuePolicy.FAIL, MemoryCheck.runtime()).build());
    assertEquals("The input table has no rows.", e.getMessage());
  }

  @Test
  public void givenTooLittleMemory_whenRowsAreAdded_thenTheMessageSaysWhatNeedsHowMuch() {
    TrainingRows.Builder b = TrainingRows.builder(COLUMNS, MissingValuePolicy.FAIL, MemoryCheck.fixed(1000));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add("Row0", new double[2]));
    assertEquals("Reading 1,024 rows x 2 columns needs 16,384 bytes (16.0 KiB), but only 1,000 bytes are "
        + "available; select fewer columns, sample the rows, or give KNIME more memory (-Xmx in knime.ini)",
        e.getMessage());
  }

  @Test
  public void givenTheExpectedRowCount_whenReserved_thenTheBudgetIsCheckedUpFront() {
    TrainingRows.Builder b = TrainingRows.builder(COLUMNS, MissingValuePolicy.SKIP_ROWS,
        MemoryCheck.fixed(10_000_000));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.expectRows(1_000_000));
    assertTrue(e.getMessage(), e.getMessage().startsWith("Reading 1,000,000 rows x 2 columns needs 20,000,000 bytes"));
  }

  @Test
  public void givenAnExpectedRowCount_whenExactlyThoseRowsAreAdded_thenTheyAreAllThere() {
    TrainingRows.Builder b = TrainingRows.builder(COLUMNS, MissingValuePolicy.FAIL, MemoryCheck.runtime())
        .expectRows(3);
    TrainingRows t = b.add("r0", new double[] {1, 2}).add("r1", new double[] {3, 4}).add("r2", new double[] {5, 6})
        .build();
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, t.matrix().toArray(), 0);
    assertNull(t.firstSkippedRowKey());
    assertEquals("", t.warning());
  }

  @Test
  public void givenTheValuesArray_whenChangedAfterAdding_thenTheRowIsNot() {
    double[] v = {1, 2};
    TrainingRows.Builder b = TrainingRows.builder(COLUMNS, MissingValuePolicy.FAIL, MemoryCheck.runtime());
    b.add("r0", v);
    v[0] = 99;
    assertArrayEquals(new double[] {1, 2}, b.build().matrix().toArray(), 0);
  }

  /** Many rows (past several growth steps) with random holes: SKIP and MEAN against a direct computation. */
  @Property(tries = 30)
  void skipAndMeanMatchADirectComputation(@ForAll @IntRange(min = 1, max = 5000) int n,
      @ForAll @IntRange(min = 0, max = 3) int holesPerTen, @ForAll long seed) {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
    double[][] data = new double[n][2];
    for (double[] row : data) {
      for (int j = 0; j < 2; j++) {
        row[j] = rnd.nextInt(10) < holesPerTen ? NA : rnd.nextDouble() * 100 - 50;
      }
    }
    data[0] = new double[] {1, 2}; // every column has a value
    List<double[]> complete = new ArrayList<>();
    double[] sum = new double[2];
    int[] count = new int[2];
    for (double[] row : data) {
      if (!Double.isNaN(row[0]) && !Double.isNaN(row[1])) {
        complete.add(row);
      }
      for (int j = 0; j < 2; j++) {
        if (!Double.isNaN(row[j])) {
          sum[j] += row[j];
          count[j]++;
        }
      }
    }
    TrainingRows skip = rows(MissingValuePolicy.SKIP_ROWS, data);
    assertEquals(complete.size(), skip.rowCount());
    for (int i = 0; i < complete.size(); i++) {
      assertArrayEquals(complete.get(i), skip.matrix().row(i), 0);
      assertArrayEquals(data[skip.inputRowOf(i)], skip.matrix().row(i), 0);
      assertEquals(i, skip.matrixRowOf(skip.inputRowOf(i)));
    }
    TrainingRows mean = rows(MissingValuePolicy.MEAN, data);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 2; j++) {
        double expected = Double.isNaN(data[i][j]) ? sum[j] / count[j] : data[i][j];
        assertEquals(expected, mean.matrix().get(i, j), 0);
      }
    }
  }
}
