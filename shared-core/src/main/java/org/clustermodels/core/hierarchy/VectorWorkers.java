package org.clustermodels.core.hierarchy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.clustermodels.core.progress.CancelledException;

/**
 * Splits a scan over a range of slots into contiguous chunks, one per thread, and combines the chunks' minima
 * deterministically: each chunk keeps its smallest value at the smallest slot (strict {@code <} in slot order),
 * and chunks are combined in slot order with strict {@code <}, so the answer is the smallest slot among the
 * smallest values, whatever the number of threads, exactly as one sequential scan gives it.
 *
 * <p>The calling thread runs the first chunk itself; ranges too small to be worth a hand-over run on it alone.
 * Per-run object; close it to stop the worker threads.
 */
final class VectorWorkers implements AutoCloseable {
  /**
   * Least number of coordinates a chunk must read for a hand-over to another thread to pay: about 50
   * microseconds of scanning, against a wake-up of a pooled thread of some microseconds.
   */
  private static final long MIN_CHUNK_WORK = 1L << 17;

  /** A scan of the slots {@code [from, to)}, reporting its minimum with {@link #offer}. */
  @FunctionalInterface
  interface Chunk {
    /**
     * @param chunk the chunk's index, for {@link #offer}
     * @param from first slot
     * @param to slot after the last
     */
    void scan(int chunk, int from, int to);
  }

  private final int threads;
  private final long minChunkWork;
  private final ExecutorService pool;
  private final double[] chunkValue;
  private final int[] chunkSlot;
  private final Future<?>[] pending;
  private double minValue;

  /**
   * @param threads number of threads, at least 1 (the caller counts as one)
   * @throws IllegalArgumentException if threads &lt; 1
   */
  VectorWorkers(int threads) {
    this(threads, MIN_CHUNK_WORK);
  }

  /**
   * @param threads number of threads, at least 1 (the caller counts as one)
   * @param minChunkWork least number of coordinates a chunk must read (1 splits every range of at least
   *     {@code threads} slots, as tests of the chunking want)
   * @throws IllegalArgumentException if threads &lt; 1
   */
  VectorWorkers(int threads, long minChunkWork) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
    this.minChunkWork = minChunkWork;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
      Thread t = new Thread(r, "clustermodels-vector-linkage");
      t.setDaemon(true);
      return t;
    });
    chunkValue = new double[threads];
    chunkSlot = new int[threads];
    pending = new Future<?>[threads];
  }

  /**
   * Runs work on fresh workers and closes them.
   *
   * @param threads number of threads, at least 1
   * @param work what to run on them
   * @return its result
   * @throws IllegalArgumentException if threads &lt; 1
   */
  static Dendrogram with(int threads, Function<VectorWorkers, Dendrogram> work) {
    try (VectorWorkers workers = new VectorWorkers(threads)) {
      return work.apply(workers);
    }
  }

  /**
   * Runs a scan over {@code [from, to)} in chunks and returns the smallest slot holding the smallest value offered.
   *
   * @param from first slot
   * @param to slot after the last
   * @param workPerSlot coordinates read per slot (to decide whether threads pay)
   * @param chunk the scan
   * @return the slot, or -1 if no chunk offered a value; the value is {@link #minValue()}
   */
  int argmin(int from, int to, int workPerSlot, Chunk chunk) {
    int chunks = run(from, to, workPerSlot, chunk);
    int best = -1;
    double value = Double.POSITIVE_INFINITY;
    for (int c = 0; c < chunks; c++) {
      if (chunkSlot[c] >= 0 && (best < 0 || chunkValue[c] < value)) {
        best = chunkSlot[c];
        value = chunkValue[c];
      }
    }
    minValue = value;
    return best;
  }

  /**
   * Runs a scan over {@code [from, to)} in chunks, for work that writes its results per slot.
   *
   * @param from first slot
   * @param to slot after the last
   * @param workPerSlot coordinates read per slot
   * @param chunk the work
   */
  void forEach(int from, int to, int workPerSlot, Chunk chunk) {
    run(from, to, workPerSlot, chunk);
  }

  /** @return the value at the slot the last {@link #argmin} returned (+infinity if none) */
  double minValue() {
    return minValue;
  }

  /**
   * Records a chunk's minimum; called by a {@link Chunk} at the end of its scan (at most once).
   *
   * @param chunk the chunk's index
   * @param value its smallest value
   * @param slot the smallest slot holding it, or -1 if the chunk saw no candidate
   */
  void offer(int chunk, double value, int slot) {
    chunkValue[chunk] = value;
    chunkSlot[chunk] = slot;
  }

  private int run(int from, int to, int workPerSlot, Chunk chunk) {
    long work = (long) (to - from) * Math.max(1, workPerSlot);
    int chunks = (int) Math.max(1, Math.min(Math.min(threads, to - from), work / minChunkWork));
    for (int c = 0; c < chunks; c++) {
      chunkSlot[c] = -1;
    }
    if (chunks == 1) {
      chunk.scan(0, from, to);
      return 1;
    }
    long length = to - from;
    for (int c = 1; c < chunks; c++) {
      int lo = (int) (from + length * c / chunks);
      int hi = (int) (from + length * (c + 1) / chunks);
      int index = c;
      pending[c] = pool.submit(() -> chunk.scan(index, lo, hi));
    }
    try {
      chunk.scan(0, from, (int) (from + length / chunks));
    } finally {
      awaitAll(chunks);
    }
    return chunks;
  }

  private void awaitAll(int chunks) {
    Throwable failure = null;
    boolean interrupted = false;
    for (int c = 1; c < chunks; c++) {
      while (true) {
        try {
          pending[c].get();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // keep waiting: the chunks still use the shared state
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
          break;
        }
      }
      pending[c] = null;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
