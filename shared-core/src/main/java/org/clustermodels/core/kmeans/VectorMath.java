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
   * processor can overlap the additions. {@link #squaredDistancesToAll} does the same arithmetic, so both give
   * bit-identical values.
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
   * The squared distances from one row to all k centres at once. The inner loops run over the centres,
   * element-wise, which the JIT compiler turns into SIMD instructions; each distance is still summed exactly
   * as {@link #squaredDistance} sums it (the same four partial sums, combined the same way; Java forbids
   * re-associating or fusing the additions), so the values are bit-identical to it.
   *
   * @param x the data
   * @param off offset of the row in x
   * @param transposed the centres from {@link #transpose}
   * @param out out: the k squared distances in out[0..k); out must have room for 4k values (scratch)
   */
  static void squaredDistancesToAll(double[] x, int off, double[] transposed, int k, int d, double[] out) {
    java.util.Arrays.fill(out, 0, 4 * k, 0.0);
    int j = 0;
    for (; j + 3 < d; j += 4) {
      double v0 = x[off + j];
      double v1 = x[off + j + 1];
      double v2 = x[off + j + 2];
      double v3 = x[off + j + 3];
      int b0 = j * k;
      int b1 = b0 + k;
      int b2 = b1 + k;
      int b3 = b2 + k;
      for (int c = 0; c < k; c++) {
        double t0 = v0 - transposed[b0 + c];
        double t1 = v1 - transposed[b1 + c];
        double t2 = v2 - transposed[b2 + c];
        double t3 = v3 - transposed[b3 + c];
        out[c] += t0 * t0;
        out[k + c] += t1 * t1;
        out[2 * k + c] += t2 * t2;
        out[3 * k + c] += t3 * t3;
      }
    }
    for (; j < d; j++) {
      double v = x[off + j];
      int base = j * k;
      for (int c = 0; c < k; c++) {
        double t = v - transposed[base + c];
        out[c] += t * t;
      }
    }
    for (int c = 0; c < k; c++) {
      out[c] = (out[c] + out[k + c]) + (out[2 * k + c] + out[3 * k + c]);
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
