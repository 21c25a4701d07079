package org.clustermodels.knime.logic.hierarchy;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.knime.logic.profile.ProfileTable;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.table.ColumnNames;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;

/**
 * The columns the hierarchical and divisive clustering nodes append to their input table: a String column with
 * each row's cluster name, under the name set in the dialog (made unique by KNIME's rule when the input already
 * has a column of that name). Its possible values (the column domain) are cluster_0..cluster_{k-1}: at configure
 * time only for a cut into k clusters (a cut at a height makes its clusters only when the tree exists), after
 * execution always. With a minimum cluster size of 2 or more two more columns follow ({@link #appendedColumns}):
 * "Outlier" (Boolean: the row's cluster has fewer rows) and "Anomaly score" (Double: the distance, in the scaled
 * units, to the nearest mean of a cluster with at least that many rows). The second table is the cut's segment
 * profile ({@link ProfileTable}), whose "Cluster" column has the same domain plus "all".
 */
public final class HierarchyOutputs {
  /** Name of the outlier column. */
  public static final String OUTLIER = "Outlier";
  /** Name of the anomaly score column. */
  public static final String ANOMALY_SCORE = "Anomaly score";

  private HierarchyOutputs() {
  }

  /**
   * All appended columns as {@code configure} knows them.
   *
   * @param settings the node's settings
   * @param inputColumns the input table's column names, which the appended names avoid (KNIME's rule)
   * @return the cluster column (with its domain for a cut by count), then with a minimum cluster size of 2 or more
   *     the outlier and anomaly score columns
   */
  public static List<OutputColumn> appendedColumns(HierarchyNodeSettings settings, List<String> inputColumns) {
    ClusterCut cut = settings.cut();
    return appended(settings, inputColumns, cut.isByCount() ? List.of(ClusterNames.names(cut.count())) : List.of());
  }

  /**
   * All appended columns after execution; each row's values are {@link HierarchyResult#cells(int)}.
   *
   * @param settings the node's settings
   * @param inputColumns the input table's column names
   * @param result the run's result
   * @return the cluster column with the cut's clusters as its domain, then the outlier and anomaly score columns
   *     if the settings ask for them
   */
  public static List<OutputColumn> appendedColumns(HierarchyNodeSettings settings, List<String> inputColumns,
      HierarchyResult result) {
    return appended(settings, inputColumns, result.clusterNames());
  }

  private static List<OutputColumn> appended(HierarchyNodeSettings settings, List<String> inputColumns,
      List<String> values) {
    List<OutputColumn> wanted = new ArrayList<>();
    wanted.add(OutputColumn.ofString(settings.outputColumn(), values));
    if (settings.scoresAnomalies()) {
      wanted.add(OutputColumn.ofBoolean(OUTLIER));
      wanted.add(OutputColumn.ofDouble(ANOMALY_SCORE));
    }
    return ColumnNames.appendTo(inputColumns, wanted);
  }

  /**
   * The appended column as {@code configure} knows it.
   *
   * @param settings the node's settings
   * @param inputColumns the input table's column names
   * @return the cluster column, with its domain for a cut by count
   */
  public static OutputColumn clusterColumn(HierarchyNodeSettings settings, List<String> inputColumns) {
    return appendedColumns(settings, inputColumns).get(0);
  }

  /**
   * The appended column after execution.
   *
   * @param settings the node's settings
   * @param inputColumns the input table's column names
   * @param result the run's result
   * @return the cluster column, with the names of the clusters the cut made as its domain
   */
  public static OutputColumn clusterColumn(HierarchyNodeSettings settings, List<String> inputColumns,
      HierarchyResult result) {
    return appendedColumns(settings, inputColumns, result).get(0);
  }

  /**
   * The segment profile table's columns as {@code configure} knows them.
   *
   * @param settings the node's settings
   * @return the columns, with the clusters in the "Cluster" column's domain for a cut by count
   */
  public static List<OutputColumn> profileColumns(HierarchyNodeSettings settings) {
    ClusterCut cut = settings.cut();
    return ProfileTable.columns(cut.isByCount() ? List.of(ClusterNames.names(cut.count())) : List.of());
  }

  /**
   * The segment profile of the cut.
   *
   * @param data the matrix given to the run (the clustered rows in original units)
   * @param columns its column names
   * @param result the run's result
   * @return the profile table: the overall figures, then per cluster of the cut and column size, share, mean,
   *     standard deviation and standardised difference
   */
  public static OutputTable profile(DenseMatrix data, List<String> columns, HierarchyResult result) {
    return ProfileTable.of(data, result.clusterIndices(), columns, result.clusterNames());
  }

  /**
   * The data of the view's segment pictures at the node's cut: the profile heatmap and the scatter of the two
   * columns that separate the clusters most, with the rows of clusters smaller than the minimum cluster size ringed
   * (no outlier rule below 2).
   *
   * @param data the matrix given to the run (the clustered rows in original units)
   * @param columns its column names
   * @param result the run's result
   * @param settings the node's settings (the minimum cluster size)
   * @return the pictures' data
   */
  public static SegmentPictures pictures(DenseMatrix data, List<String> columns, HierarchyResult result,
      HierarchyNodeSettings settings) {
    int[] labels = result.clusterIndices();
    boolean[] outliers = null;
    if (result.hasScores()) {
      outliers = new boolean[labels.length];
      for (int i = 0; i < labels.length; i++) {
        outliers[i] = result.isOutlier(i);
      }
    }
    return SegmentPictures.of(SegmentProfile.of(data, labels, columns), data, labels, outliers,
        "in clusters of fewer than " + settings.minClusterSize() + " rows");
  }
}
