package org.clustermodels.knime.logic.assign;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.table.ColumnNames;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * The columns a node appends to each row it assigns (the k-means learner to its training rows, the cluster
 * assigner to new rows): the cluster label (String, KNIME's column name "Cluster" with the labels as domain), the
 * distance to the cluster's centre in the model's space, and optionally the outlier flag. The distance column's
 * name says the space: "Distance to centre" for Euclidean distance on unscaled values, else e.g.
 * "Distance to centre (z-score units)" or "Distance to centre (manhattan, min-max units)".
 */
public final class AssignedColumns {
  /** Name of the cluster column (KNIME's k-Means and Cluster Assigner use it too). */
  public static final String CLUSTER = "Cluster";
  /** Name of the distance column before its qualifier. */
  public static final String DISTANCE = "Distance to centre";
  /** Name of the outlier column. */
  public static final String OUTLIER = "Outlier";

  private AssignedColumns() {
  }

  /**
   * @param labels the cluster labels for the domain, empty if not known yet (automatic k at configure time)
   * @param scaling the model's scaling
   * @param metric the model's metric
   * @param withOutlier whether the outlier column is appended
   * @param inputColumns the input table's column names, which the appended names avoid (KNIME's rule)
   * @return the appended columns, in order: cluster, distance, [outlier]
   */
  public static List<OutputColumn> of(List<String> labels, Scaling scaling, DistanceMetric metric,
      boolean withOutlier, List<String> inputColumns) {
    List<OutputColumn> wanted = new ArrayList<>();
    wanted.add(OutputColumn.ofString(CLUSTER, labels));
    wanted.add(OutputColumn.ofDouble(qualified(DISTANCE, scaling, metric)));
    if (withOutlier) {
      wanted.add(OutputColumn.ofBoolean(OUTLIER));
    }
    return ColumnNames.appendTo(inputColumns, wanted);
  }

  /**
   * The assigner's columns at configure time, from the model port's spec.
   *
   * @param spec the model's spec
   * @param withOutlier whether the outlier column is wanted (appended only if the model has an outlier rule)
   * @param inputColumns the input table's column names
   * @return {@link #of} for the spec's labels, scaling and metric
   */
  public static List<OutputColumn> of(ClusterModelSpec spec, boolean withOutlier, List<String> inputColumns) {
    return of(spec.labels(), spec.scaling(), spec.metric(), withOutlier && spec.hasOutlierRule(), inputColumns);
  }

  /**
   * The assigner's columns at execution, from the model.
   *
   * @param model a model
   * @param withOutlier whether the outlier column is wanted (appended only if the model has an outlier rule)
   * @param inputColumns the input table's column names
   * @return {@link #of} for the model's labels, scaling and metric
   */
  public static List<OutputColumn> of(CentreModel model, boolean withOutlier, List<String> inputColumns) {
    return of(model.labels(), model.scaling().scaling(), model.metric(), withOutlier && model.hasOutlierRule(),
        inputColumns);
  }

  /**
   * @param base a name, e.g. "Distance to centre" or "SSE"
   * @param scaling the scaling of the space the value is measured in
   * @param metric the metric it is measured with
   * @return the name with "(metric, units)" appended where they are not the plain Euclidean, unscaled ones
   */
  public static String qualified(String base, Scaling scaling, DistanceMetric metric) {
    List<String> parts = new ArrayList<>();
    if (metric != DistanceMetric.EUCLIDEAN) {
      parts.add(metric.id());
    }
    if (!scaling.units().isEmpty()) {
      parts.add(scaling.units());
    }
    return parts.isEmpty() ? base : base + " (" + String.join(", ", parts) + ")";
  }
}
