package org.clustermodels.cli;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KScan;
import org.clustermodels.core.kmeans.KScanResult;
import org.clustermodels.core.progress.ProgressMonitor;

/** The quality measures the CLI reports, from the core: the silhouette and the scan over k. */
final class Quality {
  private Quality() {
  }

  /**
   * The mean silhouette by the same rule as the k scan ({@link KScan#silhouette}): exact for
   * n &lt;= {@value KScan#EXACT_SILHOUETTE_LIMIT}, otherwise the mean over a sample of
   * {@value KScan#SILHOUETTE_SAMPLE} rows drawn with the seed.
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
    double s = KScan.silhouette(scaled, labels, seed);
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
    return new ScanOutcome(r.scores(), r.suggestedK(), r.resultFor(r.suggestedK()));
  }
}
