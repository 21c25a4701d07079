package org.clustermodels.core.kmeans;

import java.util.SplittableRandom;
import org.clustermodels.core.Reference;

/**
 * Random-swap local search on top of a restart (internal): replace one centre, chosen uniformly, by a row
 * drawn either uniformly or with probability proportional to weight times squared distance to its centre (a
 * fair coin decides per trial), run the restart's algorithm and refinement from there, and keep the result if
 * its inertia is lower. Each trial escapes a local
 * optimum that differs from the current one in where a single centre sits, which restarts alone find only by
 * chance.
 *
 * <p>Cost: each trial costs about one run of the algorithm.
 */
@Reference(authors = "P. Fränti, J. Kivijärvi", title = "Randomised local search algorithm for the clustering problem",
    venue = "Pattern Analysis and Applications 3(4)", year = 2000, url = "https://doi.org/10.1007/s100440070003")
@Reference(authors = "T. Kanungo, D. M. Mount, N. S. Netanyahu, C. D. Piatko, R. Silverman, A. Y. Wu",
    title = "A local search approximation algorithm for k-means clustering",
    venue = "Computational Geometry 28(2-3)", year = 2004, url = "https://doi.org/10.1016/j.comgeo.2004.03.003")
final class SwapSearch {
  private SwapSearch() {
  }

  /**
   * @param p the data
   * @param start the restart's result
   * @param trials number of swap trials
   * @param rng the restart's random source
   * @param runner the restart's algorithm
   * @param refinement the restart's refinement
   * @return the best result seen (iterations and converged flag are the accepted run's)
   */
  static SingleRun search(KMeansProblem p, SingleRun start, int trials, SplittableRandom rng, KMeansRunner runner,
      Refinement refinement) {
    int n = p.n();
    int d = p.d();
    SingleRun best = start;
    double[] mass = new double[n];
    for (int t = 0; t < trials; t++) {
      p.monitor().checkCancelled();
      double total = 0;
      int[] labels = best.labels();
      for (int i = 0; i < n; i++) {
        total += p.w()[i] * VectorMath.squaredDistance(p.x(), i * d, best.centers(), labels[i] * d, d);
        mass[i] = total;
      }
      if (!(total > 0)) {
        return best; // every row sits on its centre: nothing can improve
      }
      int row = rng.nextBoolean() ? CumulativeDraw.draw(mass, rng.nextDouble() * total) : rng.nextInt(n);
      int center = rng.nextInt(p.k());
      double[] centers = best.centers().clone();
      System.arraycopy(p.x(), row * d, centers, center * d, d);
      SingleRun trial = runner.run(p, centers);
      if (refinement == Refinement.HARTIGAN) {
        trial = HartiganRefinement.refine(p, trial);
      }
      if (trial.inertia() < best.inertia()) {
        best = trial;
      }
    }
    return best;
  }
}
