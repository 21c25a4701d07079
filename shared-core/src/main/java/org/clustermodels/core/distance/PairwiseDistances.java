package org.clustermodels.core.distance;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * All n(n-1)/2 distances between the rows of a matrix, into a {@link CondensedDistances} (SciPy's {@code pdist}).
 *
 * <p>Multi-threaded and deterministic: the rows are cut into blocks of about equal numbers of pairs, threads take
 * blocks from a shared counter, and each value is computed by exactly one thread with
 * {@link Metric#distance}, whose arithmetic depends only on the two rows; so the matrix is bit-identical for any
 * number of threads. Between blocks the threads check for cancellation and report progress.
 *
 * <p>Memory: 8 n(n-1)/2 bytes for the result plus a copy of the data (8 n d bytes), checked before anything is
 * allocated; n is limited to {@link CondensedDistances#MAX_N} because the values live in one array.
 *
 * <p>Cost: O(n^2 d) time.
 */
public final class PairwiseDistances {
  /** Below this many pairs times columns one thread is faster than starting others. */
  private static final long PARALLEL_MIN_WORK = 1L << 18;
  /** Bounds on the pairs per block: small enough to cancel quickly, large enough to cost nothing. */
  private static final long MIN_BLOCK_PAIRS = 1L << 12;
  private static final long MAX_BLOCK_PAIRS = 1L << 20;

  private PairwiseDistances() {
  }

  /**
   * Computes the distances on all processors, without progress reports, checking the JVM heap first.
   *
   * @param data finite rows
   * @param metric the metric
   * @return the condensed distances
   */
  public static CondensedDistances compute(DenseMatrix data, Metric metric) {
    return compute(data, metric, 0, ProgressMonitor.none(), MemoryCheck.runtime());
  }

  /**
   * Computes the distances.
   *
   * @param data finite rows, at least one; the metric must accept them ({@link Metric#requireSuitable})
   * @param metric the metric
   * @param threads threads to use, 0 = all available processors
   * @param monitor progress (fraction of pairs done) and cancellation, checked between blocks
   * @param memory the memory check made before allocating
   * @return the condensed distances
   * @throws IllegalArgumentException for non-finite or unsuitable data, n above {@link CondensedDistances#MAX_N},
   *     or too little memory (the message says how much is needed and what to do)
   * @throws CancelledException if the monitor cancelled the work
   */
  public static CondensedDistances compute(DenseMatrix data, Metric metric, int threads, ProgressMonitor monitor,
      MemoryCheck memory) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + threads);
    }
    DataChecks.requireFiniteNonEmpty(data);
    metric.requireSuitable(data);
    int n = data.rows();
    int d = data.cols();
    requireMatrixFits(n, 16L * n * d, memory); // the data copied once row-major, once column-major
    double[] x = data.toArray();
    double[] out = new double[(int) CondensedDistances.length(n)];
    new Job(x, n, d, metric, out, monitor).run(threads);
    return CondensedDistances.wrap(n, out);
  }

  /**
   * Checks, before allocating, that a condensed matrix of n rows can exist and fits in memory together with
   * {@code otherBytes} of other data.
   *
   * @param n number of rows
   * @param otherBytes bytes needed besides the matrix (data copies, work arrays)
   * @param memory the memory check
   * @throws IllegalArgumentException if n exceeds {@link CondensedDistances#MAX_N} or the memory is short; the
   *     message names the bytes needed and available and suggests the vector-based method or a sample
   */
  public static void requireMatrixFits(long n, long otherBytes, MemoryCheck memory) {
    String alternatives = "use the vector-based method (single, ward, centroid or median linkage on Euclidean "
        + "data, which never stores the matrix) or cluster a random sample of the rows";
    if (n > CondensedDistances.MAX_N) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%,d rows have %,d pairwise distances, more than one Java array holds (a distance matrix allows at "
              + "most %,d rows); %s", n, n * (n - 1) / 2, CondensedDistances.MAX_N, alternatives));
    }
    memory.require(CondensedDistances.bytesFor(n) + otherBytes,
        String.format(Locale.ROOT, "the distance matrix of %,d rows (%,d distances of 8 bytes)%s", n,
            n * (n - 1) / 2, otherBytes > 0 ? " with its work arrays" : ""),
        alternatives + ", or give the JVM more memory (-Xmx)");
  }

  /** One computation: the blocks, the shared counters and the first failure. */
  private static final class Job {
    private final double[] x;
    private final int n;
    private final int d;
    private final Metric metric;
    private final double[] out;
    /** The data column-major, for a metric with {@link Metric#distancesFrom}; else null. */
    private final double[][] columns;
    private final ProgressMonitor monitor;
    private final int[] blockStart;
    private final long total;
    private final AtomicInteger nextBlock = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long done;
    private double reported;

    Job(double[] x, int n, int d, Metric metric, double[] out, ProgressMonitor monitor) {
      this.x = x;
      this.n = n;
      this.d = d;
      this.metric = metric;
      this.out = out;
      this.monitor = monitor;
      this.total = CondensedDistances.length(n);
      this.blockStart = blocks(n, Math.max(MIN_BLOCK_PAIRS, Math.min(MAX_BLOCK_PAIRS, total / 64)));
      this.columns = columnsIfFast(x, n, d, metric);
    }

    /** The data column-major when the metric has a fast path for many distances from one row; else null. */
    private static double[][] columnsIfFast(double[] x, int n, int d, Metric metric) {
      if (n < 2 || !metric.distancesFrom(new double[d][2], new double[d], 1, 2, new double[2])) {
        return null;
      }
      double[][] columns = new double[d][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < d; j++) {
          columns[j][i] = x[i * d + j];
        }
      }
      return columns;
    }

    /** Row ranges holding about {@code target} pairs each; row i has n - 1 - i pairs. */
    private static int[] blocks(int n, long target) {
      int[] starts = new int[n + 1];
      int count = 0;
      long pairs = target;
      for (int i = 0; i < n; i++) {
        if (pairs >= target) {
          starts[count++] = i;
          pairs = 0;
        }
        pairs += n - 1 - i;
      }
      starts[count++] = n;
      return Arrays.copyOf(starts, count);
    }

    void run(int threads) {
      int blocks = blockStart.length - 1;
      int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
      t = total * d < PARALLEL_MIN_WORK ? 1 : Math.min(t, blocks);
      Thread[] helpers = new Thread[Math.max(0, t - 1)];
      for (int k = 0; k < helpers.length; k++) {
        helpers[k] = new Thread(this::work, "clustermodels-distances-" + (k + 1));
        helpers[k].setDaemon(true);
        helpers[k].start();
      }
      work();
      boolean interrupted = false;
      for (Thread h : helpers) {
        while (true) {
          try {
            h.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true;
            stop.set(true);
          }
        }
      }
      Throwable f = failure.get();
      if (f instanceof RuntimeException re) {
        throw re;
      }
      if (f instanceof Error err) {
        throw err;
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
        throw new CancelledException();
      }
    }

    private void work() {
      try {
        double[] scratch = columns == null ? null : new double[n];
        double[] row = columns == null ? null : new double[d];
        int b;
        while (!stop.get() && (b = nextBlock.getAndIncrement()) < blockStart.length - 1) {
          if (monitor.isCancelled()) {
            throw new CancelledException();
          }
          long pairs = 0;
          for (int i = blockStart[b]; i < blockStart[b + 1]; i++) {
            int p = i + 1 < n ? CondensedDistances.index(n, i, i + 1) : 0;
            int oi = i * d;
            if (columns != null) {
              System.arraycopy(x, oi, row, 0, d);
              metric.distancesFrom(columns, row, i + 1, n, scratch);
              System.arraycopy(scratch, i + 1, out, p, n - 1 - i);
            } else {
              for (int j = i + 1; j < n; j++) {
                out[p++] = metric.distance(x, oi, x, j * d, d);
              }
            }
            pairs += n - 1 - i;
          }
          report(pairs);
        }
      } catch (Throwable e) {
        stop.set(true);
        failure.compareAndSet(null, e);
      }
    }

    private synchronized void report(long pairs) {
      done += pairs;
      double fraction = total == 0 ? 1.0 : (double) done / total;
      if (fraction >= reported) {
        reported = fraction;
        monitor.progress(fraction, "pairwise " + metric.id() + " distances");
      }
    }
  }
}
