package org.clustermodels.knime.logic.hierarchy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * What is known of a dendrogram model before it is computed, for the port spec: the kind of node, the algorithm,
 * what the heights measure, the metric, the clustered columns, the cut, and the cluster names where they are
 * known (a cut into k clusters has the names cluster_0..cluster_{k-1} already at configure time; a cut by height
 * has them only after execution). Immutable; {@link #of(AgglomerativeNodeSettings, List)} and
 * {@link #of(DivisiveNodeSettings, List)} make it in {@code configure}, {@link DendrogramModelContent#spec()}
 * after execution.
 *
 * <p>Frozen keys: {@code kind}, {@code algorithm}, {@code height_label}, {@code metric}, {@code columns}, the
 * {@link ClusterCut} keys, and {@code cluster_names} (only when known).
 */
public final class DendrogramModelSpec {
  static final String KEY_KIND = "kind";
  static final String KEY_ALGORITHM = "algorithm";
  static final String KEY_HEIGHT_LABEL = "height_label";
  static final String KEY_COLUMNS = "columns";
  static final String KEY_CLUSTER_NAMES = "cluster_names";

  private static final String SPEC = "Dendrogram model spec";

  private final HierarchyKind kind;
  private final String algorithm;
  private final String heightLabel;
  private final String metricId;
  private final List<String> columnNames;
  private final ClusterCut cut;
  private final List<String> clusterNames;

  DendrogramModelSpec(HierarchyKind kind, String algorithm, String heightLabel, String metricId,
      List<String> columnNames, ClusterCut cut, List<String> clusterNames) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.heightLabel = Objects.requireNonNull(heightLabel, "heightLabel");
    this.metricId = DistanceMetric.fromId(metricId).id();
    this.columnNames = List.copyOf(columnNames);
    this.cut = Objects.requireNonNull(cut, "cut");
    this.clusterNames = clusterNames == null ? null : List.copyOf(clusterNames);
  }

  /**
   * The spec of the agglomerative node's model, for {@code configure}.
   *
   * @param settings the node's settings
   * @param columnNames the selected columns, in order
   * @return the spec (with cluster names for a cut by count)
   */
  public static DendrogramModelSpec of(AgglomerativeNodeSettings settings, List<String> columnNames) {
    return new DendrogramModelSpec(HierarchyKind.AGGLOMERATIVE, settings.linkage().id(),
        settings.metric().id() + " distance (" + settings.linkage().id() + " linkage)", settings.metric().id(),
        columnNames, settings.cut(), namesIfKnown(settings.cut()));
  }

  /**
   * The spec of the divisive node's model, for {@code configure}.
   *
   * @param settings the node's settings
   * @param columnNames the selected columns, in order
   * @return the spec (with cluster names for a cut by count)
   */
  public static DendrogramModelSpec of(DivisiveNodeSettings settings, List<String> columnNames) {
    String label;
    if (settings.algorithm() == DivisiveMethod.DIANA) {
      label = "diameter (largest " + settings.effectiveMetric().id() + " distance inside the split cluster)";
    } else {
      label = settings.split() == BisectingKMeansSplit.LARGEST_SSE ? "SSE of the split cluster"
          : "rows in the split cluster";
    }
    return new DendrogramModelSpec(HierarchyKind.DIVISIVE, SettingsValues.id(settings.algorithm()), label,
        settings.effectiveMetric().id(), columnNames, settings.cut(), namesIfKnown(settings.cut()));
  }

  private static List<String> namesIfKnown(ClusterCut cut) {
    return cut.isByCount() ? List.of(ClusterNames.names(cut.count())) : null;
  }

  /**
   * @param count the number of clusters the cut made
   * @return this spec with the cluster names cluster_0..cluster_{count-1}
   */
  DendrogramModelSpec withClusterCount(int count) {
    return new DendrogramModelSpec(kind, algorithm, heightLabel, metricId, columnNames, cut,
        List.of(ClusterNames.names(count)));
  }

  /** @return which node builds the model */
  public HierarchyKind kind() {
    return kind;
  }

  /** @return the algorithm's id: a linkage ("average", ...), "diana" or "bisecting_kmeans" */
  public String algorithm() {
    return algorithm;
  }

  /** @return what the merge heights measure, for the height axis */
  public String heightLabel() {
    return heightLabel;
  }

  /** @return the metric's id ({@link DistanceMetric#id()}) */
  public String metricId() {
    return metricId;
  }

  /** @return the clustered columns, in order */
  public List<String> columnNames() {
    return columnNames;
  }

  /** @return the cut */
  public ClusterCut cut() {
    return cut;
  }

  /** @return the cluster names in order (the output column's domain), when known */
  public Optional<List<String>> clusterNames() {
    return Optional.ofNullable(clusterNames);
  }

  /** @return e.g. "agglomerative, average linkage, euclidean, 4 columns, cut into 3 clusters" */
  public String describe() {
    String how = kind == HierarchyKind.AGGLOMERATIVE ? algorithm + " linkage"
        : algorithm.equals(SettingsValues.id(DivisiveMethod.DIANA)) ? "DIANA" : "bisecting k-means";
    return kind.id() + ", " + how + ", " + metricId + ", " + columnNames.size()
        + (columnNames.size() == 1 ? " column" : " columns") + ", cut " + (cut.isByCount() ? "into " : "at ")
        + cut.describe();
  }

  /**
   * Stores the spec under its frozen keys.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_KIND, kind.id());
    writer.putString(KEY_ALGORITHM, algorithm);
    writer.putString(KEY_HEIGHT_LABEL, heightLabel);
    writer.putString(HierarchyNodeSettings.KEY_METRIC, metricId);
    writer.putStringArray(KEY_COLUMNS, columnNames.toArray(String[]::new));
    cut.saveTo(writer);
    if (clusterNames != null) {
      writer.putStringArray(KEY_CLUSTER_NAMES, clusterNames.toArray(String[]::new));
    }
  }

  /**
   * @param reader a spec (or model content) written by {@link #saveTo}
   * @return the spec
   * @throws SettingsException if a value is missing or invalid, saying which
   */
  public static DendrogramModelSpec loadFrom(SettingsReader reader) throws SettingsException {
    HierarchyKind kind = SettingsValues.choice(reader, KEY_KIND, SPEC, HierarchyKind::fromId);
    String algorithm = SettingsValues.read(reader, KEY_ALGORITHM, SPEC, SettingsReader::getString);
    String heightLabel = SettingsValues.read(reader, KEY_HEIGHT_LABEL, SPEC, SettingsReader::getString);
    String metric = SettingsValues.choice(reader, HierarchyNodeSettings.KEY_METRIC, SPEC,
        id -> DistanceMetric.fromId(id).id());
    String[] columns = SettingsValues.read(reader, KEY_COLUMNS, SPEC, SettingsReader::getStringArray);
    ClusterCut cut = ClusterCut.loadFrom(reader);
    String[] names = reader.containsKey(KEY_CLUSTER_NAMES)
        ? SettingsValues.read(reader, KEY_CLUSTER_NAMES, SPEC, SettingsReader::getStringArray) : null;
    try {
      return new DendrogramModelSpec(kind, algorithm, heightLabel, metric, List.of(columns), cut,
          names == null ? null : List.of(names));
    } catch (NullPointerException e) {
      throw new SettingsException(SPEC + ": a stored value is empty (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DendrogramModelSpec s && s.kind == kind && s.algorithm.equals(algorithm)
        && s.heightLabel.equals(heightLabel) && s.metricId.equals(metricId) && s.columnNames.equals(columnNames)
        && s.cut.equals(cut) && Objects.equals(s.clusterNames, clusterNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, algorithm, heightLabel, metricId, columnNames, cut, clusterNames);
  }

  @Override
  public String toString() {
    return "DendrogramModelSpec[" + describe() + "]";
  }
}
