package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Centroid linkage (UPGMC): the distance between two clusters is the Euclidean distance between their centroids.
 * On squared Euclidean distances the update is (|A| d(A,C) + |B| d(B,C)) / (|A| + |B|) - |A| |B| d(A,B) /
 * (|A| + |B|)^2; heights are reported as Euclidean distances (the square root), as in SciPy. Not monotone: a
 * merge can be lower than the one before it (an inversion). Requires Euclidean input.
 */
@Reference(authors = "R. R. Sokal, C. D. Michener", title = "A statistical method for evaluating systematic "
    + "relationships", venue = "University of Kansas Science Bulletin 38, 1409-1438", year = 1958)
final class CentroidLinkage extends LinkageBase {
  /** The one instance. */
  static final CentroidLinkage INSTANCE = new CentroidLinkage();

  private CentroidLinkage() {
    super("centroid", false, true);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    double s = sizeA + sizeB;
    return (sizeA * dA + sizeB * dB) / s - sizeA * (sizeB * dAB) / (s * s);
  }
}
