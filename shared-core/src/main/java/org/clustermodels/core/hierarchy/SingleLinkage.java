package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Single linkage (nearest neighbour): the distance between two clusters is the smallest distance between their
 * rows; update min(d(A,C), d(B,C)). Monotone. Run by {@link MstSingleLinkage} (a minimum spanning tree).
 */
@Reference(authors = "P. H. A. Sneath", title = "The application of computers to taxonomy",
    venue = "Journal of General Microbiology 17(1), 201-226", year = 1957,
    url = "https://doi.org/10.1099/00221287-17-1-201")
final class SingleLinkage extends LinkageBase {
  /** The one instance. */
  static final SingleLinkage INSTANCE = new SingleLinkage();

  private SingleLinkage() {
    super("single", true, false);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    return Math.min(dA, dB);
  }
}
