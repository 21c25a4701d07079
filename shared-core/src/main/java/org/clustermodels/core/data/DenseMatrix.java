package org.clustermodels.core.data;

import java.util.Arrays;

/**
 * An immutable dense matrix of doubles stored row-major in one flat array: the only data shape the core
 * algorithms read. There is no object per row; row {@code i}, column {@code j} is at {@code i * cols + j}.
 *
 * <p>Size limit: {@code rows * cols} must fit in one Java array (at most {@link Integer#MAX_VALUE} - 8
 * values, about 17 GB of doubles), because the data is kept in one array for speed.
 */
public final class DenseMatrix {
  /** Largest number of values one Java array can hold on common JVMs. */
  public static final long MAX_VALUES = Integer.MAX_VALUE - 8L;

  private final int rows;
  private final int cols;
  private final double[] values;

  private DenseMatrix(int rows, int cols, double[] values) {
    this.rows = rows;
    this.cols = cols;
    this.values = values;
  }

  /**
   * Copies a row-major array into a matrix.
   *
   * @param rows number of rows, at least 0
   * @param cols number of columns, at least 1
   * @param values {@code rows * cols} values, row after row; copied
   * @return the matrix
   * @throws IllegalArgumentException if the sizes do not match
   */
  public static DenseMatrix ofRowMajor(int rows, int cols, double[] values) {
    checkShape(rows, cols);
    if (values.length != (long) rows * cols) {
      throw new IllegalArgumentException(
          "expected " + ((long) rows * cols) + " values for " + rows + " x " + cols + ", got " + values.length);
    }
    return new DenseMatrix(rows, cols, values.clone());
  }

  /**
   * Copies an array of rows into a matrix.
   *
   * @param data the rows; all must have the same length, at least 1
   * @return the matrix
   * @throws IllegalArgumentException if rows are ragged (the message names the first ragged row) or empty
   */
  public static DenseMatrix of(double[][] data) {
    if (data.length == 0) {
      throw new IllegalArgumentException("the data has no rows");
    }
    int cols = data[0].length;
    checkShape(data.length, cols);
    double[] values = new double[data.length * cols];
    for (int i = 0; i < data.length; i++) {
      if (data[i].length != cols) {
        throw new IllegalArgumentException(
            "ragged data: row " + i + " has " + data[i].length + " values, row 0 has " + cols);
      }
      System.arraycopy(data[i], 0, values, i * cols, cols);
    }
    return new DenseMatrix(data.length, cols, values);
  }

  private static void checkShape(int rows, int cols) {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must be >= 0, got " + rows);
    }
    if (cols < 1) {
      throw new IllegalArgumentException("the data has no columns");
    }
    if ((long) rows * cols > MAX_VALUES) {
      throw new IllegalArgumentException("the data has " + ((long) rows * cols)
          + " values; one matrix holds at most " + MAX_VALUES + " (Java array limit)");
    }
  }

  /** @return number of rows */
  public int rows() {
    return rows;
  }

  /** @return number of columns */
  public int cols() {
    return cols;
  }

  /**
   * @param row row index
   * @param col column index
   * @return the value at (row, col)
   */
  public double get(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IndexOutOfBoundsException("(" + row + ", " + col + ") outside " + rows + " x " + cols);
    }
    return values[row * cols + col];
  }

  /**
   * @param row row index
   * @return a copy of the row
   */
  public double[] row(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException("row " + row + " outside 0.." + (rows - 1));
    }
    return Arrays.copyOfRange(values, row * cols, row * cols + cols);
  }

  /**
   * The values themselves, row-major, without a copy: for the core's algorithms, which only read them (a copy
   * of a large matrix costs a pass over memory on every fit). Never modify the array: the matrix is immutable
   * and may be shared.
   *
   * @return the backing array
   */
  public double[] backing() {
    return values;
  }

  /** @return a copy of all values, row-major */
  public double[] toArray() {
    return values.clone();
  }

  /** @return a copy as an array of rows */
  public double[][] toRows() {
    double[][] out = new double[rows][];
    for (int i = 0; i < rows; i++) {
      out[i] = Arrays.copyOfRange(values, i * cols, i * cols + cols);
    }
    return out;
  }

  /**
   * @param indices row indices, in the order wanted (repeats allowed)
   * @return a new matrix of those rows
   */
  public DenseMatrix selectRows(int[] indices) {
    double[] out = new double[indices.length * cols];
    for (int r = 0; r < indices.length; r++) {
      int i = indices[r];
      if (i < 0 || i >= rows) {
        throw new IndexOutOfBoundsException("row " + i + " outside 0.." + (rows - 1));
      }
      System.arraycopy(values, i * cols, out, r * cols, cols);
    }
    return new DenseMatrix(indices.length, cols, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DenseMatrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "DenseMatrix[" + rows + " x " + cols + "]";
  }
}
