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
 * and 0 for a column whose divisor is 0 (a constant training column). It wraps the core's {@link Scaler}, rebuilt
 * from the stored figures with {@link Scaler#of}, so a loaded model scales new rows bit for bit as the training
 * rows were scaled. Immutable.
 */
public final class ColumnScaling {
  /** Settings key of the scaling's id (see {@link Scaling}). */
  public static final String KEY_SCALING = "scaling";
  /** Settings key of the per-column offsets. */
  public static final String KEY_OFFSETS = "offsets";
  /** Settings key of the per-column divisors. */
  public static final String KEY_DIVISORS = "divisors";

  private final Scaling scaling;
  private final Scaler scaler;

  private ColumnScaling(Scaling scaling, Scaler scaler) {
    this.scaling = scaling;
    this.scaler = scaler;
  }

  /**
   * @param scaling the scaling
   * @param offsets per column (mean or minimum; 0 for NONE), finite
   * @param divisors per column (standard deviation or range; 1 for NONE), finite and &gt;= 0
   * @return the scaling
   * @throws IllegalArgumentException if the arrays differ in length, are empty, or hold a value out of range
   *     (see {@link Scaler#of})
   */
  public static ColumnScaling of(Scaling scaling, double[] offsets, double[] divisors) {
    Objects.requireNonNull(scaling, "scaling");
    return new ColumnScaling(scaling, Scaler.of(scaling.standardization(), offsets, divisors));
  }

  /**
   * @param scaler a fitted core scaler
   * @return the same scaling as plain data
   */
  public static ColumnScaling of(Scaler scaler) {
    return new ColumnScaling(Scaling.of(scaler.method()), scaler);
  }

  /**
   * @param dimensions number of columns
   * @return the identity scaling
   */
  public static ColumnScaling none(int dimensions) {
    return of(Scaler.identity(dimensions));
  }

  /** @return the scaling */
  public Scaling scaling() {
    return scaling;
  }

  /** @return the core's scaler */
  public Scaler scaler() {
    return scaler;
  }

  /** @return number of columns */
  public int dimensions() {
    return scaler.cols();
  }

  /** @return a copy of the offsets */
  public double[] offsets() {
    return scaler.offsets();
  }

  /** @return a copy of the divisors (0 for a constant column) */
  public double[] divisors() {
    return scaler.divisors();
  }

  /**
   * @param row values in original units
   * @return a new array with the values in the scaled space
   */
  public double[] transform(double[] row) {
    requireLength(row.length);
    return scaler.transform(row);
  }

  /**
   * @param scaled rows in the scaled space (e.g. centres)
   * @return the rows in original units; a constant column maps back to its constant
   */
  public double[][] inverse(double[][] scaled) {
    for (double[] r : scaled) {
      requireLength(r.length);
    }
    return scaler.inverse(scaled);
  }

  private void requireLength(int length) {
    if (length != scaler.cols()) {
      throw new IllegalArgumentException("expected " + scaler.cols() + " values, got " + length);
    }
  }

  /**
   * Writes the scaling under {@link #KEY_SCALING}, {@link #KEY_OFFSETS} and {@link #KEY_DIVISORS}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_SCALING, scaling.id());
    writer.putDoubleArray(KEY_OFFSETS, scaler.offsets());
    writer.putDoubleArray(KEY_DIVISORS, scaler.divisors());
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
    return o instanceof ColumnScaling s && s.scaling == scaling && Arrays.equals(s.offsets(), offsets())
        && Arrays.equals(s.divisors(), divisors());
  }

  @Override
  public int hashCode() {
    return Objects.hash(scaling, Arrays.hashCode(offsets()), Arrays.hashCode(divisors()));
  }

  @Override
  public String toString() {
    return "ColumnScaling[" + scaling.id() + ", " + scaler.cols() + " columns]";
  }
}
