package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The seven standard linkages, each with its {@link Linkage} strategy and the O(n^2) algorithm that runs it on a
 * distance matrix: a minimum spanning tree for single linkage, the nearest-neighbour chain for the other
 * monotone (reducible) linkages, Müllner's generic algorithm for centroid and median. Names and heights follow
 * SciPy's {@code linkage} (weighted = WPGMA = R's "mcquitty"; centroid = UPGMC; median = WPGMC; Ward, centroid
 * and median heights on the Euclidean scale).
 */
public enum LinkageMethod {
  /** Single linkage: smallest distance between the clusters' rows. */
  SINGLE(SingleLinkage.INSTANCE),
  /** Complete linkage: largest distance between the clusters' rows. */
  COMPLETE(CompleteLinkage.INSTANCE),
  /** Average linkage (UPGMA): mean distance between the clusters' rows. */
  AVERAGE(AverageLinkage.INSTANCE),
  /** Weighted average linkage (WPGMA, McQuitty). */
  WEIGHTED(WeightedLinkage.INSTANCE),
  /** Centroid linkage (UPGMC); Euclidean input only; can make inversions. */
  CENTROID(CentroidLinkage.INSTANCE),
  /** Median linkage (WPGMC); Euclidean input only; can make inversions. */
  MEDIAN(MedianLinkage.INSTANCE),
  /** Ward's minimum-variance linkage; Euclidean input only. */
  WARD(WardLinkage.INSTANCE);

  private final Linkage linkage;

  LinkageMethod(Linkage linkage) {
    this.linkage = linkage;
  }

  /** @return the strategy (its class carries the literature reference) */
  public Linkage linkage() {
    return linkage;
  }

  /** @return the name as the command line and SciPy spell it, e.g. "weighted" */
  public String id() {
    return linkage.id();
  }

  /**
   * @param id a linkage name, any case, e.g. "Ward"; R's "mcquitty" is accepted for weighted
   * @return the linkage method
   * @throws IllegalArgumentException listing the known names
   */
  public static LinkageMethod fromId(String id) {
    String s = id.strip();
    for (LinkageMethod m : values()) {
      if (m.id().equalsIgnoreCase(s)) {
        return m;
      }
    }
    if (s.equalsIgnoreCase("mcquitty")) {
      return WEIGHTED;
    }
    throw new IllegalArgumentException("unknown linkage '" + id + "'; the linkages are "
        + Arrays.stream(values()).map(LinkageMethod::id).collect(Collectors.joining(", ")));
  }

  /** @return the matrix algorithm that runs this linkage */
  LinkageAlgorithm algorithm() {
    return this == SINGLE ? MstSingleLinkage.INSTANCE : algorithmFor(linkage);
  }

  /**
   * @param linkage any linkage
   * @return the nearest-neighbour chain for a monotone (reducible) linkage, else the generic algorithm
   */
  static LinkageAlgorithm algorithmFor(Linkage linkage) {
    return linkage.isMonotone() ? NnChainLinkage.INSTANCE : GenericLinkage.INSTANCE;
  }
}
