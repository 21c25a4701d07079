package org.clustermodels.core.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * K-Means clustering: the entry point. Validates the input, fits the column scaling, runs the restarts (in
 * parallel), refines each restart's partition if asked, and keeps the restart with the lowest inertia.
 *
 * <p>Determinism: restart r draws only from a random source seeded with the r-th number of a
 * {@link SplittableRandom} seeded with the parameters' seed, and the winner is the lowest inertia with ties
 * to the lowest restart index; so a seed gives the same result at any thread count.
 *
 * <p>Stateless and thread-safe.
 */
public final class KMeans {

  /**
   * Fits with unit weights and no progress reporting.
   *
   * @param data the rows to cluster
   * @param params the parameters
   * @return the result
   */
  public KMeansResult fit(DenseMatrix data, KMeansParams params) {
    return fit(data, null, params, ProgressMonitor.none());
  }

  /**
   * Fits.
   *
   * @param data the rows to cluster; finite values
   * @param weights row weights (finite, &gt;= 0, not all 0), or null for unit weights
   * @param params the parameters
   * @param monitor progress (one step per finished restart) and cancellation
   * @return the result
   * @throws IllegalArgumentException for invalid input, with a message naming the row, column or option
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the fit
   */
  public KMeansResult fit(DenseMatrix data, double[] weights, KMeansParams params, ProgressMonitor monitor) {
    DataChecks.requireFiniteNonEmpty(data);
    DataChecks.requireWeights(weights, data.rows());
    if (data.rows() < 2) {
      throw new IllegalArgumentException("the data has only one row; clustering needs at least 2 rows");
    }
    int k = params.numClusters();
    DataChecks.requireClusterCount(k, data, "numClusters");
    int n = data.rows();
    int d = data.cols();

    Scaler scaler = Scaler.fit(params.standardization(), data);
    double[] x = scaler.transform(data).backing(); // read only: no algorithm writes into the data
    double[] w = weights == null ? filled(n, 1.0) : weights.clone();
    double[] given = null;
    if (params.init() == InitMethod.GIVEN) {
      given = givenCenters(params.initialCenters(), scaler, d);
    }
    double absTolerance = params.tolerance() == 0 ? 0 : params.tolerance() * meanColumnVariance(x, n, d);
    KMeansProblem problem = new KMeansProblem(x, n, d, w, k, params.maxIterations(), absTolerance,
        params.emptyClusterPolicy(), params.batchSize(), monitor);
    KMeansAlgorithm algorithm = resolve(params.algorithm(), k, d);
    KMeansRunner runner = runner(algorithm);

    int restarts = params.init() == InitMethod.GIVEN ? 1 : params.restarts();
    long[] seeds = new long[restarts];
    SplittableRandom root = new SplittableRandom(params.seed());
    for (int r = 0; r < restarts; r++) {
      seeds[r] = root.nextLong();
    }
    SingleRun[] runs = new SingleRun[restarts];
    AtomicInteger done = new AtomicInteger();
    double[] initial = given;
    Runnable[] tasks = new Runnable[restarts];
    for (int r = 0; r < restarts; r++) {
      int restart = r;
      tasks[r] = () -> {
        SplittableRandom rng = new SplittableRandom(seeds[restart]);
        double[] start = switch (params.init()) {
          case GIVEN -> initial;
          case RANDOM -> RandomRows.initialCenters(problem, rng);
          case KMEANS_PLUS_PLUS -> KMeansPlusPlus.initialCenters(problem, rng);
        };
        SingleRun run = runner.run(problem, start);
        if (params.refinement() == Refinement.HARTIGAN) {
          run = HartiganRefinement.refine(problem, run);
        }
        if (params.swapTrials() > 0) {
          run = SwapSearch.search(problem, run, params.swapTrials(), rng, runner, params.refinement());
        }
        runs[restart] = run;
        monitor.progress((double) done.incrementAndGet() / restarts,
            "k-means restart " + done.get() + " of " + restarts);
      };
    }
    runAll(tasks, params.threads());

    SingleRun best = runs[0];
    for (SingleRun run : runs) {
      if (run.inertia() < best.inertia()) {
        best = run;
      }
    }
    KMeansModel model = new KMeansModel(scaler, DenseMatrix.ofRowMajor(k, d, best.centers()).toRows());
    return new KMeansResult(algorithm, model, best, x, w, restarts);
  }

  /**
   * The algorithm AUTO stands for: Elkan when k &gt;= 100 and d &lt;= 50 (its k bounds per row pay off only
   * for many centres in few dimensions), otherwise Hamerly (one lower bound per row, which measured 1.7 to 5
   * times faster than Lloyd at k = 10 to 50, d = 8 to 16, and faster than Elkan there).
   *
   * @param algorithm the requested algorithm
   * @param k number of clusters
   * @param d number of columns
   * @return the concrete algorithm
   */
  public static KMeansAlgorithm resolve(KMeansAlgorithm algorithm, int k, int d) {
    if (algorithm != KMeansAlgorithm.AUTO) {
      return algorithm;
    }
    return k >= 100 && d <= 50 ? KMeansAlgorithm.ELKAN : KMeansAlgorithm.HAMERLY;
  }

  private static KMeansRunner runner(KMeansAlgorithm algorithm) {
    return switch (algorithm) {
      case LLOYD -> LloydKMeans.INSTANCE;
      case HAMERLY -> HamerlyKMeans.INSTANCE;
      case ELKAN -> ElkanKMeans.INSTANCE;
      case MINIBATCH -> MiniBatchKMeans.INSTANCE;
      case AUTO -> throw new IllegalStateException("AUTO must be resolved first");
    };
  }

  private static double[] givenCenters(double[][] centers, Scaler scaler, int d) {
    for (int c = 0; c < centers.length; c++) {
      if (centers[c].length != d) {
        throw new IllegalArgumentException("initialCenters row " + c + " has " + centers[c].length
            + " values; the data has " + d + " columns");
      }
      for (int j = 0; j < d; j++) {
        if (!Double.isFinite(centers[c][j])) {
          throw new IllegalArgumentException("initialCenters row " + c + ", column " + j + " is " + centers[c][j]);
        }
      }
    }
    return DenseMatrix.of(scaler.transform(centers)).toArray();
  }

  /** The mean over columns of the population variance, the scale of scikit-learn's tolerance. */
  static double meanColumnVariance(double[] x, int n, int d) {
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= n;
    }
    double ss = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double t = x[i * d + j] - mean[j];
        ss += t * t;
      }
    }
    return ss / n / d;
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }

  /** Runs the tasks on up to {@code threads} threads (0 = all processors) and waits; rethrows failures. */
  static void runAll(Runnable[] tasks, int threads) {
    int t = Math.min(tasks.length, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
    if (t <= 1) {
      for (Runnable task : tasks) {
        task.run();
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
      Thread th = new Thread(r, "clustermodels-kmeans");
      th.setDaemon(true);
      return th;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          futures.forEach(other -> other.cancel(true));
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          futures.forEach(other -> other.cancel(true));
          throw new org.clustermodels.core.progress.CancelledException();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
