package org.clustermodels.core.hierarchy;

/**
 * What the seven standard linkages share: a name, whether they are monotone, and one of two scales. On the plain
 * scale the distances are used as they are. On the squared Euclidean scale (centroid, median, Ward, whose
 * Lance&ndash;Williams updates are exact only on squared Euclidean distances) the input distances are squared
 * first and the merge heights reported as their square roots, on the Euclidean scale of the input, as SciPy and
 * fastcluster report them; such a linkage is defined only for Euclidean input.
 */
abstract class LinkageBase implements Linkage {
  private final String id;
  private final boolean monotone;
  private final boolean squaredEuclidean;

  /**
   * @param id the name
   * @param monotone whether heights never decrease
   * @param squaredEuclidean whether the update runs on squared Euclidean distances
   */
  LinkageBase(String id, boolean monotone, boolean squaredEuclidean) {
    this.id = id;
    this.monotone = monotone;
    this.squaredEuclidean = squaredEuclidean;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final boolean isMonotone() {
    return monotone;
  }

  /** @return the squared distance on the squared scale, else the distance */
  @Override
  public final double initial(double distance) {
    return squaredEuclidean ? distance * distance : distance;
  }

  /** @return the square root on the squared scale (of 0 for a value that rounding put below 0), else the height */
  @Override
  public final double restore(double internal) {
    return squaredEuclidean ? Math.sqrt(Math.max(0.0, internal)) : internal;
  }

  @Override
  public final boolean rescales() {
    return squaredEuclidean;
  }

  @Override
  public final boolean requiresEuclidean() {
    return squaredEuclidean;
  }

  @Override
  public String toString() {
    return id + " linkage";
  }
}
