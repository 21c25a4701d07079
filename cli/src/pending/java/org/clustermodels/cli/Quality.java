package org.clustermodels.cli;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KScan;
import org.clustermodels.core.kmeans.KScanResult;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.quality.Silhouette;

/** The quality measures the CLI reports, from the core: the silhouette and the scan over k. */
final class Quality {
  /** Largest n for the exact silhouette; above it a sample is used. */
  static final int EXACT_SILHOUETTE_MAX_ROWS = 20_000;
  /** Rows in the silhouette sample for larger n. */
  static final int SILHOUETTE_SAMPLE = 10_000;

  private Quality() {
  }

  /**
   * The mean silhouette: exact for n &lt;= {@value #EXACT_SILHOUETTE_MAX_ROWS}, otherwise on a sample of
   * {@value #SILHOUETTE_SAMPLE} rows drawn with the seed.
   *
   * @param scaled the data in the units the clustering ran in
   * @param labels one label per row
   * @param k the number of clusters
   * @param seed the sample's seed
   * @return the silhouette, or null where it is undefined (k &lt; 2 or k &gt;= n)
   */
  static Double silhouette(DenseMatrix scaled, int[] labels, int k, long seed) {
    if (k < 2 || k >= scaled.rows()) {
      return null;
    }
    double s = scaled.rows() <= EXACT_SILHOUETTE_MAX_ROWS ? Silhouette.exact(scaled, labels)
        : Silhouette.sampled(scaled, labels, SILHOUETTE_SAMPLE, seed);
    return Double.isFinite(s) ? s : null;
  }

  /**
   * Fits k-means for every k in a range and scores the fits.
   *
   * @param data the data, original units (the parameters' scaling is applied by the core)
   * @param base the parameters apart from k
   * @param kMin smallest k
   * @param kMax largest k
   * @param monitor progress
   * @return the scores, the suggested k and its fit
   */
  static ScanOutcome scan(DenseMatrix data, KMeansParams base, int kMin, int kMax, ProgressMonitor monitor) {
    KScanResult r = KScan.scan(data, null, base, kMin, kMax, monitor);
    List<ScanOutcome.Score> scores = new ArrayList<>();
    for (KScore s : r.scores()) {
      scores.add(new ScanOutcome.Score(s.k(), s.inertia(), s.silhouette(), s.calinskiHarabasz(),
          s.daviesBouldin()));
    }
    return new ScanOutcome(scores, r.suggestedK(), r.resultFor(r.suggestedK()));
  }
}
