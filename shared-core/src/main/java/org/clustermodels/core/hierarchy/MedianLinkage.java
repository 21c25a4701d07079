package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Median linkage (WPGMC, Gower): like centroid linkage, but the merged cluster is represented by the midpoint of
 * the representatives of its two parts, whatever their sizes. On squared Euclidean distances the update is
 * (d(A,C) + d(B,C)) / 2 - d(A,B) / 4; heights are reported as Euclidean distances, as in SciPy. Not monotone.
 * Requires Euclidean input.
 */
@Reference(authors = "J. C. Gower", title = "A comparison of some methods of cluster analysis",
    venue = "Biometrics 23(4), 623-637", year = 1967, url = "https://doi.org/10.2307/2528417")
final class MedianLinkage extends LinkageBase {
  /** The one instance. */
  static final MedianLinkage INSTANCE = new MedianLinkage();

  private MedianLinkage() {
    super("median", false, true);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    return 0.5 * (dA + dB) - 0.25 * dAB;
  }
}
