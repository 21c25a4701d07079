package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Weighted average linkage (WPGMA, McQuitty; R calls it "mcquitty"): the distance to the merged cluster is the plain
 * mean of the distances to its two parts, whatever their sizes; update (d(A,C) + d(B,C)) / 2. Monotone.
 */
@Reference(authors = "L. L. McQuitty", title = "Similarity analysis by reciprocal pairs for discrete and continuous "
    + "data", venue = "Educational and Psychological Measurement 26(4), 825-831", year = 1966,
    url = "https://doi.org/10.1177/001316446602600402")
final class WeightedLinkage extends LinkageBase {
  /** The one instance. */
  static final WeightedLinkage INSTANCE = new WeightedLinkage();

  private WeightedLinkage() {
    super("weighted", true, false);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    return 0.5 * (dA + dB);
  }
}
