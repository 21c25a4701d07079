package org.clustermodels.cli;

import java.util.List;
import org.clustermodels.core.kmeans.KMeansResult;

/**
 * The outcome of {@code --k-range}: one score row per k, the suggested k and its fit.
 *
 * @param scores one entry per k, ascending
 * @param suggestedK the k the scan suggests
 * @param suggested the fit for the suggested k
 */
record ScanOutcome(List<Score> scores, int suggestedK, KMeansResult suggested) {

  /**
   * The scores of one k.
   *
   * @param k the number of clusters
   * @param inertia the fit's inertia (scaled units)
   * @param silhouette mean silhouette, or NaN if not computed
   * @param calinskiHarabasz Calinski-Harabasz index
   * @param daviesBouldin Davies-Bouldin index
   */
  record Score(int k, double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin) {
  }
}
