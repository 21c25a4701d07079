package org.clustermodels.core.hierarchy;

import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.distance.PairwiseDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Divisive (top-down) hierarchical clustering: the entry point. Validates the input, applies the column scaling,
 * and runs {@link Diana DIANA} (on the distances of the scaled rows in the chosen metric, Euclidean by default)
 * or bisecting k-means, as the parameters
 * say. Both return the full tree as a {@link Dendrogram}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Divisive {
  /** Share of the progress bar for DIANA's distance computation. */
  private static final double DISTANCE_SHARE = 0.1;

  private final MemoryCheck memory;

  /** Checks memory against the JVM heap. */
  public Divisive() {
    this(MemoryCheck.runtime());
  }

  /**
   * @param memory the check made before DIANA's distance matrix is allocated, e.g. a host's own budget
   */
  public Divisive(MemoryCheck memory) {
    this.memory = java.util.Objects.requireNonNull(memory, "memory");
  }

  /**
   * Fits without progress reporting.
   *
   * @param data the rows to cluster
   * @param params the parameters
   * @return the result
   */
  public DivisiveResult fit(DenseMatrix data, DivisiveParams params) {
    return fit(data, params, ProgressMonitor.none());
  }

  /**
   * Fits.
   *
   * @param data the rows to cluster: at least 2, finite values
   * @param params the parameters
   * @param monitor progress and cancellation
   * @return the result
   * @throws IllegalArgumentException for invalid input, naming the row, column or option; for DIANA also when
   *     the distances do not fit in memory (the message says how much is needed and what to do instead)
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the fit
   */
  public DivisiveResult fit(DenseMatrix data, DivisiveParams params, ProgressMonitor monitor) {
    DataChecks.requireFiniteNonEmpty(data);
    int n = data.rows();
    if (n < 2) {
      throw new IllegalArgumentException("the data has only one row; divisive clustering needs at least 2 rows");
    }
    if (params.numClusters() > n) {
      throw new IllegalArgumentException("numClusters = " + params.numClusters()
          + " is larger than the number of rows (" + n + ")");
    }
    DenseMatrix scaled = Scaler.fit(params.standardization(), data).transform(data);
    return switch (params.method()) {
      case DIANA -> {
        DivisiveDistances.requireMemory(n, memory);
        CondensedDistances distances = PairwiseDistances.compute(scaled, params.metric(), params.threads(),
            monitor.part(0, DISTANCE_SHARE), memory);
        monitor.progress(DISTANCE_SHARE, "DIANA: distances computed");
        yield new Diana().fit(distances, monitor.part(DISTANCE_SHARE, 1 - DISTANCE_SHARE));
      }
      case BISECTING_KMEANS -> new BisectingKMeans().fit(scaled, params, monitor);
    };
  }
}
