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
 * From data rows, the algorithm then works in the freshly computed matrix itself, so it is held once (plus a
 * copy for the cophenetic correlation, only when that copy fits).
 *
 * <p>Method VECTOR never stores the matrix: single, Ward, centroid and median linkage on Euclidean rows run on
 * the vectors in O(n d) memory ({@link VectorSingleLinkage}, {@link VectorWardLinkage},
 * {@link VectorCentroidLinkage}, {@link VectorMedianLinkage}), so n of several hundred thousand fits. AUTO takes
 * it where it is faster (single linkage, and Ward's on up to {@value #WARD_VECTOR_MAX_COLUMNS} columns) and where
 * the matrix does not fit ({@link #resolve}); the cophenetic correlation then needs the distances after all, and
 * they are computed after the fit when they fit in memory (else it is left out).
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
    LinkageMethod linkage = params.linkage();
    long dataBytes = 8L * n * data.cols();
    AgglomerativeMethod method = resolve(params.method(), linkage, params.metric(), n, data.cols(), memory);
    monitor.checkCancelled();
    Scaler scaler = Scaler.fit(params.standardization(), data);
    DenseMatrix x = scaler.transform(data);
    if (method == AgglomerativeMethod.VECTOR) {
      int threads = params.threads() == 0 ? Runtime.getRuntime().availableProcessors() : params.threads();
      boolean cophenetic = params.cophenetic() && matrixFits(n, 2 * dataBytes + WORK_BYTES_PER_ROW * n, memory);
      Dendrogram tree = vectorAlgorithm(linkage).fit(x, threads, cophenetic ? monitor.part(0.0, 0.6) : monitor);
      double r = Double.NaN;
      if (cophenetic) { // the distances only now, after the fit: the vector method itself never needs them
        try {
          CondensedDistances distances = PairwiseDistances.compute(x, params.metric(), params.threads(),
              monitor.part(0.6, 0.3), memory);
          r = tree.copheneticCorrelation(distances, monitor.part(0.9, 0.1));
        } catch (IllegalArgumentException memoryGoneMeanwhile) {
          r = Double.NaN; // the tree stands; the correlation is left out, as when the matrix never fitted
        }
      }
      return new AgglomerativeResult(tree, linkage, params.metric(), method, scaler, r);
    }
    CondensedDistances distances = PairwiseDistances.compute(x, params.metric(), params.threads(),
        monitor.part(0.0, 0.45), memory);
    double[] work = distances.backing();
    CondensedDistances kept = null;
    if (params.cophenetic()) {
      boolean overwrites = linkage.algorithm().overwritesDistances();
      if (!overwrites) {
        kept = distances;
      } else if (memory.availableBytes() >= 2 * CondensedDistances.bytesFor(n) + 2 * dataBytes
          + WORK_BYTES_PER_ROW * n) { // room for both matrices, counted as if neither were allocated yet
        kept = CondensedDistances.wrap(n, work.clone());
      }
    }
    // what the matrix and its copy (if one was kept) took out of a fixed budget
    MemoryCheck spare = memory.afterAllocating(CondensedDistances.bytesFor(n) * (kept != null && kept != distances
        ? 2 : 1));
    Dendrogram tree = linkage.algorithm().cluster(n, work, linkage.linkage(), spare, monitor.part(0.45, 0.45));
    double cophenetic = kept == null ? Double.NaN : tree.copheneticCorrelation(kept, monitor.part(0.9, 0.1));
    return new AgglomerativeResult(tree, linkage, params.metric(), method, scaler, cophenetic);
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
    MemoryCheck spare = memory.afterAllocating(algorithm.overwritesDistances() ? CondensedDistances.bytesFor(n) : 0);
    Dendrogram tree = algorithm.cluster(n, work, linkage.linkage(), spare, monitor);
    return new AgglomerativeResult(tree, linkage, null, AgglomerativeMethod.MATRIX, null,
        tree.copheneticCorrelation(distances));
  }

  /**
   * Decides which method runs. MATRIX and VECTOR run as asked (VECTOR only where a vector algorithm exists).
   * AUTO takes the vector method where it is the faster one: single linkage on Euclidean rows always (Prim's tree
   * computes each distance once, as the matrix would, and needs nothing else), Ward's on Euclidean rows of at
   * most {@value #WARD_VECTOR_MAX_COLUMNS} columns (its chain computes each distance a few times, which the
   * matrix method saves on wider rows; measured at n = 2,000 and 8,000: 2.5 and 2.3 times faster at 8 columns,
   * 1.2 and 2.3 times at 32, 0.7 and 1.7 times at 64); otherwise the distance matrix when it fits in memory (it
   * is exact for every linkage and metric), else the vector method where one exists, else it fails with the
   * memory message.
   *
   * @param method the method asked for
   * @param linkage the linkage
   * @param metric the metric
   * @param n number of rows
   * @param d number of columns
   * @param memory the memory check
   * @return MATRIX or VECTOR
   * @throws IllegalArgumentException if VECTOR is asked for where it does not exist, or nothing fits
   */
  static AgglomerativeMethod resolve(AgglomerativeMethod method, LinkageMethod linkage,
      org.clustermodels.core.distance.Metric metric, int n, int d, MemoryCheck memory) {
    long dataBytes = 8L * n * d;
    boolean vector = metric.isEuclidean() && VECTOR_LINKAGES.contains(linkage);
    switch (method) {
      case VECTOR -> {
        if (!vector) {
          throw new IllegalArgumentException("method VECTOR (O(n d) memory) exists for single, ward, centroid and "
              + "median linkage on euclidean distances, not for " + linkage.id() + " linkage with "
              + metric.id() + "; use method MATRIX or AUTO");
        }
        return AgglomerativeMethod.VECTOR;
      }
      case MATRIX -> {
        PairwiseDistances.requireMatrixFits(n, 2 * dataBytes + WORK_BYTES_PER_ROW * n, memory);
        return AgglomerativeMethod.MATRIX;
      }
      default -> {
        if (vector && (linkage == LinkageMethod.SINGLE
            || linkage == LinkageMethod.WARD && d <= WARD_VECTOR_MAX_COLUMNS)) {
          return AgglomerativeMethod.VECTOR;
        }
        try {
          PairwiseDistances.requireMatrixFits(n, 2 * dataBytes + WORK_BYTES_PER_ROW * n, memory);
          return AgglomerativeMethod.MATRIX;
        } catch (IllegalArgumentException tooBig) {
          if (vector) {
            return AgglomerativeMethod.VECTOR;
          }
          throw tooBig;
        }
      }
    }
  }

  /** The widest rows on which AUTO runs Ward's linkage by the vector method. */
  static final int WARD_VECTOR_MAX_COLUMNS = 32;

  /** Whether the distance matrix of n rows fits next to otherBytes. */
  private static boolean matrixFits(int n, long otherBytes, MemoryCheck memory) {
    try {
      PairwiseDistances.requireMatrixFits(n, otherBytes, memory);
      return true;
    } catch (IllegalArgumentException tooBig) {
      return false;
    }
  }

  /** Linkages with an O(n d)-memory algorithm on Euclidean vectors. */
  private static final java.util.Set<LinkageMethod> VECTOR_LINKAGES = java.util.EnumSet.of(LinkageMethod.SINGLE,
      LinkageMethod.WARD, LinkageMethod.CENTROID, LinkageMethod.MEDIAN);

  /** The vector algorithm of a linkage in {@link #VECTOR_LINKAGES}. */
  private interface VectorAlgorithm {
    Dendrogram fit(DenseMatrix data, int threads, ProgressMonitor monitor);
  }

  private static VectorAlgorithm vectorAlgorithm(LinkageMethod linkage) {
    return switch (linkage) {
      case SINGLE -> VectorSingleLinkage::fit;
      case WARD -> VectorWardLinkage::fit;
      case CENTROID -> VectorCentroidLinkage::fit;
      case MEDIAN -> VectorMedianLinkage::fit;
      default -> throw new IllegalArgumentException("no vector algorithm for " + linkage.id() + " linkage");
    };
  }

  private static int requireTwoRows(int n) {
    if (n < 2) {
      throw new IllegalArgumentException("agglomerative clustering needs at least 2 rows, got " + n);
    }
    return n;
  }
}
