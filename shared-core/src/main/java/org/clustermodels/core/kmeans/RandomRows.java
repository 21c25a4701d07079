package org.clustermodels.core.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random initialisation: k rows drawn uniformly without replacement (a partial Fisher–Yates shuffle), skipping
 * rows that equal a row already drawn, so that the k centres are distinct whenever the data has k distinct rows.
 *
 * <p>Cost: O(n) time and memory, plus O(k d) per drawn row for the duplicate check.
 */
final class RandomRows {
  private RandomRows() {
  }

  /**
   * @param p the data
   * @param rng the restart's random source
   * @return k*d initial centres
   */
  static double[] initialCenters(KMeansProblem p, SplittableRandom rng) {
    int n = p.n();
    int d = p.d();
    int k = p.k();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] centers = new double[k * d];
    List<double[]> chosen = new ArrayList<>();
    for (int pos = 0; pos < n && chosen.size() < k; pos++) {
      int j = pos + rng.nextInt(n - pos);
      int row = order[j];
      order[j] = order[pos];
      order[pos] = row;
      double[] candidate = Arrays.copyOfRange(p.x(), row * d, row * d + d);
      if (chosen.stream().noneMatch(c -> Arrays.equals(c, candidate))) {
        System.arraycopy(candidate, 0, centers, chosen.size() * d, d);
        chosen.add(candidate);
      }
    }
    if (chosen.size() < k) {
      throw new IllegalArgumentException("numClusters = " + k + " but the data has only " + chosen.size()
          + " distinct rows");
    }
    return centers;
  }
}
