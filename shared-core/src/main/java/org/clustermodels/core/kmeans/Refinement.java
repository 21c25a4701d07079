package org.clustermodels.core.kmeans;

/** What is done to each restart's partition after its algorithm has converged. */
public enum Refinement {
  /** Nothing: the result is the algorithm's own (as scikit-learn's or ELKI's). */
  NONE,
  /**
   * Hartigan's single-point transfers (Hartigan &amp; Wong 1979; Telgarsky &amp; Vattani 2010): move a row to
   * another cluster whenever that lowers the inertia, accounting for the centres moving with it, until no move
   * helps. Every such partition is also a fixed point of Lloyd's algorithm, and often a better one.
   */
  HARTIGAN
}
