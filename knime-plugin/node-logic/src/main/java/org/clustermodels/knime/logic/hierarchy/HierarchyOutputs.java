package org.clustermodels.knime.logic.hierarchy;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.knime.logic.profile.ProfileTable;
import org.clustermodels.knime.logic.table.ColumnNames;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;

/**
 * The column the hierarchical and divisive clustering nodes append to their input table: a String column with
 * each row's cluster name, under the name set in the dialog (made unique by KNIME's rule when the input already
 * has a column of that name). Its possible values (the column domain) are cluster_0..cluster_{k-1}: at configure
 * time only for a cut into k clusters (a cut at a height makes its clusters only when the tree exists), after
 * execution always. The second table is the cut's segment profile ({@link ProfileTable}), whose "Cluster" column
 * has the same domain plus "all".
 */
public final class HierarchyOutputs {
  private HierarchyOutputs() {
  }

  /**
   * The appended column as {@code configure} knows it.
   *
   * @param settings the node's settings
   * @param inputColumns the input table's column names
   * @return the cluster column, with its domain for a cut by count
   */
  public static OutputColumn clusterColumn(HierarchyNodeSettings settings, List<String> inputColumns) {
    ClusterCut cut = settings.cut();
    return column(settings, inputColumns, cut.isByCount() ? List.of(ClusterNames.names(cut.count())) : List.of());
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
    return column(settings, inputColumns, result.clusterNames());
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

  private static OutputColumn column(HierarchyNodeSettings settings, List<String> inputColumns, List<String> values) {
    return OutputColumn.ofString(ColumnNames.unique(inputColumns, settings.outputColumn()), values);
  }
}
