package org.clustermodels.knime.logic.hierarchy;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.distance.Metric;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.profile.AnomalyScores;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.table.MissingValuePolicy;

/**
 * The checked input of a tree run and what the runs share after the tree is built: checks that name the row key
 * and column (the core names 0-based indices), the scaling, and the result with the cut, the cluster centres and
 * the model.
 */
final class TreeInput {
  private final DenseMatrix data;
  private final String[] rowKeys;
  private final String[] columnNames;
  private final Scaler scaler;
  private final DenseMatrix scaled;

  private TreeInput(DenseMatrix data, String[] rowKeys, String[] columnNames, Scaler scaler, DenseMatrix scaled) {
    this.data = data;
    this.rowKeys = rowKeys;
    this.columnNames = columnNames;
    this.scaler = scaler;
    this.scaled = scaled;
  }

  /**
   * Checks the input against the settings: matching row keys and column names, at least 2 rows, finite values,
   * a cut into at most n clusters, values the metric accepts (after scaling).
   *
   * @param what the node's work for messages, e.g. "Hierarchical clustering"
   * @throws IllegalArgumentException naming the row key, column or option
   */
  static TreeInput check(HierarchyNodeSettings settings, Metric metric, DenseMatrix data, String[] rowKeys,
      String[] columnNames, String what) {
    if (rowKeys.length != data.rows() || columnNames.length != data.cols()) {
      throw new IllegalArgumentException("the matrix has " + data.rows() + " rows and " + data.cols()
          + " columns, but " + rowKeys.length + " row keys and " + columnNames.length + " column names were given");
    }
    if (data.cols() == 0) {
      throw new IllegalArgumentException(what + " needs at least one numeric column; select one in the dialog");
    }
    if (data.rows() < 2) {
      throw new IllegalArgumentException(what + " needs at least 2 rows, got " + data.rows()
          + (settings.missingValues() == MissingValuePolicy.SKIP_ROWS ? " (rows with missing values are skipped)"
              : ""));
    }
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < data.cols(); j++) {
        if (!Double.isFinite(data.get(i, j))) {
          throw new IllegalArgumentException("Row \"" + rowKeys[i] + "\", column \"" + columnNames[j] + "\": the value "
              + data.get(i, j) + " is not finite");
        }
      }
    }
    settings.cut().requireFits(data.rows());
    Scaler scaler = Scaler.fit(settings.scaling(), data);
    DenseMatrix scaled = scaler.transform(data);
    requireSuitable(metric, scaled, rowKeys, columnNames);
    return new TreeInput(data, rowKeys, columnNames, scaler, scaled);
  }

  /**
   * Runs the metric's own check on the scaled rows; when it fails, finds the first row it fails for (the core
   * checks in row order) and, where single values are to blame, the column, and names them.
   */
  private static void requireSuitable(Metric metric, DenseMatrix scaled, String[] rowKeys, String[] columnNames) {
    try {
      metric.requireSuitable(scaled);
    } catch (IllegalArgumentException e) {
      for (int i = 0; i < scaled.rows(); i++) {
        if (fails(metric, DenseMatrix.ofRowMajor(1, scaled.cols(), scaled.row(i)))) {
          int column = -1;
          int failing = 0;
          for (int j = 0; j < scaled.cols(); j++) {
            if (fails(metric, DenseMatrix.ofRowMajor(1, 1, new double[] {scaled.get(i, j)}))) {
              column = column < 0 ? j : column;
              failing++;
            }
          }
          String where = "Row \"" + rowKeys[i] + "\"" + (failing > 0 && failing < scaled.cols() ? ", column \""
              + columnNames[column] + "\"" : "");
          throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
      }
      throw e;
    }
  }

  private static boolean fails(Metric metric, DenseMatrix rows) {
    try {
      metric.requireSuitable(rows);
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /** @return the scaling fitted on the rows, as the core fits it */
  Scaler scaler() {
    return scaler;
  }

  /** @return the number of rows */
  int rows() {
    return data.rows();
  }

  /**
   * Cuts the tree and builds the result: labels, cluster sizes, centres (means of the scaled rows) and the model.
   *
   * @param spec the model's spec as configured
   * @param tree the full tree over the rows
   * @param settings the settings (cut, missing-value policy)
   * @param monitor reports completion
   */
  HierarchyResult finish(DendrogramModelSpec spec, Dendrogram tree, HierarchyNodeSettings settings,
      ProgressMonitor monitor) {
    monitor.checkCancelled();
    int[] labels = settings.cut().apply(tree);
    int k = 0;
    for (int label : labels) {
      k = Math.max(k, label + 1);
    }
    int n = data.rows();
    int d = data.cols();
    int[] sizes = new int[k];
    double[][] centers = new double[k][d];
    double[] means = new double[d];
    for (int i = 0; i < n; i++) {
      sizes[labels[i]]++;
      for (int j = 0; j < d; j++) {
        centers[labels[i]][j] += scaled.get(i, j);
        means[j] += data.get(i, j);
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        centers[c][j] /= sizes[c];
      }
    }
    for (int j = 0; j < d; j++) {
      means[j] /= n;
    }
    DendrogramModelContent model = new DendrogramModelContent(spec.withClusterCount(k), tree, rowKeys, scaler, sizes,
        centers, settings.missingValues(), means);
    AnomalyScores scores = settings.scoresAnomalies() ? scores(labels, sizes, settings.minClusterSize()) : null;
    monitor.progress(1.0, "Cut into " + k + (k == 1 ? " cluster" : " clusters"));
    return new HierarchyResult(labels, model, scores);
  }

  /**
   * The core's anomaly scores by cluster size on the scaled rows.
   *
   * @throws IllegalArgumentException naming the option when no cluster of the cut is large enough
   */
  private AnomalyScores scores(int[] labels, int[] sizes, int minClusterSize) {
    int largest = 0;
    for (int size : sizes) {
      largest = Math.max(largest, size);
    }
    if (largest < minClusterSize) {
      throw new IllegalArgumentException(HierarchyNodeSettings.OPTION_MIN_CLUSTER_SIZE + " is " + minClusterSize
          + ", but the largest cluster of the cut has " + largest + (largest == 1 ? " row" : " rows")
          + ", so there is no regular cluster to measure the anomaly scores to; lower the minimum cluster size or "
          + "cut into fewer clusters");
    }
    return AnomalyScores.bySmallClusters(scaled, labels, minClusterSize);
  }

  /** @return the column names as a list */
  List<String> columns() {
    return List.of(columnNames);
  }
}
