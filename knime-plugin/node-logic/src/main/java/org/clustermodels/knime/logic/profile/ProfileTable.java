package org.clustermodels.knime.logic.profile;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;

/**
 * The "Segment profile" table of a clustering node, built from the core's {@link SegmentProfile} and laid out as
 * the command line's {@code --profile} CSV: first the overall figures (cluster {@value #ALL}: all rows, share 1,
 * the column's mean and population standard deviation, standardised difference 0), then per cluster and column
 * the cluster's size, its share of the rows, the column's mean and standard deviation over the cluster's rows in
 * the original units, and the standardised difference {@code (cluster mean - overall mean) / overall sd}. Columns:
 * "Cluster" (String), "Size" (Int), "Share", "Column" (String), "Mean", "Standard deviation", "Standardised
 * difference" (Double). An empty cluster has size 0, share 0 and missing cells for its figures. The names are
 * fixed (the table does not contain input columns), so they never clash.
 */
public final class ProfileTable {
  /** The cluster name of the overall rows. */
  public static final String ALL = "all";

  private ProfileTable() {
  }

  /**
   * @param clusterLabels the cluster names in order, or empty when they are known only after execution
   * @return the table's columns; the "Cluster" column's possible values are {@value #ALL} then the names (none
   *     when the names are not known)
   */
  public static List<OutputColumn> columns(List<String> clusterLabels) {
    List<String> values = new ArrayList<>();
    if (!clusterLabels.isEmpty()) {
      values.add(ALL);
      values.addAll(clusterLabels);
    }
    return List.of(OutputColumn.ofString("Cluster", values), OutputColumn.ofInt("Size"),
        OutputColumn.ofDouble("Share"), OutputColumn.ofString("Column", List.of()), OutputColumn.ofDouble("Mean"),
        OutputColumn.ofDouble("Standard deviation"), OutputColumn.ofDouble("Standardised difference"));
  }

  /**
   * Profiles a clustering and lays it out as the table.
   *
   * @param data the clustered rows in original units, finite
   * @param clusters the cluster of every row, in 0..clusterLabels.size()-1
   * @param columns the data's column names
   * @param clusterLabels the cluster names, one per cluster (a cluster no row has is an empty one)
   * @return the table
   * @throws IllegalArgumentException if the data is empty or not finite, the counts do not match, or a cluster
   *     is outside the labels
   */
  public static OutputTable of(DenseMatrix data, int[] clusters, List<String> columns, List<String> clusterLabels) {
    for (int i = 0; i < clusters.length; i++) {
      if (clusters[i] >= clusterLabels.size()) {
        throw new IllegalArgumentException("row " + i + " is in cluster " + clusters[i] + ", but there are only "
            + clusterLabels.size() + " cluster names");
      }
    }
    return of(SegmentProfile.of(data, clusters, columns), clusterLabels);
  }

  /**
   * @param profile a profile
   * @param clusterLabels the cluster names, at least {@code profile.numClusters()}; clusters beyond the profile's
   *     (empty ones at the end) get size 0 and missing figures
   * @return the table
   * @throws IllegalArgumentException if there are fewer names than the profile's clusters
   */
  public static OutputTable of(SegmentProfile profile, List<String> clusterLabels) {
    if (clusterLabels.size() < profile.numClusters()) {
      throw new IllegalArgumentException("the profile has " + profile.numClusters() + " clusters, but only "
          + clusterLabels.size() + " names were given");
    }
    List<String> names = profile.columns();
    List<Object[]> rows = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      rows.add(new Object[] {ALL, profile.rows(), 1.0, names.get(j), profile.overallMean(j), profile.overallSd(j),
          0.0});
    }
    for (int c = 0; c < clusterLabels.size(); c++) {
      boolean known = c < profile.numClusters();
      int size = known ? profile.size(c) : 0;
      for (int j = 0; j < names.size(); j++) {
        rows.add(new Object[] {clusterLabels.get(c), size, size / (double) profile.rows(), names.get(j),
            known ? cell(profile.mean(c, j)) : null, known ? cell(profile.sd(c, j)) : null,
            known ? cell(profile.standardizedDifference(c, j)) : null});
      }
    }
    return new OutputTable(columns(clusterLabels), rows);
  }

  /** @return the value, or null (a missing cell) for NaN, the figure of an empty cluster */
  private static Double cell(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
