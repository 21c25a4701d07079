package org.clustermodels.knime.logic.assign;

import java.util.Arrays;
import java.util.Objects;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.Choice;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * A fitted column scaling as plain data that can be saved and loaded: {@code scaled = (value - offset) / divisor},
 * and 0 for a column whose divisor is 0 (a constant training column). It computes exactly what the core's
 * {@link Scaler} computes (same operations, same order), so a loaded model scales new rows bit for bit as the
 * training rows were scaled; it exists because the core's scaler cannot be rebuilt from stored numbers. Immutable.
 */
public final class ColumnScaling {
  /** Settings key of the scaling's id (see {@link Scaling}). */
  public static final String KEY_SCALING = "scaling";
  /** Settings key of the per-column offsets. */
  public static final String KEY_OFFSETS = "offsets";
  /** Settings key of the per-column divisors. */
  public static final String KEY_DIVISORS = "divisors";

  private final Scaling scaling;
  private final double[] offsets;
  private final double[] divisors;

  private ColumnScaling(Scaling scaling, double[] offsets, double[] divisors) {
    this.scaling = scaling;
    this.offsets = offsets;
    this.divisors = divisors;
  }

  /**
   * @param scaling the scaling
   * @param offsets per column (mean or minimum; 0 for NONE), finite
   * @param divisors per column (standard deviation or range; 1 for NONE), finite and &gt;= 0
   * @return the scaling
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a value out of range
   */
  public static ColumnScaling of(Scaling scaling, double[] offsets, double[] divisors) {
    Objects.requireNonNull(scaling, "scaling");
    if (offsets.length != divisors.length || offsets.length == 0) {
      throw new IllegalArgumentException(offsets.length + " offsets and " + divisors.length + " divisors");
    }
    for (int j = 0; j < offsets.length; j++) {
      if (!Double.isFinite(offsets[j]) || !(divisors[j] >= 0) || Double.isInfinite(divisors[j])) {
        throw new IllegalArgumentException("column " + j + ": offset " + offsets[j] + ", divisor " + divisors[j]);
      }
    }
    return new ColumnScaling(scaling, offsets.clone(), divisors.clone());
  }

  /**
   * @param scaler a fitted core scaler
   * @return the same scaling as plain data
   */
  public static ColumnScaling of(Scaler scaler) {
    return of(Scaling.of(scaler.method()), scaler.offsets(), scaler.divisors());
  }

  /**
   * @param dimensions number of columns
   * @return the identity scaling
   */
  public static ColumnScaling none(int dimensions) {
    double[] ones = new double[dimensions];
    Arrays.fill(ones, 1.0);
    return of(Scaling.NONE, new double[dimensions], ones);
  }

  /** @return the scaling */
  public Scaling scaling() {
    return scaling;
  }

  /** @return number of columns */
  public int dimensions() {
    return offsets.length;
  }

  /** @return a copy of the offsets */
  public double[] offsets() {
    return offsets.clone();
  }

  /** @return a copy of the divisors (0 for a constant column) */
  public double[] divisors() {
    return divisors.clone();
  }

  /**
   * @param row values in original units
   * @return a new array with the values in the scaled space
   */
  public double[] transform(double[] row) {
    requireLength(row.length);
    double[] out = new double[row.length];
    for (int j = 0; j < row.length; j++) {
      out[j] = scaling == Scaling.NONE ? row[j] : divisors[j] > 0 ? (row[j] - offsets[j]) / divisors[j] : 0.0;
    }
    return out;
  }

  /**
   * @param scaled rows in the scaled space (e.g. centres)
   * @return the rows in original units; a constant column maps back to its constant
   */
  public double[][] inverse(double[][] scaled) {
    double[][] out = new double[scaled.length][];
    for (int r = 0; r < scaled.length; r++) {
      requireLength(scaled[r].length);
      out[r] = new double[offsets.length];
      for (int j = 0; j < offsets.length; j++) {
        out[r][j] = scaling == Scaling.NONE ? scaled[r][j] : scaled[r][j] * divisors[j] + offsets[j];
      }
    }
    return out;
  }

  private void requireLength(int length) {
    if (length != offsets.length) {
      throw new IllegalArgumentException("expected " + offsets.length + " values, got " + length);
    }
  }

  /**
   * Writes the scaling under {@link #KEY_SCALING}, {@link #KEY_OFFSETS} and {@link #KEY_DIVISORS}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_SCALING, scaling.id());
    writer.putDoubleArray(KEY_OFFSETS, offsets);
    writer.putDoubleArray(KEY_DIVISORS, divisors);
  }

  /**
   * @param reader where to read
   * @return the scaling written by {@link #saveTo}
   * @throws SettingsException if a key is missing or a value invalid
   */
  public static ColumnScaling loadFrom(SettingsReader reader) throws SettingsException {
    Scaling scaling = Choice.fromId(Scaling.values(), reader.getString(KEY_SCALING), KEY_SCALING);
    double[] offsets = reader.getDoubleArray(KEY_OFFSETS);
    double[] divisors = reader.getDoubleArray(KEY_DIVISORS);
    try {
      return of(scaling, offsets, divisors);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("The model's scaling is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnScaling s && s.scaling == scaling && Arrays.equals(s.offsets, offsets)
        && Arrays.equals(s.divisors, divisors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scaling, Arrays.hashCode(offsets), Arrays.hashCode(divisors));
  }

  @Override
  public String toString() {
    return "ColumnScaling[" + scaling.id() + ", " + offsets.length + " columns]";
  }
}
