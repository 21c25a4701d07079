package org.clustermodels.core.hierarchy;

import java.util.Objects;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.distance.Metric;

/**
 * Immutable, validated parameters of a divisive clustering ({@link Divisive}). Build with
 * {@link #builder(DivisiveMethod)}; every option has a default, listed on its builder method. Options that only
 * bisecting k-means reads (split criterion, restarts, seed, threads) are ignored by DIANA; asking DIANA for a
 * number of clusters is rejected, because DIANA always builds the full tree (cut it to get k clusters).
 *
 * <p>DIANA runs on Euclidean distances of the (standardised) rows; other metrics come with the distance
 * package, or pass a {@link org.clustermodels.core.distance.CondensedDistances} to {@link Diana} directly.
 */
public final class DivisiveParams {
  /** The value of {@link #numClusters()} that means: split down to single rows (the full tree). */
  public static final int ALL_ROWS = 0;

  private final DivisiveMethod method;
  private final int numClusters;
  private final BisectingKMeansSplit split;
  private final int restarts;
  private final long seed;
  private final int threads;
  private final Standardization standardization;
  private final Metric metric;

  private DivisiveParams(Builder b) {
    this.method = Objects.requireNonNull(b.method, "method");
    this.split = Objects.requireNonNull(b.split, "split");
    this.standardization = Objects.requireNonNull(b.standardization, "standardization");
    this.metric = Objects.requireNonNull(b.metric, "metric");
    if (method == DivisiveMethod.BISECTING_KMEANS && !metric.isEuclidean()) {
      throw new IllegalArgumentException("bisecting k-means works on Euclidean distances only (k-means "
          + "minimises squared Euclidean distances), got metric " + metric.id() + "; use DIANA with "
          + metric.id());
    }
    if (b.numClusters < 0) {
      throw new IllegalArgumentException("numClusters must be >= 1, or " + ALL_ROWS + " for the full tree, got "
          + b.numClusters);
    }
    if (method == DivisiveMethod.DIANA && b.numClusters != ALL_ROWS) {
      throw new IllegalArgumentException("numClusters = " + b.numClusters + " applies to BISECTING_KMEANS only; "
          + "DIANA always builds the full tree (cut the dendrogram to get k clusters)");
    }
    if (b.restarts < 1) {
      throw new IllegalArgumentException("restarts must be >= 1, got " + b.restarts);
    }
    if (b.threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + b.threads);
    }
    this.numClusters = b.numClusters;
    this.restarts = b.restarts;
    this.seed = b.seed;
    this.threads = b.threads;
  }

  /**
   * @param method DIANA or bisecting k-means
   * @return a builder with every other option at its default
   */
  public static Builder builder(DivisiveMethod method) {
    return new Builder(method);
  }

  /** @return a builder holding these parameters, to derive a variant */
  public Builder toBuilder() {
    return new Builder(method).numClusters(numClusters).split(split).restarts(restarts).seed(seed)
        .threads(threads).standardization(standardization).metric(metric);
  }

  /** @return the method */
  public DivisiveMethod method() {
    return method;
  }

  /**
   * @return bisecting k-means stops when it has this many clusters; {@link #ALL_ROWS} (0) = split down to single
   *     rows. Below the clusters where it stopped, the tree joins their rows at height 0.
   */
  public int numClusters() {
    return numClusters;
  }

  /** @return bisecting k-means: which cluster to split next, and the height of its split */
  public BisectingKMeansSplit split() {
    return split;
  }

  /** @return bisecting k-means: k-means restarts per 2-means split; the lowest SSE wins */
  public int restarts() {
    return restarts;
  }

  /** @return bisecting k-means: the random seed */
  public long seed() {
    return seed;
  }

  /** @return bisecting k-means: threads for the restarts of large splits; 0 = all available processors */
  public int threads() {
    return threads;
  }

  /** @return the column scaling applied before clustering */
  public Standardization standardization() {
    return standardization;
  }

  /** @return the metric between rows that DIANA splits on (bisecting k-means is always Euclidean) */
  public Metric metric() {
    return metric;
  }

  @Override
  public String toString() {
    return "DivisiveParams[method=" + method + ", metric=" + metric.id() + ", numClusters=" + numClusters
        + ", split=" + split + ", restarts=" + restarts + ", seed=" + seed + ", threads=" + threads
        + ", standardization=" + standardization + "]";
  }

  /** Builder of {@link DivisiveParams}; not thread-safe. */
  public static final class Builder {
    private DivisiveMethod method;
    private int numClusters = ALL_ROWS;
    private BisectingKMeansSplit split = BisectingKMeansSplit.LARGEST_SSE;
    private int restarts = 5;
    private long seed;
    private int threads;
    private Standardization standardization = Standardization.NONE;
    private Metric metric = DistanceMetric.EUCLIDEAN;

    private Builder(DivisiveMethod method) {
      this.method = method;
    }

    /** @param v the method @return this */
    public Builder method(DivisiveMethod v) {
      method = v;
      return this;
    }

    /** @param v clusters to stop at (bisecting k-means), default {@link #ALL_ROWS} = the full tree @return this */
    public Builder numClusters(int v) {
      numClusters = v;
      return this;
    }

    /** @param v split criterion (bisecting k-means), default LARGEST_SSE @return this */
    public Builder split(BisectingKMeansSplit v) {
      split = v;
      return this;
    }

    /** @param v k-means restarts per split (bisecting k-means), default 5 @return this */
    public Builder restarts(int v) {
      restarts = v;
      return this;
    }

    /** @param v random seed (bisecting k-means), default 0 @return this */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /** @param v threads (bisecting k-means), default 0 = all processors @return this */
    public Builder threads(int v) {
      threads = v;
      return this;
    }

    /** @param v standardisation, default NONE @return this */
    public Builder standardization(Standardization v) {
      standardization = v;
      return this;
    }

    /**
     * @param v the metric DIANA splits on, default euclidean (bisecting k-means accepts only euclidean)
     * @return this
     */
    public Builder metric(Metric v) {
      metric = v;
      return this;
    }

    /** @return the validated parameters */
    public DivisiveParams build() {
      return new DivisiveParams(this);
    }
  }
}
