package org.clustermodels.knime.logic.table;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;

/**
 * The selected columns of a learner's input table as the core's matrix, with the missing-value policy applied and
 * the way back from matrix rows to input rows. Built row by row with a {@link Builder}, as the glue iterates over
 * the KNIME table. Immutable.
 *
 * <p>Under {@link MissingValuePolicy#SKIP_ROWS} a row with a missing value has no matrix row
 * ({@link #matrixRowOf(int)} is -1; its output cells are missing); under {@link MissingValuePolicy#MEAN} every row
 * has one and missing values hold their column's mean over the rows that have a value there; under
 * {@link MissingValuePolicy#FAIL} adding such a row fails. An infinite value always fails, naming the row key and
 * the column.
 */
public final class TrainingRows {
  private final RowEncoder encoder;
  private final DenseMatrix matrix;
  private final int inputRows;
  private final int[] keptInputRows;
  private final String firstSkippedRowKey;
  private final long filledValues;

  private TrainingRows(RowEncoder encoder, DenseMatrix matrix, int inputRows, int[] keptInputRows,
      String firstSkippedRowKey, long filledValues) {
    this.encoder = encoder;
    this.matrix = matrix;
    this.inputRows = inputRows;
    this.keptInputRows = keptInputRows;
    this.firstSkippedRowKey = firstSkippedRowKey;
    this.filledValues = filledValues;
  }

  /**
   * @param columns the selected column names, in the order their values are given, at least one
   * @param policy the missing-value policy
   * @param memory the check made before every large allocation
   * @return a builder
   */
  public static Builder builder(List<String> columns, MissingValuePolicy policy, MemoryCheck memory) {
    return new Builder(columns, policy, memory);
  }

  /** @return the column names, in matrix column order, unmodifiable */
  public List<String> columns() {
    return encoder.columns();
  }

  /** @return the missing-value policy applied */
  public MissingValuePolicy policy() {
    return encoder.policy();
  }

  /** @return the rows used for training, original units, one per kept input row in input order */
  public DenseMatrix matrix() {
    return matrix;
  }

  /** @return the number of input rows added */
  public int inputRowCount() {
    return inputRows;
  }

  /** @return the number of rows used for training (the matrix's rows) */
  public int rowCount() {
    return matrix.rows();
  }

  /** @return the number of input rows left out because of a missing value (SKIP_ROWS only) */
  public int skippedRowCount() {
    return inputRows - matrix.rows();
  }

  /** @return the key of the first row left out, or null if none was */
  public String firstSkippedRowKey() {
    return firstSkippedRowKey;
  }

  /** @return the number of missing values replaced by their column's mean (MEAN only) */
  public long filledValueCount() {
    return filledValues;
  }

  /**
   * @param inputRow an input row index, 0-based, in the order rows were added
   * @return its matrix row, or -1 if the row was left out
   */
  public int matrixRowOf(int inputRow) {
    if (inputRow < 0 || inputRow >= inputRows) {
      throw new IndexOutOfBoundsException("input row " + inputRow + " outside 0.." + (inputRows - 1));
    }
    if (keptInputRows == null) {
      return inputRow;
    }
    int i = Arrays.binarySearch(keptInputRows, inputRow);
    return i >= 0 ? i : -1;
  }

  /**
   * @param matrixRow a matrix row index
   * @return the input row it came from
   */
  public int inputRowOf(int matrixRow) {
    if (matrixRow < 0 || matrixRow >= matrix.rows()) {
      throw new IndexOutOfBoundsException("matrix row " + matrixRow + " outside 0.." + (matrix.rows() - 1));
    }
    return keptInputRows == null ? matrixRow : keptInputRows[matrixRow];
  }

  /** @return the column means used as fill values under MEAN (a copy), else empty */
  public double[] fillValues() {
    return encoder.fillValues();
  }

  /** @return the encoder that treats new rows as these rows were treated (columns, policy, fill values) */
  public RowEncoder encoder() {
    return encoder;
  }

  /**
   * @return a warning for the node to show, or the empty string: how many rows were left out (and the first of
   *     them) or how many values were replaced by column means
   */
  public String warning() {
    if (skippedRowCount() > 0) {
      return String.format(Locale.ROOT, "%,d of %,d rows were left out because of missing values (the first: "
          + "\"%s\"); their output cells are missing.", skippedRowCount(), inputRows, firstSkippedRowKey);
    }
    if (filledValues > 0) {
      return String.format(Locale.ROOT, "%,d missing values were replaced by their column's mean.", filledValues);
    }
    return "";
  }

  @Override
  public String toString() {
    return "TrainingRows[" + matrix.rows() + " of " + inputRows + " rows x " + matrix.cols() + " columns, "
        + encoder.policy().id() + "]";
  }

  /** Collects the rows one at a time; not thread-safe, use once. */
  public static final class Builder {
    private static final int FIRST_CAPACITY = 1024;

    private final List<String> columns;
    private final MissingValuePolicy policy;
    private final MemoryCheck memory;
    private final int d;
    private final double[] sums;
    private final long[] counts;
    private double[] values = new double[0];
    private int[] keptInputRows;
    private int capacity;
    private int kept;
    private int inputRows;
    private String firstSkippedRowKey;
    private long missingCells;
    private boolean built;

    private Builder(List<String> columns, MissingValuePolicy policy, MemoryCheck memory) {
      this.columns = List.copyOf(columns);
      this.policy = Objects.requireNonNull(policy, "policy");
      this.memory = Objects.requireNonNull(memory, "memory");
      if (this.columns.isEmpty()) {
        throw new IllegalArgumentException("no column is selected");
      }
      this.d = this.columns.size();
      this.sums = new double[d];
      this.counts = new long[d];
      this.keptInputRows = policy == MissingValuePolicy.SKIP_ROWS ? new int[0] : null;
    }

    /**
     * Reserves room for the rows to come (e.g. the KNIME table's size), so that they are stored without copying.
     *
     * @param rows the number of rows expected; more may be added
     * @return this builder
     * @throws IllegalArgumentException if the rows do not fit in memory or in one matrix
     */
    public Builder expectRows(long rows) {
      if (rows > capacity) {
        grow(rows);
      }
      return this;
    }

    /**
     * Adds the next input row.
     *
     * @param rowKey the row's key, for messages
     * @param rowValues the selected columns' values, in column order; NaN for a missing cell
     * @return this builder
     * @throws IllegalArgumentException naming the row key and column for an infinite value or (FAIL) a missing
     *     value; also if the rows no longer fit in memory or in one matrix
     */
    public Builder add(String rowKey, double[] rowValues) {
      if (built) {
        throw new IllegalStateException("build() was called already");
      }
      if (inputRows == Integer.MAX_VALUE) {
        throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " rows cannot be clustered");
      }
      int missing = RowValues.firstMissing(rowKey, rowValues, columns, policy);
      if (missing >= 0 && policy == MissingValuePolicy.SKIP_ROWS) {
        if (firstSkippedRowKey == null) {
          firstSkippedRowKey = rowKey;
        }
        inputRows++;
        return this;
      }
      if (kept == capacity) {
        grow(Math.max((long) capacity + capacity / 2, (long) capacity + FIRST_CAPACITY));
      }
      System.arraycopy(rowValues, 0, values, kept * d, d);
      for (int j = 0; j < d; j++) {
        double v = rowValues[j];
        if (Double.isNaN(v)) {
          missingCells++;
        } else {
          sums[j] += v;
          counts[j]++;
        }
      }
      if (keptInputRows != null) {
        keptInputRows[kept] = inputRows;
      }
      kept++;
      inputRows++;
      return this;
    }

    private void grow(long wanted) {
      long maxRows = DenseMatrix.MAX_VALUES / d;
      if (kept >= maxRows) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%,d rows x %,d columns do not fit in one "
            + "matrix (at most %,d values); select fewer columns or sample the rows", kept + 1L, d,
            DenseMatrix.MAX_VALUES));
      }
      int newCapacity = (int) Math.min(wanted, maxRows);
      long bytes = (long) newCapacity * d * Double.BYTES
          + (keptInputRows == null ? 0 : (long) newCapacity * Integer.BYTES);
      memory.require(bytes, String.format(Locale.ROOT, "Reading %,d rows x %,d columns", newCapacity, d),
          "select fewer columns, sample the rows, or give KNIME more memory (-Xmx in knime.ini)");
      values = Arrays.copyOf(values, newCapacity * d);
      if (keptInputRows != null) {
        keptInputRows = Arrays.copyOf(keptInputRows, newCapacity);
      }
      capacity = newCapacity;
    }

    /**
     * Finishes the rows: fills missing values (MEAN) and builds the matrix.
     *
     * @return the training rows
     * @throws IllegalArgumentException if no row was added, if every row was left out, or (MEAN) naming a column
     *     without any value; also if the matrix does not fit in memory
     */
    public TrainingRows build() {
      if (built) {
        throw new IllegalStateException("build() was called already");
      }
      built = true;
      if (inputRows == 0) {
        throw new IllegalArgumentException("The input table has no rows.");
      }
      if (kept == 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "All %,d rows have a missing value in the "
            + "selected columns, so no row is left to cluster (the first: \"%s\"); choose the missing-value policy "
            + "\"%s\" or filter the columns.", inputRows, firstSkippedRowKey, MissingValuePolicy.MEAN.label()));
      }
      double[] fill = null;
      if (policy == MissingValuePolicy.MEAN) {
        fill = new double[d];
        for (int j = 0; j < d; j++) {
          if (counts[j] == 0) {
            throw new IllegalArgumentException("Column \"" + columns.get(j) + "\" has no value in any row, so "
                + "its mean cannot replace its missing values; remove it from the selection.");
          }
          fill[j] = sums[j] / counts[j];
        }
        if (missingCells > 0) {
          for (int i = 0; i < kept * d; i++) {
            if (Double.isNaN(values[i])) {
              values[i] = fill[i % d];
            }
          }
        }
      }
      long n = (long) kept * d;
      memory.require(n * Double.BYTES * (values.length == n ? 1 : 2), String.format(Locale.ROOT,
          "The matrix of %,d rows x %,d columns", kept, d),
          "select fewer columns, sample the rows, or give KNIME more memory (-Xmx in knime.ini)");
      DenseMatrix matrix = DenseMatrix.ofRowMajor(kept, d, values.length == n ? values : Arrays.copyOf(values,
          (int) n));
      values = null;
      int[] keptRows = keptInputRows == null ? null : Arrays.copyOf(keptInputRows, kept);
      return new TrainingRows(RowEncoder.of(columns, policy, fill), matrix, inputRows, keptRows,
          firstSkippedRowKey, missingCells);
    }
  }
}
