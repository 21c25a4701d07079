package org.clustermodels.knime.logic.kmeans;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.assign.AssignedColumns;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.profile.ProfileTable;
import org.clustermodels.knime.logic.table.ColumnNames;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * The k-Means learner's output columns, known at configure time from the settings alone (the glue builds its
 * output specs from them) and at execution from the result:
 * <ol>
 *   <li>the input table plus {@link AssignedColumns} (cluster, distance to centre, optional outlier flag);</li>
 *   <li>the centres table: "Cluster", "Size" (rows), "SSE" (sum of squared distances to the centre, in the model's
 *       space), then one column per selected column with the centre in ORIGINAL units, under the column's name;
 *       the first three are renamed by KNIME's rule if a selected column has their name;</li>
 *   <li>the k-scan table (automatic k; empty otherwise): "k", "Inertia", "Silhouette", "Calinski-Harabasz",
 *       "Davies-Bouldin", "Chosen";</li>
 *   <li>the model port, whose spec is {@link #modelSpec};</li>
 *   <li>the segment profile ({@link ProfileTable}), whose columns are {@link #profileColumns}.</li>
 * </ol>
 * The cluster labels are KNIME's: "cluster_0".."cluster_{k-1}".
 */
public final class KMeansOutputs {
  /** Prefix of the cluster labels (as KNIME's k-Means names its clusters). */
  public static final String LABEL_PREFIX = "cluster_";

  private KMeansOutputs() {
  }

  /**
   * @param k number of clusters
   * @return "cluster_0".."cluster_{k-1}"
   */
  public static List<String> labels(int k) {
    return IntStream.range(0, k).mapToObj(c -> LABEL_PREFIX + c).toList();
  }

  /**
   * @param settings the settings
   * @return the labels if k is fixed, empty if it is chosen at execution
   */
  static List<String> knownLabels(KMeansNodeSettings settings) {
    return settings.autoK() ? List.of() : labels(settings.numClusters());
  }

  /**
   * @param settings the settings
   * @param inputColumns the input table's column names
   * @return the columns appended to the input table (the cluster column's domain only if k is fixed)
   */
  public static List<OutputColumn> appendedColumns(KMeansNodeSettings settings, List<String> inputColumns) {
    return AssignedColumns.of(knownLabels(settings), settings.scaling(), DistanceMetric.EUCLIDEAN,
        settings.outlierFlag(), inputColumns);
  }

  /**
   * @param settings the settings
   * @param selectedColumns the selected column names, in order
   * @return the centres table's columns
   */
  public static List<OutputColumn> centreColumns(KMeansNodeSettings settings, List<String> selectedColumns) {
    return centreColumns(knownLabels(settings), settings.scaling(), selectedColumns);
  }

  static List<OutputColumn> centreColumns(List<String> labels, Scaling scaling, List<String> selectedColumns) {
    Set<String> taken = new HashSet<>(selectedColumns);
    List<OutputColumn> out = new ArrayList<>();
    for (OutputColumn c : List.of(OutputColumn.ofString(AssignedColumns.CLUSTER, labels), OutputColumn.ofInt("Size"),
        OutputColumn.ofDouble(AssignedColumns.qualified("SSE", scaling, DistanceMetric.EUCLIDEAN)))) {
      String name = ColumnNames.unique(taken, c.name());
      taken.add(name);
      out.add(c.withName(name));
    }
    for (String column : selectedColumns) {
      out.add(OutputColumn.ofDouble(column));
    }
    return List.copyOf(out);
  }

  /**
   * @param model a k-means model
   * @return its centres table: per cluster its label, rows, SSE and centre in original units
   */
  public static OutputTable centres(KMeansModelContent model) {
    CentreModel m = model.centreModel();
    List<OutputColumn> columns = centreColumns(m.labels(), m.scaling().scaling(), m.columns());
    double[][] original = m.centresOriginalUnits();
    int[] sizes = model.clusterSizes();
    double[] sse = model.clusterSse();
    List<Object[]> rows = new ArrayList<>();
    for (int c = 0; c < model.numClusters(); c++) {
      Object[] row = new Object[columns.size()];
      row[0] = m.labels().get(c);
      row[1] = sizes[c];
      row[2] = sse[c];
      for (int j = 0; j < original[c].length; j++) {
        row[3 + j] = original[c][j];
      }
      rows.add(row);
    }
    return new OutputTable(columns, rows);
  }

  /**
   * @param settings the settings
   * @return the segment profile table's columns (the clusters in the "Cluster" column's domain only if k is fixed)
   */
  public static List<OutputColumn> profileColumns(KMeansNodeSettings settings) {
    return ProfileTable.columns(knownLabels(settings));
  }

  /**
   * @param scaling the scaling (the inertia is measured in its space)
   * @return the k-scan table's columns
   */
  public static List<OutputColumn> scanColumns(Scaling scaling) {
    return List.of(OutputColumn.ofInt("k"),
        OutputColumn.ofDouble(AssignedColumns.qualified("Inertia", scaling, DistanceMetric.EUCLIDEAN)),
        OutputColumn.ofDouble("Silhouette"), OutputColumn.ofDouble("Calinski-Harabasz"),
        OutputColumn.ofDouble("Davies-Bouldin"), OutputColumn.ofBoolean("Chosen"));
  }

  /**
   * @param settings the settings
   * @param selectedColumns the selected column names, in order
   * @return the model port's spec (no labels when k is chosen at execution)
   */
  public static ClusterModelSpec modelSpec(KMeansNodeSettings settings, List<String> selectedColumns) {
    return new ClusterModelSpec(KMeansModelContent.KIND, selectedColumns, knownLabels(settings), settings.scaling(),
        DistanceMetric.EUCLIDEAN, settings.outlierFlag());
  }
}
