package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Average linkage (UPGMA): the distance between two clusters is the mean of the distances between their rows;
 * update (|A| d(A,C) + |B| d(B,C)) / (|A| + |B|). Monotone.
 */
@Reference(authors = "R. R. Sokal, C. D. Michener", title = "A statistical method for evaluating systematic "
    + "relationships", venue = "University of Kansas Science Bulletin 38, 1409-1438", year = 1958)
final class AverageLinkage extends LinkageBase {
  /** The one instance. */
  static final AverageLinkage INSTANCE = new AverageLinkage();

  private AverageLinkage() {
    super("average", true, false);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    return (sizeA * dA + sizeB * dB) / (sizeA + sizeB);
  }
}
