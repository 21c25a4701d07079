package org.clustermodels.knime.logic.profile;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Random;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.knime.logic.table.ColumnKind;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.junit.Test;

/** The segment profile table against hand-checked figures and a direct computation of means and deviations. */
public class ProfileTableTest {
  private static final double EPS = 1e-12;

  private static DenseMatrix matrix(double[][] rows) {
    return DenseMatrix.ofRowMajor(rows.length, rows[0].length, java.util.Arrays.stream(rows)
        .flatMapToDouble(java.util.Arrays::stream).toArray());
  }

  @Test
  public void columnsAreTheCliLayoutWithTheClustersAsDomain() {
    List<OutputColumn> columns = ProfileTable.columns(List.of("cluster_0", "cluster_1"));
    assertEquals(List.of("Cluster", "Size", "Share", "Column", "Mean", "Standard deviation",
        "Standardised difference"), columns.stream().map(OutputColumn::name).toList());
    assertEquals(List.of(ColumnKind.STRING, ColumnKind.INT, ColumnKind.DOUBLE, ColumnKind.STRING, ColumnKind.DOUBLE,
        ColumnKind.DOUBLE, ColumnKind.DOUBLE), columns.stream().map(OutputColumn::kind).toList());
    assertEquals(List.of("all", "cluster_0", "cluster_1"), columns.get(0).possibleValues());
    assertEquals(List.of(), ProfileTable.columns(List.of()).get(0).possibleValues());
  }

  @Test
  public void handCheckedFiguresOverallFirstThenPerClusterAndColumn() {
    // column a: 1 3 | 10 12 14; column b constant 5
    DenseMatrix x = matrix(new double[][] {{1, 5}, {3, 5}, {10, 5}, {12, 5}, {14, 5}});
    OutputTable t = ProfileTable.of(x, new int[] {0, 0, 1, 1, 1}, List.of("a", "b"), List.of("c0", "c1"));
    assertEquals(2 + 2 * 2, t.rowCount());
    // overall: mean 8, population variance (49 + 25 + 4 + 16 + 36) / 5 = 26
    assertRow(t.row(0), "all", 5, 1.0, "a", 8.0, Math.sqrt(26), 0.0);
    assertRow(t.row(1), "all", 5, 1.0, "b", 5.0, 0.0, 0.0);
    assertRow(t.row(2), "c0", 2, 0.4, "a", 2.0, 1.0, (2 - 8) / Math.sqrt(26));
    assertRow(t.row(3), "c0", 2, 0.4, "b", 5.0, 0.0, 0.0); // constant column: 0 by definition
    // c1: mean 12, variance (4 + 0 + 4) / 3
    assertRow(t.row(4), "c1", 3, 0.6, "a", 12.0, Math.sqrt(8.0 / 3), (12 - 8) / Math.sqrt(26));
    assertRow(t.row(5), "c1", 3, 0.6, "b", 5.0, 0.0, 0.0);
  }

  @Test
  public void emptyClustersInTheMiddleAndAtTheEndHaveSizeZeroAndMissingFigures() {
    DenseMatrix x = matrix(new double[][] {{0}, {2}, {7}});
    OutputTable t = ProfileTable.of(x, new int[] {0, 0, 2}, List.of("v"), List.of("k0", "k1", "k2", "k3"));
    assertEquals(1 + 4, t.rowCount());
    assertRow(t.row(1), "k0", 2, 2 / 3.0, "v", 1.0, 1.0, (1 - 3) / Math.sqrt((9 + 1 + 16) / 3.0));
    for (int r : new int[] {2, 4}) {
      Object[] row = t.row(r);
      assertEquals(0, row[1]);
      assertEquals(0.0, (Double) row[2], 0);
      assertNull(row[4]);
      assertNull(row[5]);
      assertNull(row[6]);
    }
    assertEquals("k1", t.get(2, 0));
    assertEquals("k3", t.get(4, 0));
    assertRow(t.row(3), "k2", 1, 1 / 3.0, "v", 7.0, 0.0, (7 - 3) / Math.sqrt(26 / 3.0));
  }

  @Test
  public void matchesADirectComputationOnRandomData() {
    Random random = new Random(42);
    int n = 200;
    int d = 3;
    int k = 4;
    double[][] rows = new double[n][d];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i < k ? i : random.nextInt(k);
      for (int j = 0; j < d; j++) {
        rows[i][j] = 100 * j + labels[i] * (j + 1) + random.nextGaussian() * (j + 0.5);
      }
    }
    OutputTable t = ProfileTable.of(matrix(rows), labels, List.of("x", "y", "z"), List.of("A", "B", "C", "D"));
    for (int j = 0; j < d; j++) {
      double[] all = direct(rows, labels, -1, j);
      for (int c = 0; c < k; c++) {
        double[] in = direct(rows, labels, c, j);
        Object[] row = t.row(d + c * d + j);
        assertEquals("ABCD".substring(c, c + 1), row[0]);
        assertEquals((int) in[0], row[1]);
        assertEquals(in[0] / n, (Double) row[2], EPS);
        assertEquals(List.of("x", "y", "z").get(j), row[3]);
        assertEquals(in[1], (Double) row[4], 1e-9);
        assertEquals(in[2], (Double) row[5], 1e-9);
        assertEquals((in[1] - all[1]) / all[2], (Double) row[6], 1e-9);
      }
    }
  }

  /** Count, mean and population standard deviation of column j over the rows of cluster c (-1: all rows). */
  private static double[] direct(double[][] rows, int[] labels, int c, int j) {
    double count = 0;
    double sum = 0;
    for (int i = 0; i < rows.length; i++) {
      if (c < 0 || labels[i] == c) {
        count++;
        sum += rows[i][j];
      }
    }
    double mean = sum / count;
    double squares = 0;
    for (int i = 0; i < rows.length; i++) {
      if (c < 0 || labels[i] == c) {
        squares += (rows[i][j] - mean) * (rows[i][j] - mean);
      }
    }
    return new double[] {count, mean, Math.sqrt(squares / count)};
  }

  @Test
  public void refusesClustersWithoutNamesAndMismatchedCounts() {
    DenseMatrix x = matrix(new double[][] {{0}, {1}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ProfileTable.of(x, new int[] {0, 2}, List.of("v"), List.of("a", "b")));
    assertEquals("row 1 is in cluster 2, but there are only 2 cluster names", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ProfileTable.of(x, new int[] {0}, List.of("v"), List.of("a")));
    assertThrows(IllegalArgumentException.class,
        () -> ProfileTable.of(x, new int[] {0, 1}, List.of("v", "w"), List.of("a", "b")));
  }

  private static void assertRow(Object[] row, String cluster, int size, double share, String column, double mean,
      double sd, double z) {
    assertEquals(cluster, row[0]);
    assertEquals(size, row[1]);
    assertEquals(column, row[3]);
    assertArrayEquals(new double[] {share, mean, sd, z}, new double[] {(Double) row[2], (Double) row[4],
        (Double) row[5], (Double) row[6]}, EPS);
  }
}
