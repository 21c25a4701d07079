package org.clustermodels.knime.logic.assign;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.Choice;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * What a cluster model port promises before the model exists (KNIME's port object spec), enough for a downstream
 * node's configure: the kind of model, the columns it reads in order, its cluster labels if already known (empty
 * when k is chosen at execution), its scaling and metric (which name the distance column) and whether it has an
 * outlier rule. {@link AssignedColumns#of(ClusterModelSpec, boolean, List)} gives the assigner's output columns
 * from it. Immutable.
 */
public final class ClusterModelSpec {
  /** Settings key of the model kind. */
  public static final String KEY_KIND = "kind";
  /** Settings key of the columns. */
  public static final String KEY_COLUMNS = "columns";
  /** Settings key of the labels (empty = not known yet). */
  public static final String KEY_LABELS = "labels";
  /** Settings key of the scaling's id. */
  public static final String KEY_SCALING = "scaling";
  /** Settings key of the metric's id. */
  public static final String KEY_METRIC = "metric";
  /** Settings key of whether the model has an outlier rule. */
  public static final String KEY_HAS_OUTLIER_RULE = "hasOutlierRule";

  private final String kind;
  private final List<String> columns;
  private final List<String> labels;
  private final Scaling scaling;
  private final DistanceMetric metric;
  private final boolean outlierRule;

  /**
   * @param kind the model kind, e.g. "k-means"
   * @param columns the columns the model reads, at least one, none twice
   * @param labels the cluster labels, none twice, or empty if not known yet
   * @param scaling the model's scaling
   * @param metric the model's metric
   * @param outlierRule whether the model has an outlier rule
   */
  public ClusterModelSpec(String kind, List<String> columns, List<String> labels, Scaling scaling,
      DistanceMetric metric, boolean outlierRule) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.columns = List.copyOf(columns);
    this.labels = List.copyOf(labels);
    this.scaling = Objects.requireNonNull(scaling, "scaling");
    this.metric = Objects.requireNonNull(metric, "metric");
    this.outlierRule = outlierRule;
    if (this.columns.isEmpty()) {
      throw new IllegalArgumentException("a cluster model reads at least one column");
    }
    if (new HashSet<>(this.columns).size() != this.columns.size()) {
      throw new IllegalArgumentException("a column is listed twice: " + this.columns);
    }
    if (new HashSet<>(this.labels).size() != this.labels.size()) {
      throw new IllegalArgumentException("a label occurs twice: " + this.labels);
    }
  }

  /**
   * @param kind the model kind
   * @param model a model
   * @return the spec of that model
   */
  public static ClusterModelSpec of(String kind, CentreModel model) {
    return new ClusterModelSpec(kind, model.columns(), model.labels(), model.scaling().scaling(), model.metric(),
        model.hasOutlierRule());
  }

  /** @return the model kind */
  public String kind() {
    return kind;
  }

  /** @return the columns, unmodifiable */
  public List<String> columns() {
    return columns;
  }

  /** @return the labels, empty if not known yet; unmodifiable */
  public List<String> labels() {
    return labels;
  }

  /** @return k, or 0 if not known yet */
  public int numClusters() {
    return labels.size();
  }

  /** @return the scaling */
  public Scaling scaling() {
    return scaling;
  }

  /** @return the metric */
  public DistanceMetric metric() {
    return metric;
  }

  /** @return whether the model has an outlier rule */
  public boolean hasOutlierRule() {
    return outlierRule;
  }

  /**
   * Writes the spec under {@link #KEY_KIND}, {@link #KEY_COLUMNS}, {@link #KEY_LABELS}, {@link #KEY_SCALING},
   * {@link #KEY_METRIC} and {@link #KEY_HAS_OUTLIER_RULE}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_KIND, kind);
    writer.putStringArray(KEY_COLUMNS, columns.toArray(new String[0]));
    writer.putStringArray(KEY_LABELS, labels.toArray(new String[0]));
    writer.putString(KEY_SCALING, scaling.id());
    writer.putString(KEY_METRIC, metric.id());
    writer.putBoolean(KEY_HAS_OUTLIER_RULE, outlierRule);
  }

  /**
   * @param reader where to read
   * @return the spec written by {@link #saveTo}
   * @throws SettingsException if a key is missing or a value invalid
   */
  public static ClusterModelSpec loadFrom(SettingsReader reader) throws SettingsException {
    String kind = reader.getString(KEY_KIND);
    String[] columns = reader.getStringArray(KEY_COLUMNS);
    String[] labels = reader.getStringArray(KEY_LABELS);
    Scaling scaling = Choice.fromId(Scaling.values(), reader.getString(KEY_SCALING), KEY_SCALING);
    String metric = reader.getString(KEY_METRIC);
    boolean outlierRule = reader.getBoolean(KEY_HAS_OUTLIER_RULE);
    try {
      return new ClusterModelSpec(kind, Arrays.asList(columns), Arrays.asList(labels), scaling,
          DistanceMetric.fromId(String.valueOf(metric)), outlierRule);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SettingsException("The cluster model spec is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterModelSpec s && s.kind.equals(kind) && s.columns.equals(columns)
        && s.labels.equals(labels) && s.scaling == scaling && s.metric == metric && s.outlierRule == outlierRule;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, columns, labels, scaling, metric, outlierRule);
  }

  @Override
  public String toString() {
    return kind + " model on " + columns + (labels.isEmpty() ? "" : ", k = " + labels.size()) + ", "
        + scaling.id() + ", " + metric.id() + (outlierRule ? ", outlier rule" : "");
  }
}
