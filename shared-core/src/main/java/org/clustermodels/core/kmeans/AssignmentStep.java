package org.clustermodels.core.kmeans;

/**
 * The assignment step of Lloyd's template (internal): per run, stateful. Variants keep bounds between calls;
 * every implementation must give each row exactly the label an exhaustive search would (nearest centre, ties
 * to the lowest index).
 */
interface AssignmentStep {
  /**
   * Labels every row with its nearest centre.
   *
   * @param centers k*d current centres
   * @param labels in: previous labels (-1 before the first call); out: new labels
   * @param changed out: the rows whose label changed are added, in increasing row order
   * @return the number of rows whose label changed
   */
  int assign(double[] centers, int[] labels, ChangedRows changed);

  /**
   * Told after the centres moved, before the next {@link #assign}.
   *
   * @param oldCenters the centres the last assignment used
   * @param newCenters the centres the next assignment will use
   */
  void centersMoved(double[] oldCenters, double[] newCenters);

  /**
   * Told when the template changed a row's label itself (empty-cluster relocation), so any bound kept for
   * the row is no longer valid.
   *
   * @param row the row
   */
  void invalidate(int row);
}
