package org.clustermodels.knime.logic.hierarchy;

import java.util.List;
import java.util.Objects;
import org.clustermodels.core.profile.AnomalyScores;

/**
 * What a hierarchical or divisive clustering node outputs: per clustered row the name of its cluster under the
 * cut (cluster_0.., the core's numbering: the first row is in cluster_0, the first row not in it in cluster_1,
 * and so on), the dendrogram model and, when the settings ask for a minimum cluster size of 2 or more, the anomaly
 * scores by cluster size. Row i is the i-th row of the matrix given to the run. Immutable.
 */
public final class HierarchyResult {
  private final int[] clusters;
  private final DendrogramModelContent model;
  private final AnomalyScores scores;

  HierarchyResult(int[] clusters, DendrogramModelContent model, AnomalyScores scores) {
    this.clusters = clusters.clone();
    this.model = Objects.requireNonNull(model, "model");
    this.scores = scores;
  }

  /** @return whether the result has anomaly scores (the minimum cluster size is 2 or more) */
  public boolean hasScores() {
    return scores != null;
  }

  /**
   * @param row a clustered row, 0-based
   * @return whether its cluster has fewer rows than the minimum cluster size
   * @throws IllegalStateException if the result has no scores
   */
  public boolean isOutlier(int row) {
    return scores().isOutlier(row);
  }

  /**
   * @param row a clustered row, 0-based
   * @return its Euclidean distance, in the scaled units, to the nearest mean of a cluster with at least the minimum
   *     number of rows
   * @throws IllegalStateException if the result has no scores
   */
  public double anomalyScore(int row) {
    return scores().distance(row);
  }

  /** @return the number of rows in clusters smaller than the minimum cluster size (0 without scores) */
  public int outlierCount() {
    return scores == null ? 0 : scores.outlierCount();
  }

  /**
   * The values of the appended columns for a row, in the order of {@link HierarchyOutputs#appendedColumns}.
   *
   * @param row a clustered row, 0-based
   * @return its cluster name, then, with scores, its outlier flag (Boolean) and anomaly score (Double)
   */
  public Object[] cells(int row) {
    return scores == null ? new Object[] {clusterName(row)}
        : new Object[] {clusterName(row), scores.isOutlier(row), scores.distance(row)};
  }

  private AnomalyScores scores() {
    if (scores == null) {
      throw new IllegalStateException("no anomaly scores: the minimum cluster size is below 2");
    }
    return scores;
  }

  /** @return the number of clustered rows */
  public int rowCount() {
    return clusters.length;
  }

  /** @return the number of clusters the cut made */
  public int clusterCount() {
    return model.clusterCount();
  }

  /**
   * @param row a clustered row, 0-based, in the order of the run's matrix
   * @return its cluster number, 0..clusterCount-1
   */
  public int clusterIndex(int row) {
    return clusters[row];
  }

  /**
   * @param row a clustered row, 0-based
   * @return the name of its cluster, e.g. "cluster_0"
   */
  public String clusterName(int row) {
    return ClusterNames.name(clusters[row]);
  }

  /** @return the cluster number of every row; a copy */
  public int[] clusterIndices() {
    return clusters.clone();
  }

  /** @return the cluster name of every row, for the appended column */
  public String[] rowLabels() {
    String[] labels = new String[clusters.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = clusterName(i);
    }
    return labels;
  }

  /** @return the cluster names in order: the possible values (domain) of the appended column */
  public List<String> clusterNames() {
    return model.clusterNames();
  }

  /** @return the dendrogram model for the model port and the view */
  public DendrogramModelContent model() {
    return model;
  }

  @Override
  public String toString() {
    return "HierarchyResult[" + clusters.length + " rows, " + clusterCount() + " clusters, " + model + "]";
  }
}
