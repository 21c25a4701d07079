package org.clustermodels.knime.logic.assign;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * What a cluster model port promises before the model exists (KNIME's port object spec): the kind of model, the
 * columns it reads, in order, and its number of clusters if already known (0 when k is chosen at execution).
 * Immutable.
 */
public final class ClusterModelSpec {
  /** Settings key of the model kind. */
  public static final String KEY_KIND = "kind";
  /** Settings key of the columns. */
  public static final String KEY_COLUMNS = "columns";
  /** Settings key of the number of clusters (0 = not known yet). */
  public static final String KEY_NUM_CLUSTERS = "numClusters";

  private final String kind;
  private final List<String> columns;
  private final int numClusters;

  /**
   * @param kind the model kind, e.g. "k-means"
   * @param columns the columns the model reads, at least one
   * @param numClusters k, or 0 if not known yet
   */
  public ClusterModelSpec(String kind, List<String> columns, int numClusters) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.columns = List.copyOf(columns);
    if (this.columns.isEmpty()) {
      throw new IllegalArgumentException("a cluster model reads at least one column");
    }
    if (numClusters < 0) {
      throw new IllegalArgumentException("numClusters must be >= 0 (0 = not known yet), got " + numClusters);
    }
    this.numClusters = numClusters;
  }

  /** @return the model kind */
  public String kind() {
    return kind;
  }

  /** @return the columns, unmodifiable */
  public List<String> columns() {
    return columns;
  }

  /** @return k, or 0 if not known yet */
  public int numClusters() {
    return numClusters;
  }

  /**
   * Writes the spec under {@link #KEY_KIND}, {@link #KEY_COLUMNS} and {@link #KEY_NUM_CLUSTERS}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_KIND, kind);
    writer.putStringArray(KEY_COLUMNS, columns.toArray(new String[0]));
    writer.putInt(KEY_NUM_CLUSTERS, numClusters);
  }

  /**
   * @param reader where to read
   * @return the spec written by {@link #saveTo}
   * @throws SettingsException if a key is missing or a value invalid
   */
  public static ClusterModelSpec loadFrom(SettingsReader reader) throws SettingsException {
    try {
      return new ClusterModelSpec(reader.getString(KEY_KIND), Arrays.asList(reader.getStringArray(KEY_COLUMNS)),
          reader.getInt(KEY_NUM_CLUSTERS));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SettingsException("The cluster model spec is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterModelSpec s && s.kind.equals(kind) && s.columns.equals(columns)
        && s.numClusters == numClusters;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, columns, numClusters);
  }

  @Override
  public String toString() {
    return kind + " model on " + columns + (numClusters > 0 ? ", k = " + numClusters : "");
  }
}
