package org.clustermodels.core.kmeans;

import org.clustermodels.core.Reference;

/**
 * Hartigan's single-point transfer refinement of a partition. Moving row x (weight w) from cluster a (weight
 * W_a, centre c_a) to cluster b changes the inertia by
 * {@code w W_b/(W_b + w) |x - c_b|^2 - w W_a/(W_a - w) |x - c_a|^2}, counting that both centres move. Rows are
 * visited in order and moved to the cluster of largest decrease whenever there is one, with both centres
 * updated at once, until a full pass moves nothing (or the pass limit is reached). The centres and inertia
 * are then recomputed exactly from the labels.
 *
 * <p>A partition that no single transfer improves is also a fixed point of Lloyd's algorithm, but not the
 * other way round: the refinement escapes Lloyd fixed points that a transfer improves, which is why R's
 * Hartigan–Wong tends to reach lower inertia than Lloyd from the same start.
 *
 * <p>Cost: O(n k d) per pass.
 */
@Reference(authors = "J. A. Hartigan, M. A. Wong", title = "Algorithm AS 136: A K-Means Clustering Algorithm",
    venue = "Journal of the Royal Statistical Society, Series C 28(1)", year = 1979,
    url = "https://doi.org/10.2307/2346830")
@Reference(authors = "M. Telgarsky, A. Vattani", title = "Hartigan's Method: k-means Clustering without Voronoi",
    venue = "Proceedings of the 13th International Conference on Artificial Intelligence and Statistics (AISTATS)",
    year = 2010, url = "https://proceedings.mlr.press/v9/telgarsky10a.html")
final class HartiganRefinement {
  /** A transfer must lower the inertia by more than this fraction of the row's removal cost (guards rounding). */
  private static final double MARGIN = 1e-12;

  private HartiganRefinement() {
  }

  /**
   * @param p the data
   * @param start a run's result
   * @return the refined result (iterations and converged flag of the start are kept)
   */
  static SingleRun refine(KMeansProblem p, SingleRun start) {
    int n = p.n();
    int d = p.d();
    int k = p.k();
    double[] x = p.x();
    double[] w = p.w();
    int[] labels = start.labels().clone();
    double[] centers = new double[k * d];
    double[] weights = new double[k];
    VectorMath.means(x, w, n, d, labels, centers, weights);
    for (int c = 0; c < k; c++) {
      if (!(weights[c] > 0)) { // an empty cluster kept by KEEP_CENTER keeps its centre
        System.arraycopy(start.centers(), c * d, centers, c * d, d);
      }
    }
    boolean moved = true;
    for (int pass = 0; moved && pass < p.maxIterations(); pass++) {
      p.monitor().checkCancelled();
      moved = false;
      for (int i = 0; i < n; i++) {
        double wi = w[i];
        int a = labels[i];
        double remaining = weights[a] - wi;
        if (!(wi > 0) || !(remaining > 0)) {
          continue;
        }
        double removal = wi * weights[a] / remaining * VectorMath.squaredDistance(x, i * d, centers, a * d, d);
        double threshold = removal * (1 - MARGIN);
        int best = -1;
        double bestAddition = threshold;
        for (int b = 0; b < k; b++) {
          if (b == a) {
            continue;
          }
          double addition = wi * weights[b] / (weights[b] + wi)
              * VectorMath.squaredDistance(x, i * d, centers, b * d, d);
          if (addition < bestAddition) {
            bestAddition = addition;
            best = b;
          }
        }
        if (best >= 0) {
          transfer(x, i, d, wi, centers, weights, a, best);
          labels[i] = best;
          moved = true;
        }
      }
    }
    VectorMath.means(x, w, n, d, labels, centers, weights);
    for (int c = 0; c < k; c++) {
      if (!(weights[c] > 0)) {
        System.arraycopy(start.centers(), c * d, centers, c * d, d);
      }
    }
    double inertia = VectorMath.inertia(x, w, n, d, centers, labels);
    if (inertia > start.inertia()) { // rounding can only cost the last digits; never return a worse partition
      return start;
    }
    return new SingleRun(centers, labels, inertia, start.iterations(), start.converged());
  }

  private static void transfer(double[] x, int i, int d, double wi, double[] centers, double[] weights, int from,
      int to) {
    double wa = weights[from];
    double wb = weights[to];
    for (int j = 0; j < d; j++) {
      double v = x[i * d + j];
      centers[from * d + j] = (wa * centers[from * d + j] - wi * v) / (wa - wi);
      centers[to * d + j] = (wb * centers[to * d + j] + wi * v) / (wb + wi);
    }
    weights[from] = wa - wi;
    weights[to] = wb + wi;
  }
}
