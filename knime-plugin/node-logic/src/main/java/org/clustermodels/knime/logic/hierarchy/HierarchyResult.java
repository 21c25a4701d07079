package org.clustermodels.knime.logic.hierarchy;

import java.util.List;
import java.util.Objects;

/**
 * What a hierarchical or divisive clustering node outputs: per clustered row the name of its cluster under the
 * cut (cluster_0.., the core's numbering: the first row is in cluster_0, the first row not in it in cluster_1,
 * and so on), and the dendrogram model. Row i is the i-th row of the matrix given to the run. Immutable.
 */
public final class HierarchyResult {
  private final int[] clusters;
  private final DendrogramModelContent model;

  HierarchyResult(int[] clusters, DendrogramModelContent model) {
    this.clusters = clusters.clone();
    this.model = Objects.requireNonNull(model, "model");
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
