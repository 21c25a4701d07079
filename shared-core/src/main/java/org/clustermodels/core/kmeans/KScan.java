package org.clustermodels.core.kmeans;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.quality.CalinskiHarabasz;
import org.clustermodels.core.quality.DaviesBouldin;
import org.clustermodels.core.quality.Silhouette;

/**
 * Choosing k: fits K-Means for every k in a range with the same other parameters and scores each partition by
 * inertia, mean silhouette, Calinski–Harabasz and Davies–Bouldin, all on the data as the algorithm saw it
 * (after scaling).
 *
 * <p>Suggested k (the documented rule): the k with the highest mean silhouette, ties to the smaller k. The
 * silhouette is exact for n &lt;= {@value #EXACT_SILHOUETTE_LIMIT} and otherwise the mean over a seeded random
 * sample of {@value #SILHOUETTE_SAMPLE} rows (scikit-learn's {@code sample_size}), so the scan stays
 * O(n k d) plus a bounded O(sample^2) per k.
 */
public final class KScan {
  /** Largest n for which the silhouette is computed exactly. */
  public static final int EXACT_SILHOUETTE_LIMIT = 20_000;
  /** Sample size of the silhouette above that limit. */
  public static final int SILHOUETTE_SAMPLE = 10_000;

  private KScan() {
  }

  /**
   * Scans k from kMin to kMax.
   *
   * @param data the rows (original units)
   * @param weights row weights or null
   * @param base parameters for every fit; its numClusters is replaced by each k
   * @param kMin smallest k, at least 2 (the silhouette needs two clusters)
   * @param kMax largest k, at most n - 1
   * @param monitor progress (one step per k) and cancellation
   * @return the scores per k, the suggested k and the fit for every k
   */
  public static KScanResult scan(DenseMatrix data, double[] weights, KMeansParams base, int kMin, int kMax,
      ProgressMonitor monitor) {
    if (kMin < 2) {
      throw new IllegalArgumentException("k range: the smallest k must be >= 2, got " + kMin);
    }
    if (kMax < kMin) {
      throw new IllegalArgumentException("k range: " + kMin + ".." + kMax + " is empty");
    }
    if (kMax > data.rows() - 1) {
      throw new IllegalArgumentException("k range: the largest k must be at most n - 1 = " + (data.rows() - 1)
          + ", got " + kMax);
    }
    List<KScore> scores = new ArrayList<>();
    List<KMeansResult> results = new ArrayList<>();
    for (int k = kMin; k <= kMax; k++) {
      monitor.checkCancelled();
      KMeansResult r = new KMeans().fit(data, weights, base.toBuilder().numClusters(k).build(),
          ProgressMonitor.none());
      DenseMatrix scaled = r.model().scaler().transform(data);
      int[] labels = r.labels();
      scores.add(new KScore(k, r.inertia(), silhouette(scaled, labels, base.seed()),
          CalinskiHarabasz.score(scaled, labels), DaviesBouldin.score(scaled, labels)));
      results.add(r);
      monitor.progress((double) (k - kMin + 1) / (kMax - kMin + 1), "k-means for k = " + k);
    }
    KScore best = scores.get(0);
    for (KScore s : scores) {
      if (s.silhouette() > best.silhouette()) {
        best = s;
      }
    }
    return new KScanResult(scores, best.k(), results);
  }

  /**
   * The mean silhouette by the scan's rule: exact up to {@value #EXACT_SILHOUETTE_LIMIT} rows, else sampled.
   *
   * @param scaledData the data the partition was made on
   * @param labels the partition, with at least 2 clusters
   * @param seed the sample's seed
   * @return the mean silhouette
   */
  public static double silhouette(DenseMatrix scaledData, int[] labels, long seed) {
    return scaledData.rows() <= EXACT_SILHOUETTE_LIMIT ? Silhouette.exact(scaledData, labels)
        : Silhouette.sampled(scaledData, labels, SILHOUETTE_SAMPLE, seed);
  }
}
