package org.clustermodels.core.kmeans;

import java.util.SplittableRandom;
import org.clustermodels.core.Reference;

/**
 * Greedy k-means++ seeding: the first centre is a row drawn with probability proportional to its weight; each
 * further centre is the best of {@code 2 + floor(ln k)} candidate rows, each drawn with probability
 * proportional to weight times squared distance to the nearest centre chosen so far, "best" meaning the lowest
 * resulting potential (weighted sum of squared distances to the nearest centre). This is the variant
 * scikit-learn uses. Rows equal to a chosen centre have probability 0, so with at least k distinct rows the k
 * centres are distinct.
 *
 * <p>Cost: O(n d k log k) time, O(n) memory.
 */
@Reference(authors = "D. Arthur, S. Vassilvitskii", title = "k-means++: the advantages of careful seeding",
    venue = "Proceedings of the 18th ACM-SIAM Symposium on Discrete Algorithms (SODA)", year = 2007,
    url = "https://dl.acm.org/doi/10.5555/1283383.1283494")
final class KMeansPlusPlus {
  private KMeansPlusPlus() {
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
    double[] x = p.x();
    double[] w = p.w();
    double[] centers = new double[k * d];
    int trials = 2 + (int) Math.log(k);

    double[] cumulative = new double[n];
    prefixSum(w, null, cumulative);
    int first = CumulativeDraw.draw(cumulative, rng.nextDouble() * cumulative[n - 1]);
    System.arraycopy(x, first * d, centers, 0, d);

    double[] closest = new double[n];
    for (int i = 0; i < n; i++) {
      closest[i] = VectorMath.squaredDistance(x, i * d, x, first * d, d);
    }
    double potential = weightedSum(w, closest);
    double[] candidateDist = new double[n];
    double[] bestDist = new double[n];
    for (int c = 1; c < k; c++) {
      p.monitor().checkCancelled();
      prefixSum(w, closest, cumulative);
      int bestRow = -1;
      double bestPotential = Double.POSITIVE_INFINITY;
      for (int t = 0; t < trials; t++) {
        int row = CumulativeDraw.draw(cumulative, rng.nextDouble() * potential);
        double pot = 0;
        for (int i = 0; i < n; i++) {
          double dist = Math.min(closest[i], VectorMath.squaredDistance(x, i * d, x, row * d, d));
          candidateDist[i] = dist;
          pot += w[i] * dist;
        }
        if (pot < bestPotential) {
          bestPotential = pot;
          bestRow = row;
          System.arraycopy(candidateDist, 0, bestDist, 0, n);
        }
      }
      System.arraycopy(x, bestRow * d, centers, c * d, d);
      System.arraycopy(bestDist, 0, closest, 0, n);
      potential = bestPotential;
    }
    return centers;
  }

  private static void prefixSum(double[] w, double[] factor, double[] out) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += factor == null ? w[i] : w[i] * factor[i];
      out[i] = s;
    }
  }

  private static double weightedSum(double[] w, double[] v) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * v[i];
    }
    return s;
  }
}
