package org.clustermodels.cli;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * TEMPORARY stand-in until the core's Silhouette and KScan are merged; replaced by the version in
 * cli/src/pending/java, which calls them.
 */
final class Quality {
  /** Largest n for the exact silhouette; above it a sample is used. */
  static final int EXACT_SILHOUETTE_MAX_ROWS = 20_000;
  /** Rows in the silhouette sample for larger n. */
  static final int SILHOUETTE_SAMPLE = 10_000;

  private Quality() {
  }

  static Double silhouette(DenseMatrix scaled, int[] labels, int k, long seed) {
    return null;
  }

  static ScanOutcome scan(DenseMatrix data, KMeansParams base, int kMin, int kMax, ProgressMonitor monitor) {
    throw new CliException("--k-range is not available yet: it needs KScan in the core");
  }
}
