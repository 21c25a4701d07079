package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * How the distance from a merged cluster to every other cluster is computed: a strategy with a pure
 * Lance&ndash;Williams update. When clusters A and B (sizes {@code sizeA}, {@code sizeB}, at distance
 * {@code dAB}) merge, the distance from A u B to another cluster C (size {@code sizeC}) is
 * {@code combine(sizeA, d(A,C), sizeB, d(B,C), sizeC, dAB)}.
 *
 * <p>Scale: the algorithms work on {@link #initial(double) initial}{@code (d)} of every input distance and report
 * {@link #restore(double) restore}{@code (h)} of every merge height. Centroid, median and Ward update squared
 * Euclidean distances (their Lance&ndash;Williams formulas are exact only there) and report heights on the
 * Euclidean scale again, as SciPy and fastcluster do; the other linkages use the distances as they are.
 *
 * <p>Everything that differs between linkages is a method here, so the algorithms never ask which linkage they
 * run. Implementations are stateless and thread-safe; the seven standard ones are the {@link LinkageMethod}
 * constants.
 */
@Reference(authors = "G. N. Lance, W. T. Williams",
    title = "A general theory of classificatory sorting strategies: 1. Hierarchical systems",
    venue = "The Computer Journal 9(4), 373-380", year = 1967, url = "https://doi.org/10.1093/comjnl/9.4.373")
public interface Linkage {

  /** @return the linkage's name as the command line and messages spell it, e.g. "ward" */
  String id();

  /**
   * The Lance&ndash;Williams update, on the internal scale.
   *
   * @param sizeA rows in cluster A
   * @param dA distance from A to C
   * @param sizeB rows in cluster B
   * @param dB distance from B to C
   * @param sizeC rows in cluster C
   * @param dAB distance from A to B
   * @return the distance from A u B to C
   */
  double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB);

  /**
   * @param distance an input distance
   * @return it on the internal scale of {@link #combine}; the identity by default
   */
  default double initial(double distance) {
    return distance;
  }

  /**
   * @param internal a merge height on the internal scale
   * @return it on the scale of the input distances, as reported; the identity by default
   */
  default double restore(double internal) {
    return internal;
  }

  /**
   * @return whether {@link #initial} and {@link #restore} are not the identity (then the algorithms convert every
   *     distance, one pass over the matrix)
   */
  default boolean rescales() {
    return false;
  }

  /**
   * @return whether merge heights can never decrease along the merge order (no inversions). For the
   *     Lance&ndash;Williams linkages here this is also the reducibility that the nearest-neighbour chain needs
   *     (single, complete, average, weighted, Ward); centroid and median are not monotone.
   */
  boolean isMonotone();

  /**
   * @return whether the linkage computes centroids and is therefore defined only on Euclidean distances
   *     (centroid, median, Ward)
   */
  default boolean requiresEuclidean() {
    return false;
  }
}
