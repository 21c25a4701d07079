package org.clustermodels.knime.logic.assign;

/**
 * The outcome of assigning one row: its nearest centre's index and label, its distance to that centre in the
 * model's space, and whether it is an outlier; or {@link #NOT_ASSIGNED} for a row the model's missing-value policy
 * leaves out. Immutable.
 */
public final class RowAssignment {
  /** A row that is not assigned: every output cell is missing. */
  public static final RowAssignment NOT_ASSIGNED = new RowAssignment(-1, null, Double.NaN, null);

  private final int cluster;
  private final String label;
  private final double distance;
  private final Boolean outlier;

  private RowAssignment(int cluster, String label, double distance, Boolean outlier) {
    this.cluster = cluster;
    this.label = label;
    this.distance = distance;
    this.outlier = outlier;
  }

  /**
   * @param cluster the cluster index, &gt;= 0
   * @param label its label
   * @param distance the distance to its centre
   * @param outlier whether the row is an outlier, or null if the model has no outlier rule
   * @return the assignment
   */
  public static RowAssignment of(int cluster, String label, double distance, Boolean outlier) {
    if (cluster < 0 || label == null) {
      throw new IllegalArgumentException("an assigned row needs a cluster index >= 0 and a label");
    }
    return new RowAssignment(cluster, label, distance, outlier);
  }

  /** @return whether the row was assigned */
  public boolean isAssigned() {
    return cluster >= 0;
  }

  /** @return the cluster index, or -1 if not assigned */
  public int cluster() {
    return cluster;
  }

  /** @return the cluster's label, or null if not assigned */
  public String label() {
    return label;
  }

  /** @return the distance to the cluster's centre, or NaN if not assigned */
  public double distance() {
    return distance;
  }

  /** @return whether the row is an outlier; null if not assigned or if the model has no outlier rule */
  public Boolean outlier() {
    return outlier;
  }

  /**
   * @param withOutlier whether the outlier column is output
   * @return the cells of the columns of {@link AssignedColumns#of}: label (String), distance (Double) and, if
   *     asked, outlier (Boolean); null for a missing cell
   */
  public Object[] cells(boolean withOutlier) {
    Double d = isAssigned() ? distance : null;
    return withOutlier ? new Object[] {label, d, outlier} : new Object[] {label, d};
  }

  @Override
  public String toString() {
    return isAssigned() ? "RowAssignment[" + label + ", " + distance + (outlier == null ? "" : ", outlier="
        + outlier) + "]" : "RowAssignment[not assigned]";
  }
}
