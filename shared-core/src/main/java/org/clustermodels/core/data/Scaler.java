package org.clustermodels.core.data;

import java.util.Arrays;

/**
 * A fitted column scaling: {@code scaled = (value - offset) / divisor}, and 0 for a constant column (divisor 0). It is part of every model, so that new
 * rows are transformed exactly as the training rows were, and results can be given back in original units.
 * Immutable.
 */
public final class Scaler implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Standardization method;
  private final double[] offset;
  private final double[] divisor;

  private Scaler(Standardization method, double[] offset, double[] divisor) {
    this.method = method;
    this.offset = offset;
    this.divisor = divisor;
  }

  /**
   * Fits a scaling to the columns of the data.
   *
   * @param method the standardisation
   * @param data finite data with at least one row
   * @return the fitted scaler
   */
  public static Scaler fit(Standardization method, DenseMatrix data) {
    int n = data.rows();
    int d = data.cols();
    double[] v = data.toArray();
    double[] offset = new double[d];
    double[] divisor = new double[d];
    Arrays.fill(divisor, 1.0);
    switch (method) {
      case NONE -> {
        // identity
      }
      case ZSCORE -> {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            offset[j] += v[i * d + j];
          }
        }
        for (int j = 0; j < d; j++) {
          offset[j] /= n;
        }
        double[] ss = new double[d];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            double t = v[i * d + j] - offset[j];
            ss[j] += t * t;
          }
        }
        for (int j = 0; j < d; j++) {
          double sd = Math.sqrt(ss[j] / n);
          divisor[j] = sd;
        }
      }
      case MINMAX -> {
        double[] max = new double[d];
        Arrays.fill(offset, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < d; j++) {
            offset[j] = Math.min(offset[j], v[i * d + j]);
            max[j] = Math.max(max[j], v[i * d + j]);
          }
        }
        for (int j = 0; j < d; j++) {
          double range = max[j] - offset[j];
          divisor[j] = range;
        }
      }
      default -> throw new IllegalArgumentException("unknown standardization " + method);
    }
    return new Scaler(method, offset, divisor);
  }

  /**
   * Rebuilds a fitted scaler from its stored figures ({@link #method()}, {@link #offsets()}, {@link #divisors()}),
   * e.g. when a host loads a saved model; it then scales exactly as the fitted one did.
   *
   * @param method the standardisation it was fitted with
   * @param offsets per column: the mean (z-score), the minimum (min-max) or 0 (none); finite
   * @param divisors per column: the standard deviation, the range or 1 (none); finite, non-negative (0 marks a
   *     constant column)
   * @return the scaler; the arrays are copied
   * @throws IllegalArgumentException if the arrays differ in length or are empty, a value is out of range (naming
   *     the column, counted from 1), or the figures of {@code NONE} are not the identity
   */
  public static Scaler of(Standardization method, double[] offsets, double[] divisors) {
    java.util.Objects.requireNonNull(method, "method");
    if (offsets.length != divisors.length || offsets.length == 0) {
      throw new IllegalArgumentException("a scaler needs one offset and one divisor per column, got "
          + offsets.length + " offsets and " + divisors.length + " divisors");
    }
    for (int j = 0; j < offsets.length; j++) {
      if (!Double.isFinite(offsets[j]) || !Double.isFinite(divisors[j]) || divisors[j] < 0) {
        throw new IllegalArgumentException("column " + (j + 1) + " of the scaler has offset " + offsets[j]
            + " and divisor " + divisors[j] + "; offsets must be finite, divisors finite and >= 0");
      }
      if (method == Standardization.NONE && (offsets[j] != 0 || divisors[j] != 1)) {
        throw new IllegalArgumentException("column " + (j + 1) + " of a scaler without standardisation has offset "
            + offsets[j] + " and divisor " + divisors[j] + "; expected 0 and 1");
      }
    }
    return new Scaler(method, offsets.clone(), divisors.clone());
  }

  /** @return a scaler that leaves {@code d} columns unchanged */
  public static Scaler identity(int d) {
    double[] divisor = new double[d];
    Arrays.fill(divisor, 1.0);
    return new Scaler(Standardization.NONE, new double[d], divisor);
  }

  /** @return the standardisation this scaler was fitted with */
  public Standardization method() {
    return method;
  }

  /** @return number of columns */
  public int cols() {
    return offset.length;
  }

  /** @return a copy of the per-column offsets (mean or minimum) */
  public double[] offsets() {
    return offset.clone();
  }

  /** @return a copy of the per-column divisors (standard deviation, range, or 0 for a constant column) */
  public double[] divisors() {
    return divisor.clone();
  }

  private double scale(double value, int j) {
    return divisor[j] > 0 ? (value - offset[j]) / divisor[j] : 0.0;
  }

  /**
   * Scales rows.
   *
   * @param data rows with {@link #cols()} columns
   * @return the scaled rows
   */
  public DenseMatrix transform(DenseMatrix data) {
    requireCols(data.cols());
    if (method == Standardization.NONE) {
      return data;
    }
    double[] v = data.toArray();
    int d = offset.length;
    for (int i = 0; i < v.length; i++) {
      int j = i % d;
      v[i] = scale(v[i], j);
    }
    return DenseMatrix.ofRowMajor(data.rows(), d, v);
  }

  /**
   * Scales one row.
   *
   * @param row values in original units, {@link #cols()} of them
   * @return a new array with the scaled values (a copy when there is no scaling)
   */
  public double[] transform(double[] row) {
    requireCols(row.length);
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = method == Standardization.NONE ? row[j] : scale(row[j], j);
    }
    return out;
  }

  /**
   * Maps scaled rows (e.g. centres) back to original units. A constant column maps back to its constant.
   *
   * @param scaled rows in scaled units
   * @return rows in original units
   */
  public double[][] inverse(double[][] scaled) {
    double[][] out = new double[scaled.length][];
    for (int r = 0; r < scaled.length; r++) {
      requireCols(scaled[r].length);
      out[r] = new double[offset.length];
      for (int j = 0; j < offset.length; j++) {
        out[r][j] = method == Standardization.NONE ? scaled[r][j]
            : scaled[r][j] * divisor[j] + offset[j];
      }
    }
    return out;
  }

  /**
   * Scales rows given as arrays (e.g. initial centres in original units).
   *
   * @param rows rows in original units
   * @return rows in scaled units
   */
  public double[][] transform(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      out[r] = transform(rows[r]);
    }
    return out;
  }

  private void requireCols(int cols) {
    if (cols != offset.length) {
      throw new IllegalArgumentException("expected " + offset.length + " columns, got " + cols);
    }
  }
}
