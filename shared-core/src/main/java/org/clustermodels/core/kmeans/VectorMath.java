package org.clustermodels.core.kmeans;

/**
 * The one squared-distance kernel every K-Means variant uses, so that variants computing the same distance
 * get bit-identical values (which is what makes Hamerly and Elkan exactly equal to Lloyd).
 */
final class VectorMath {
  private VectorMath() {
  }

  /**
   * The squared Euclidean distance between a[aOff..aOff+d) and b[bOff..bOff+d), summed column by column in
   * order. {@link #squaredDistancesToAll} does the same arithmetic, so both give bit-identical values.
   *
   * @return the squared distance
   */
  static double squaredDistance(double[] a, int aOff, double[] b, int bOff, int d) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double t = a[aOff + j] - b[bOff + j];
      s += t * t;
    }
    return s;
  }

  /**
   * Transposes k*d row-major centres into d*k column-major order for {@link #squaredDistancesToAll}.
   *
   * @param centers k*d centres
   * @param transposed out: d*k values, {@code transposed[j * k + c] = centers[c * d + j]}
   */
  static void transpose(double[] centers, int k, int d, double[] transposed) {
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        transposed[j * k + c] = centers[c * d + j];
      }
    }
  }

  /**
   * The squared distances from one row to all k centres at once. The inner loop runs over the centres,
   * element-wise, which the JIT compiler turns into SIMD instructions; each distance is still the in-order
   * column sum of {@link #squaredDistance} (Java forbids re-associating or fusing the additions), so the
   * values are bit-identical to it.
   *
   * @param x the data
   * @param off offset of the row in x
   * @param transposed the centres from {@link #transpose}
   * @param out out: k squared distances
   */
  static void squaredDistancesToAll(double[] x, int off, double[] transposed, int k, int d, double[] out) {
    java.util.Arrays.fill(out, 0, k, 0.0);
    for (int j = 0; j < d; j++) {
      double v = x[off + j];
      int base = j * k;
      for (int c = 0; c < k; c++) {
        double t = v - transposed[base + c];
        out[c] += t * t;
      }
    }
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
