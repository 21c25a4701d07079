package org.clustermodels.knime.logic.assign;

import java.util.List;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.kmeans.KMeansModel;
import org.clustermodels.knime.logic.table.RowEncoder;

/**
 * Assigns rows to the nearest centre of a {@link CentreModel}: the row is encoded by the model's encoder (columns,
 * missing values), scaled by its scaling, and compared with every centre by the model's metric; the nearest centre
 * wins, ties going to the lowest cluster index (as the core's k-means does). For the Euclidean metric the centres
 * are compared by squared distance computed by the core's k-means kernel ({@link KMeansModel#squaredDistance}),
 * and the winner's distance is its square root: bit for bit the distance the core's k-means reports for its training rows,
 * so a training row gets the same distance and outlier flag from the learner and from the assigner. Works for
 * k-means models and cut dendrogram models alike. Immutable and thread-safe.
 */
public final class NearestCentreAssigner {
  private final CentreModel model;
  private final double[] centres;
  private final int k;
  private final int d;

  private NearestCentreAssigner(CentreModel model) {
    this.model = model;
    this.k = model.numClusters();
    this.d = model.columns().size();
    this.centres = new double[k * d];
    double[][] c = model.centres();
    for (int i = 0; i < k; i++) {
      System.arraycopy(c[i], 0, centres, i * d, d);
    }
  }

  /**
   * @param model the model
   * @return its assigner
   */
  public static NearestCentreAssigner of(CentreModel model) {
    return new NearestCentreAssigner(model);
  }

  /**
   * @param encoder the new-row encoder (columns, missing-value policy, fill values)
   * @param scaling the scaling
   * @param centres the centres in the scaled space
   * @param labels the labels
   * @param metric the metric
   * @return the assigner of the model made of these parts
   */
  public static NearestCentreAssigner of(RowEncoder encoder, ColumnScaling scaling, double[][] centres,
      List<String> labels, DistanceMetric metric) {
    return new NearestCentreAssigner(CentreModel.of(encoder, scaling, centres, labels, metric));
  }

  /** @return the model applied */
  public CentreModel model() {
    return model;
  }

  /**
   * Assigns one row.
   *
   * @param rowKey the row's key, for messages
   * @param values the values of the model's columns in its order, original units; NaN for a missing cell
   * @return the nearest centre, the distance to it and the outlier flag (if the model has a rule), or
   *     {@link RowAssignment#NOT_ASSIGNED} if the missing-value policy leaves the row out
   * @throws IllegalArgumentException naming the row key (and column) for an infinite value, a missing value
   *     under the policy FAIL, or a distance the metric cannot compute for the row
   */
  public RowAssignment assign(String rowKey, double[] values) {
    double[] row = model.encoder().encode(rowKey, values);
    if (row == null) {
      return RowAssignment.NOT_ASSIGNED;
    }
    double[] x = model.scaling().transform(row);
    DistanceMetric metric = model.metric();
    boolean euclidean = metric.isEuclidean();
    int best = -1;
    double bestValue = Double.POSITIVE_INFINITY;
    for (int c = 0; c < k; c++) {
      double v = euclidean ? KMeansModel.squaredDistance(x, 0, centres, c * d, d)
          : metric.distance(x, 0, centres, c * d, d);
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("Row \"" + rowKey + "\": its " + metric.id() + " distance to the centre "
            + "of " + model.labels().get(c) + " is undefined (e.g. the cosine distance of a row of zeros).");
      }
      if (v < bestValue) {
        best = c;
        bestValue = v;
      }
    }
    double distance = euclidean ? Math.sqrt(bestValue) : bestValue;
    Boolean outlier = model.hasOutlierRule() ? model.isOutlier(best, distance) : null;
    return RowAssignment.of(best, model.labels().get(best), distance, outlier);
  }
}
