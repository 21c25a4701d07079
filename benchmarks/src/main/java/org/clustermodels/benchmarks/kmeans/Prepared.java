package org.clustermodels.benchmarks.kmeans;

/**
 * A workload's data and the initial centres shared by all implementations: for a single run, the rows Weka picks
 * with seed {@link #SEED}; for ten runs, the rows Weka picks with seeds {@code SEED .. SEED + 9}.
 */
public final class Prepared {
  /** Weka seed ({@code -S}) of the single run; the ten runs use this seed and the nine after it. */
  public static final long SEED = 1L;
  /** Number of runs of the "10 restarts" rows. */
  public static final int RUNS = 10;

  /** The workload. */
  public final Workload workload;
  /** Row-major data. */
  public final double[] x;
  /** Initial centres of the single run (Weka's rows for {@link #SEED}). */
  public final double[][] centres;
  /** Initial centres of run {@code r} of the ten runs (Weka's rows for {@code SEED + r}). */
  public final double[][][] runCentres;

  private Prepared(Workload w) {
    workload = w;
    x = w.generate();
    runCentres = new double[RUNS][][];
    for (int r = 0; r < RUNS; r++) {
      runCentres[r] = WekaRandomRows.centres(x, w.n, w.d, w.k, SEED + r);
    }
    centres = runCentres[0];
  }

  /** @return the prepared workload named {@code name} */
  public static Prepared of(String name) {
    return new Prepared(Workload.valueOf(name));
  }
}
