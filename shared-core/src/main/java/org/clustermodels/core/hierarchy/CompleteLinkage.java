package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Complete linkage (farthest neighbour): the distance between two clusters is the largest distance between their
 * rows; update max(d(A,C), d(B,C)). Monotone.
 */
@Reference(authors = "T. S\u00f8rensen", title = "A method of establishing groups of equal amplitude in plant sociology "
    + "based on similarity of species content and its application to analyses of the vegetation on Danish commons",
    venue = "Kongelige Danske Videnskabernes Selskab, Biologiske Skrifter 5(4), 1-34", year = 1948)
final class CompleteLinkage extends LinkageBase {
  /** The one instance. */
  static final CompleteLinkage INSTANCE = new CompleteLinkage();

  private CompleteLinkage() {
    super("complete", true, false);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    return Math.max(dA, dB);
  }
}
