package org.clustermodels.core.kmeans;

/**
 * The one squared-distance kernel every K-Means variant uses, so that variants computing the same distance
 * get bit-identical values (which is what makes Hamerly and Elkan exactly equal to Lloyd).
 */
final class VectorMath {
  private VectorMath() {
  }

  /**
   * The squared Euclidean distance between a[aOff..aOff+d) and b[bOff..bOff+d), summed in four interleaved
   * partial sums (columns j, j+4, ...; j+1, j+5, ...; and so on; leftover columns into the first) so that the
   * processor can overlap the additions. {@link RowBlock} does the same arithmetic for a block of rows, so both
   * give bit-identical values.
   *
   * @return the squared distance
   */
  static double squaredDistance(double[] a, int aOff, double[] b, int bOff, int d) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int j = 0;
    for (; j + 3 < d; j += 4) {
      double t0 = a[aOff + j] - b[bOff + j];
      double t1 = a[aOff + j + 1] - b[bOff + j + 1];
      double t2 = a[aOff + j + 2] - b[bOff + j + 2];
      double t3 = a[aOff + j + 3] - b[bOff + j + 3];
      s0 += t0 * t0;
      s1 += t1 * t1;
      s2 += t2 * t2;
      s3 += t3 * t3;
    }
    for (; j < d; j++) {
      double t = a[aOff + j] - b[bOff + j];
      s0 += t * t;
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * Nearest centre of row i by exhaustive search; ties go to the lowest centre index.
   *
   * @return the centre index
   */
  static int nearest(double[] x, int i, double[] centers, int k, int d) {
    int best = 0;
    double bestDist = squaredDistance(x, i * d, centers, 0, d);
    for (int c = 1; c < k; c++) {
      double dist = squaredDistance(x, i * d, centers, c * d, d);
      if (dist < bestDist) {
        bestDist = dist;
        best = c;
      }
    }
    return best;
  }

  /**
   * @return the weighted sum of squared distances of the rows to their labelled centres
   */
  static double inertia(double[] x, double[] w, int n, int d, double[] centers, int[] labels) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += w[i] * squaredDistance(x, i * d, centers, labels[i] * d, d);
    }
    return s;
  }

  /**
   * Weighted means of the labelled rows.
   *
   * @param sums out: k*d weighted means (for clusters of weight 0, left at 0)
   * @param weights out: k cluster weights
   */
  static void means(double[] x, double[] w, int n, int d, int[] labels, double[] sums, double[] weights) {
    java.util.Arrays.fill(sums, 0.0);
    java.util.Arrays.fill(weights, 0.0);
    for (int i = 0; i < n; i++) {
      int off = labels[i] * d;
      double wi = w[i];
      weights[labels[i]] += wi;
      for (int j = 0; j < d; j++) {
        sums[off + j] += wi * x[i * d + j];
      }
    }
    int k = weights.length;
    for (int c = 0; c < k; c++) {
      if (weights[c] > 0) {
        for (int j = 0; j < d; j++) {
          sums[c * d + j] /= weights[c];
        }
      }
    }
  }
}
