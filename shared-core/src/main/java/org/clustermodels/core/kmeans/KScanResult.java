package org.clustermodels.core.kmeans;

import java.util.List;

/** The outcome of a {@link KScan}: scores per k, the suggested k, and the fit for each k. Immutable. */
public final class KScanResult {
  private final List<KScore> scores;
  private final int suggestedK;
  private final List<KMeansResult> results;

  KScanResult(List<KScore> scores, int suggestedK, List<KMeansResult> results) {
    this.scores = List.copyOf(scores);
    this.suggestedK = suggestedK;
    this.results = List.copyOf(results);
  }

  /** @return the scores, by increasing k */
  public List<KScore> scores() {
    return scores;
  }

  /** @return the k with the highest mean silhouette (ties to the smaller k) */
  public int suggestedK() {
    return suggestedK;
  }

  /**
   * @param k a k of the scanned range
   * @return the fit for that k
   */
  public KMeansResult resultFor(int k) {
    int first = scores.get(0).k();
    if (k < first || k >= first + scores.size()) {
      throw new IllegalArgumentException("k = " + k + " is outside the scanned range " + first + ".."
          + (first + scores.size() - 1));
    }
    return results.get(k - first);
  }
}
