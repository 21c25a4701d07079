package org.clustermodels.core.hierarchy;

import java.util.Objects;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.distance.PairwiseDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Agglomerative (bottom-up) hierarchical clustering: the entry point. From data rows it validates the input,
 * fits the column scaling, computes the distance matrix (in parallel) and runs the linkage's O(n^2) algorithm
 * ({@link LinkageMethod}); from a precomputed distance matrix it runs the algorithm on a copy. The result is the
 * full dendrogram in SciPy's convention, with SciPy's merge order and ids.
 *
 * <p>Memory is checked before the distance matrix (or its copy) is allocated: 8 n(n-1)/2 bytes, e.g. 10 GB for
 * n = 50,000; when it does not fit, the message says how much is needed and available and what to do instead.
 * From data rows, the algorithm then works in the freshly computed matrix itself, so it is held once.
 *
 * <p>Stateless and thread-safe.
 */
public final class Agglomerative {
  /** Bytes per row of the algorithms' O(n) work arrays and the dendrogram they build (a generous bound). */
  private static final long WORK_BYTES_PER_ROW = 160;

  private final MemoryCheck memory;

  /** Checks memory against the JVM heap. */
  public Agglomerative() {
    this(MemoryCheck.runtime());
  }

  /**
   * @param memory the check made before the distance matrix is allocated, e.g. a host's own budget
   */
  public Agglomerative(MemoryCheck memory) {
    this.memory = Objects.requireNonNull(memory, "memory");
  }

  /**
   * Clusters data rows without progress reporting.
   *
   * @param data the rows
   * @param params the parameters
   * @return the result
   */
  public AgglomerativeResult fit(DenseMatrix data, AgglomerativeParams params) {
    return fit(data, params, ProgressMonitor.none());
  }

  /**
   * Clusters data rows.
   *
   * @param data at least 2 rows of finite values
   * @param params the parameters
   * @param monitor progress (first half: distances, second half: merges) and cancellation
   * @return the result
   * @throws IllegalArgumentException for invalid input (naming the row and column), data the metric does not
   *     accept, a method that is not available, or too little memory
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the fit
   */
  public AgglomerativeResult fit(DenseMatrix data, AgglomerativeParams params, ProgressMonitor monitor) {
    DataChecks.requireFiniteNonEmpty(data);
    int n = requireTwoRows(data.rows());
    AgglomerativeMethod method = resolve(params.method());
    long dataBytes = 8L * n * data.cols();
    PairwiseDistances.requireMatrixFits(n, 2 * dataBytes + WORK_BYTES_PER_ROW * n, memory);
    monitor.checkCancelled();
    Scaler scaler = Scaler.fit(params.standardization(), data);
    DenseMatrix x = scaler.transform(data);
    CondensedDistances distances = PairwiseDistances.compute(x, params.metric(), params.threads(),
        part(monitor, 0.0, 0.5), memory);
    LinkageMethod linkage = params.linkage();
    Dendrogram tree = linkage.algorithm().cluster(n, distances.backing(), linkage.linkage(),
        part(monitor, 0.5, 0.5));
    return new AgglomerativeResult(tree, linkage, params.metric(), method, scaler);
  }

  /**
   * Clusters a precomputed distance matrix, which is not changed. For centroid, median and Ward linkage the
   * distances are taken to be Euclidean, as SciPy does.
   *
   * @param distances the condensed distances of at least 2 rows (validated when they were built)
   * @param linkage the linkage
   * @param monitor progress (fraction of merges) and cancellation
   * @return the result, without metric and scaler
   * @throws IllegalArgumentException for fewer than 2 rows or too little memory for the working copy
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the fit
   */
  public AgglomerativeResult fit(CondensedDistances distances, LinkageMethod linkage, ProgressMonitor monitor) {
    int n = requireTwoRows(distances.size());
    LinkageAlgorithm algorithm = linkage.algorithm();
    double[] work = distances.backing();
    if (algorithm.overwritesDistances()) {
      PairwiseDistances.requireMatrixFits(n, WORK_BYTES_PER_ROW * n, memory);
      work = work.clone();
    }
    monitor.checkCancelled();
    Dendrogram tree = algorithm.cluster(n, work, linkage.linkage(), monitor);
    return new AgglomerativeResult(tree, linkage, null, AgglomerativeMethod.MATRIX, null);
  }

  /**
   * @param method the method asked for
   * @return the method that will run
   * @throws IllegalArgumentException for {@link AgglomerativeMethod#VECTOR}, which is not available yet
   */
  public static AgglomerativeMethod resolve(AgglomerativeMethod method) {
    return switch (method) {
      case AUTO, MATRIX -> AgglomerativeMethod.MATRIX;
      case VECTOR -> throw new IllegalArgumentException("method VECTOR (O(n d) memory) is not available yet; "
          + "use MATRIX or AUTO");
    };
  }

  private static int requireTwoRows(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("agglomerative clustering needs at least 2 rows, got " + n);
    }
    return n;
  }

  /** A view of the monitor that maps [0, 1] onto [start, start + width]. */
  private static ProgressMonitor part(ProgressMonitor monitor, double start, double width) {
    return new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        monitor.progress(start + width * fraction, message);
      }

      @Override
      public boolean isCancelled() {
        return monitor.isCancelled();
      }
    };
  }
}
