package org.clustermodels.core.hierarchy;

/**
 * The common scale of the centroid-based linkages (centroid, median, Ward): their Lance&ndash;Williams updates are
 * exact on squared Euclidean distances, so the input distances are squared first and the merge heights are
 * reported as their square roots, on the Euclidean scale of the input (as SciPy and fastcluster report them).
 * Defined only for Euclidean input.
 */
abstract class SquaredEuclideanLinkage implements Linkage {

  /** @return the squared distance */
  @Override
  public final double initial(double distance) {
    return distance * distance;
  }

  /** @return the square root; of 0 for a value that rounding put below 0 */
  @Override
  public final double restore(double internal) {
    return Math.sqrt(Math.max(0.0, internal));
  }

  @Override
  public final boolean rescales() {
    return true;
  }

  @Override
  public final boolean requiresEuclidean() {
    return true;
  }
}
