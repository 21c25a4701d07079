package org.clustermodels.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Textbook formulas used as independent checks in the tests (written from the definitions, not from the
 * code under test): the adjusted Rand index (Hubert and Arabie 1985), the within-cluster sum of squares,
 * cluster means, and Pearson's correlation.
 */
final class Reference {
  private Reference() {
  }

  static double adjustedRandIndex(int[] a, int[] b) {
    Map<Long, Integer> pairs = new HashMap<>();
    Map<Integer, Integer> rowsA = new HashMap<>();
    Map<Integer, Integer> rowsB = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      pairs.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1, Integer::sum);
      rowsA.merge(a[i], 1, Integer::sum);
      rowsB.merge(b[i], 1, Integer::sum);
    }
    double index = 0;
    for (int c : pairs.values()) {
      index += choose2(c);
    }
    double sumA = 0;
    for (int c : rowsA.values()) {
      sumA += choose2(c);
    }
    double sumB = 0;
    for (int c : rowsB.values()) {
      sumB += choose2(c);
    }
    double expected = sumA * sumB / choose2(a.length);
    double max = (sumA + sumB) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double choose2(int n) {
    return n * (n - 1) / 2.0;
  }

  /** @return k x d means of the rows of each label */
  static double[][] clusterMeans(double[][] x, int[] labels, int k) {
    int d = x[0].length;
    double[][] sum = new double[k][d];
    int[] count = new int[k];
    for (int i = 0; i < x.length; i++) {
      count[labels[i]]++;
      for (int j = 0; j < d; j++) {
        sum[labels[i]][j] += x[i][j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        sum[c][j] /= count[c];
      }
    }
    return sum;
  }

  /** @return the sum over rows of the squared Euclidean distance to the mean of the row's cluster */
  static double withinSumOfSquares(double[][] x, int[] labels, int k) {
    double[][] means = clusterMeans(x, labels, k);
    double sse = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        double t = x[i][j] - means[labels[i]][j];
        sse += t * t;
      }
    }
    return sse;
  }

  /** @return z-scores with the population standard deviation */
  static double[][] zscore(double[][] x) {
    int n = x.length;
    int d = x[0].length;
    double[][] z = new double[n][d];
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (double[] row : x) {
        mean += row[j];
      }
      mean /= n;
      double ss = 0;
      for (double[] row : x) {
        ss += (row[j] - mean) * (row[j] - mean);
      }
      double sd = Math.sqrt(ss / n);
      for (int i = 0; i < n; i++) {
        z[i][j] = (x[i][j] - mean) / sd;
      }
    }
    return z;
  }

  /** @return Pearson's correlation of two samples */
  static double pearson(double[] a, double[] b) {
    double ma = Arrays.stream(a).average().getAsDouble();
    double mb = Arrays.stream(b).average().getAsDouble();
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
