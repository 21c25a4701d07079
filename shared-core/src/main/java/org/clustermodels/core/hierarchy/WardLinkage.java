package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;

/**
 * Ward linkage (minimum variance): merges the two clusters whose union increases the total within-cluster sum of
 * squares the least. On squared Euclidean distances the update is ((|A| + |C|) d(A,C) + (|B| + |C|) d(B,C) - |C|
 * d(A,B)) / (|A| + |B| + |C|). Heights are reported as SciPy reports them: sqrt(2 |A| |B| / (|A| + |B|))
 * times the distance between the centroids, i.e. sqrt(2 x the increase in the sum of squares). Monotone.
 * Requires Euclidean input.
 */
@Reference(authors = "J. H. Ward", title = "Hierarchical grouping to optimize an objective function",
    venue = "Journal of the American Statistical Association 58(301), 236-244", year = 1963,
    url = "https://doi.org/10.1080/01621459.1963.10500845")
final class WardLinkage extends LinkageBase {
  /** The one instance. */
  static final WardLinkage INSTANCE = new WardLinkage();

  private WardLinkage() {
    super("ward", true, true);
  }

  @Override
  public double combine(int sizeA, double dA, int sizeB, double dB, int sizeC, double dAB) {
    double s = sizeA + sizeB + sizeC;
    return ((sizeA + sizeC) * dA + (sizeB + sizeC) * dB - sizeC * dAB) / s;
  }
}
