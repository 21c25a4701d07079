package org.clustermodels.knime.logic.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.knime.logic.assign.AssignedColumns;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.profile.ProfileTable;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;

/**
 * What a k-Means learner run gives the glue: per input row its cluster, its distance to the centre (in the model's
 * space: the scaled space when the settings scale, which the column name says) and its outlier flag, or missing
 * cells for a row left out; the centres table; the k-scan table; the segment profile; the model content; the view
 * data; and warnings for the node. Immutable.
 */
public final class KMeansLearnerResult {
  private final KMeansModelContent model;
  private final int[] clusters;
  private final double[] distances;
  private final boolean outlierColumn;
  private final List<KScore> scan;
  private final List<String> warnings;
  private final KMeansResult coreResult;
  private final SegmentProfile profile;
  private final SegmentPictures pictures;

  KMeansLearnerResult(KMeansModelContent model, int[] clusters, double[] distances, boolean outlierColumn,
      List<KScore> scan, List<String> warnings, KMeansResult coreResult, SegmentProfile profile,
      SegmentPictures pictures) {
    this.model = model;
    this.clusters = clusters;
    this.distances = distances;
    this.outlierColumn = outlierColumn;
    this.scan = List.copyOf(scan);
    this.warnings = List.copyOf(warnings);
    this.coreResult = coreResult;
    this.profile = profile;
    this.pictures = pictures;
  }

  /** @return the model content, for the model port, PMML and the view */
  public KMeansModelContent model() {
    return model;
  }

  /** @return k (the chosen one for an automatic k) */
  public int numClusters() {
    return model.numClusters();
  }

  /** @return the labels "cluster_0".."cluster_{k-1}" */
  public List<String> labels() {
    return model.centreModel().labels();
  }

  /** @return the number of input rows */
  public int inputRowCount() {
    return clusters.length;
  }

  /**
   * @param inputRow an input row index
   * @return its cluster, distance and outlier flag (null without the outlier column), or
   *     {@link RowAssignment#NOT_ASSIGNED} for a row left out because of a missing value
   */
  public RowAssignment row(int inputRow) {
    int c = clusters[inputRow];
    if (c < 0) {
      return RowAssignment.NOT_ASSIGNED;
    }
    CentreModel m = model.centreModel();
    Boolean outlier = outlierColumn ? m.isOutlier(c, distances[inputRow]) : null;
    return RowAssignment.of(c, m.labels().get(c), distances[inputRow], outlier);
  }

  /**
   * @param inputColumns the input table's column names
   * @return the columns appended to the input table, with the labels as the cluster column's domain
   */
  public List<OutputColumn> appendedColumns(List<String> inputColumns) {
    CentreModel m = model.centreModel();
    return AssignedColumns.of(m.labels(), m.scaling().scaling(), m.metric(), outlierColumn, inputColumns);
  }

  /**
   * @param inputRow an input row index
   * @return the cells of {@link #appendedColumns} for the row (null for a missing cell)
   */
  public Object[] appendedCells(int inputRow) {
    return row(inputRow).cells(outlierColumn);
  }

  /** @return the centres table (see {@link KMeansOutputs}): one row per cluster, centres in original units */
  public OutputTable centres() {
    return KMeansOutputs.centres(model);
  }

  /** @return the k-scan table (see {@link KMeansOutputs}); no rows for a fixed k */
  public OutputTable scan() {
    List<Object[]> rows = new ArrayList<>();
    for (KScore s : scan) {
      rows.add(new Object[] {s.k(), s.inertia(), s.silhouette(), s.calinskiHarabasz(), s.daviesBouldin(),
          s.k() == numClusters()});
    }
    return new OutputTable(KMeansOutputs.scanColumns(model.centreModel().scaling().scaling()), rows);
  }

  /** @return the core's profile of the clustered rows in original units (filled values included) */
  public SegmentProfile segmentProfile() {
    return profile;
  }

  /**
   * @return the "Segment profile" table ({@link ProfileTable}): the overall figures, then per cluster and column
   *     size, share, mean, standard deviation and standardised difference, in the original units of the rows
   *     clustered
   */
  public OutputTable profile() {
    return ProfileTable.of(profile, labels());
  }

  /** @return the scores per scanned k, empty for a fixed k */
  public List<KScore> scanScores() {
    return scan;
  }

  /** @return what the view shows */
  public KMeansViewData viewData() {
    return new KMeansViewData(model, scan, pictures);
  }

  /** @return warnings for the node (rows left out, values filled, no convergence, empty clusters), maybe none */
  public List<String> warnings() {
    return warnings;
  }

  /** @return the core's result of the chosen fit (labels of the training rows in matrix row order, etc.) */
  public KMeansResult coreResult() {
    return coreResult;
  }
}
