package org.clustermodels.core.kmeans;

/**
 * Conservative distance bounds for the exact accelerated variants ({@link HamerlyKMeans}, {@link ElkanKMeans}).
 * Internal.
 *
 * <p>The bounds are on TRUE Euclidean distances between the double vectors, while Lloyd compares COMPUTED
 * squared distances ({@link VectorMath#squaredDistance}), which carry a relative rounding error of about
 * {@code (d + 2) * 2^-53} (plus an absolute error near the underflow threshold). So every bound is widened:
 * upper bounds are inflated and lower bounds deflated by a relative margin {@code eps = 1e-10 + (d + 8) * 2^-50},
 * far above those errors and above the rounding of the bound arithmetic itself, plus an absolute margin of
 * 1e-150 (which covers underflow of squares). A bound test then prunes only when it holds with the margin
 * to spare: {@code upper * inflate < lower}; this proves that the computed squared distances order the same
 * way STRICTLY, so pruning can never hide a tie or a closer centre. Overflowed squared distances give an
 * infinite upper bound (no pruning) and a finite lower bound.
 */
final class DistanceBounds {
  private static final double ABSOLUTE = 1e-150;

  /** 1 + eps: multiply upper bounds (and the left side of every bound test) by this. */
  final double inflate;
  /** 1 - eps: multiply lower bounds by this. */
  final double deflate;

  /** @param d number of columns (the rounding error of a squared distance grows with it) */
  DistanceBounds(int d) {
    double eps = 1e-10 + (d + 8) * 0x1p-50;
    inflate = 1 + eps;
    deflate = 1 - eps;
  }

  /** @return an upper bound on the true distance whose computed square is {@code sq} */
  double upper(double sq) {
    return Math.sqrt(sq) * inflate + ABSOLUTE;
  }

  /** @return a lower bound on the true distance whose computed square is {@code sq} */
  double lower(double sq) {
    return Math.sqrt(Math.min(sq, Double.MAX_VALUE)) * deflate - ABSOLUTE;
  }

  /** {@link #upper(double)} of {@code sq[0..m)} into {@code out}, in one loop the JIT compiler vectorises. */
  void upper(double[] sq, double[] out, int m) {
    for (int r = 0; r < m; r++) {
      out[r] = Math.sqrt(sq[r]) * inflate + ABSOLUTE;
    }
  }

  /** {@link #lower(double)} of {@code sq[0..m)} into {@code out}, in one loop the JIT compiler vectorises. */
  void lower(double[] sq, double[] out, int m) {
    for (int r = 0; r < m; r++) {
      out[r] = Math.sqrt(Math.min(sq[r], Double.MAX_VALUE)) * deflate - ABSOLUTE;
    }
  }

  /**
   * Centre-centre geometry, once per assignment.
   *
   * @param centers k*d centres
   * @param halfPairs out: k*k lower bounds on half the distance between centres a and c (at a*k+c), or null
   *     when not needed; the diagonal is left as is
   * @param halfNearest out: k lower bounds on half the distance from each centre to its nearest other centre
   *     (+infinity when k = 1)
   */
  void centerGeometry(double[] centers, int k, int d, double[] halfPairs, double[] halfNearest) {
    java.util.Arrays.fill(halfNearest, Double.POSITIVE_INFINITY);
    for (int a = 0; a < k; a++) {
      for (int c = a + 1; c < k; c++) {
        double h = 0.5 * lower(VectorMath.squaredDistance(centers, a * d, centers, c * d, d));
        if (halfPairs != null) {
          halfPairs[a * k + c] = h;
          halfPairs[c * k + a] = h;
        }
        halfNearest[a] = Math.min(halfNearest[a], h);
        halfNearest[c] = Math.min(halfNearest[c], h);
      }
    }
  }

  /**
   * Adds each centre's movement to its accumulated drift.
   *
   * @param drift in/out: k upper bounds on how far each centre moved since the drift was last reset
   */
  void addDrift(double[] oldCenters, double[] newCenters, int k, int d, double[] drift) {
    for (int c = 0; c < k; c++) {
      drift[c] = (drift[c] + upper(VectorMath.squaredDistance(oldCenters, c * d, newCenters, c * d, d))) * inflate;
    }
  }
}
