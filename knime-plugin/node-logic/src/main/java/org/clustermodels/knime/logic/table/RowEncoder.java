package org.clustermodels.knime.logic.table;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * Encodes a new row (e.g. in the cluster assigner) exactly as the training rows were encoded: the model's columns in
 * its order, the same missing-value policy and, for {@link MissingValuePolicy#MEAN}, the training means as fill
 * values. Part of every model; immutable and thread-safe.
 */
public final class RowEncoder {
  /** Settings key of the column names. */
  public static final String KEY_COLUMNS = "columns";
  /** Settings key of the missing-value policy's id. */
  public static final String KEY_MISSING_VALUES = "missingValues";
  /** Settings key of the fill values (empty unless the policy is MEAN). */
  public static final String KEY_FILL_VALUES = "fillValues";

  private final List<String> columns;
  private final MissingValuePolicy policy;
  private final double[] fillValues;

  private RowEncoder(List<String> columns, MissingValuePolicy policy, double[] fillValues) {
    this.columns = columns;
    this.policy = policy;
    this.fillValues = fillValues;
  }

  /**
   * @param columns the model's column names, in order, at least one, none twice
   * @param policy the missing-value policy
   * @param fillValues for MEAN one finite value per column (the training means); otherwise null or empty
   * @return the encoder
   * @throws IllegalArgumentException if the columns or fill values do not fit, naming the column
   */
  public static RowEncoder of(List<String> columns, MissingValuePolicy policy, double[] fillValues) {
    List<String> cols = List.copyOf(columns);
    Objects.requireNonNull(policy, "policy");
    if (cols.isEmpty()) {
      throw new IllegalArgumentException("a model needs at least one column");
    }
    if (cols.stream().distinct().count() != cols.size()) {
      throw new IllegalArgumentException("a column is listed twice: " + cols);
    }
    double[] fill = fillValues == null ? new double[0] : fillValues.clone();
    if (policy == MissingValuePolicy.MEAN) {
      if (fill.length != cols.size()) {
        throw new IllegalArgumentException(fill.length + " fill values for " + cols.size() + " columns");
      }
      for (int j = 0; j < fill.length; j++) {
        if (!Double.isFinite(fill[j])) {
          throw new IllegalArgumentException("the fill value of column \"" + cols.get(j) + "\" is " + fill[j]);
        }
      }
    } else if (fill.length != 0) {
      throw new IllegalArgumentException("fill values are only used with the policy " + MissingValuePolicy.MEAN);
    }
    return new RowEncoder(cols, policy, fill);
  }

  /** @return the model's column names, in order, unmodifiable */
  public List<String> columns() {
    return columns;
  }

  /** @return the number of columns */
  public int dimensions() {
    return columns.size();
  }

  /** @return the missing-value policy */
  public MissingValuePolicy policy() {
    return policy;
  }

  /** @return a copy of the fill values: the training means under MEAN, else empty */
  public double[] fillValues() {
    return fillValues.clone();
  }

  /**
   * Encodes one row.
   *
   * @param rowKey the row's key, for messages
   * @param values the values of the model's columns, in its order; NaN for a missing cell
   * @return the row in original units with missing values filled (MEAN), or null if the row is not assigned
   *     (SKIP_ROWS and a value is missing)
   * @throws IllegalArgumentException naming the row key and column, for an infinite value, a missing value under
   *     FAIL, or a wrong number of values
   */
  public double[] encode(String rowKey, double[] values) {
    int missing = RowValues.firstMissing(rowKey, values, columns, policy);
    if (missing < 0) {
      return values.clone();
    }
    if (policy == MissingValuePolicy.SKIP_ROWS) {
      return null;
    }
    double[] out = values.clone();
    for (int j = missing; j < out.length; j++) {
      if (Double.isNaN(out[j])) {
        out[j] = fillValues[j];
      }
    }
    return out;
  }

  /**
   * Writes the encoder under the keys {@link #KEY_COLUMNS}, {@link #KEY_MISSING_VALUES} and
   * {@link #KEY_FILL_VALUES}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putStringArray(KEY_COLUMNS, columns.toArray(new String[0]));
    writer.putString(KEY_MISSING_VALUES, policy.id());
    writer.putDoubleArray(KEY_FILL_VALUES, fillValues);
  }

  /**
   * Reads an encoder written by {@link #saveTo}.
   *
   * @param reader where to read
   * @return the encoder
   * @throws SettingsException if a key is missing or a value is invalid, naming it
   */
  public static RowEncoder loadFrom(SettingsReader reader) throws SettingsException {
    String[] cols = reader.getStringArray(KEY_COLUMNS);
    MissingValuePolicy policy = Choice.fromId(MissingValuePolicy.values(), reader.getString(KEY_MISSING_VALUES),
        KEY_MISSING_VALUES);
    double[] fill = reader.getDoubleArray(KEY_FILL_VALUES);
    try {
      return of(Arrays.asList(cols), policy, fill);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SettingsException("The model's column encoding is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowEncoder e && e.columns.equals(columns) && e.policy == policy
        && Arrays.equals(e.fillValues, fillValues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, policy, Arrays.hashCode(fillValues));
  }

  @Override
  public String toString() {
    return "RowEncoder[" + columns + ", " + policy.id() + (fillValues.length == 0 ? "" : ", fill "
        + Arrays.toString(fillValues)) + "]";
  }
}
