package org.clustermodels.core.quality;

/** Cluster means of row-major data, shared by the centroid-based measures. */
final class Centroids {
  private Centroids() {
  }

  /**
   * @param x the data, row-major
   * @param d number of columns
   * @param labels the encoded partition
   * @return the k x d cluster means, row-major
   */
  static double[] of(double[] x, int d, Labels labels) {
    int k = labels.k;
    double[] means = new double[k * d];
    for (int i = 0; i < labels.codes.length; i++) {
      int base = labels.codes[i] * d;
      for (int j = 0; j < d; j++) {
        means[base + j] += x[i * d + j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        means[c * d + j] /= labels.sizes[c];
      }
    }
    return means;
  }

  /**
   * @param a first array
   * @param aOffset start of the first point in it
   * @param b second array
   * @param bOffset start of the second point in it
   * @param d number of coordinates
   * @return the squared Euclidean distance of the two points
   */
  static double squaredDistance(double[] a, int aOffset, double[] b, int bOffset, int d) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double t = a[aOffset + j] - b[bOffset + j];
      s += t * t;
    }
    return s;
  }
}
