package org.clustermodels.core.kmeans;

import java.util.Objects;
import org.clustermodels.core.data.Standardization;

/**
 * Immutable, validated parameters of a K-Means fit. Build with {@link #builder(int)}; every option has a
 * default, listed on its builder method. Validation happens here, once, with messages naming the option.
 */
public final class KMeansParams {
  private final int numClusters;
  private final InitMethod init;
  private final double[][] initialCenters;
  private final KMeansAlgorithm algorithm;
  private final int restarts;
  private final int maxIterations;
  private final double tolerance;
  private final long seed;
  private final EmptyClusterPolicy emptyClusterPolicy;
  private final Refinement refinement;
  private final int threads;
  private final Standardization standardization;
  private final int batchSize;
  private final int swapTrials;

  private KMeansParams(Builder b) {
    if (b.numClusters < 1) {
      throw new IllegalArgumentException("numClusters must be >= 1, got " + b.numClusters);
    }
    if (b.restarts < 1) {
      throw new IllegalArgumentException("restarts must be >= 1, got " + b.restarts);
    }
    if (b.maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, got " + b.maxIterations);
    }
    if (!(b.tolerance >= 0) || Double.isInfinite(b.tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + b.tolerance);
    }
    if (b.threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + b.threads);
    }
    if (b.swapTrials < 0) {
      throw new IllegalArgumentException("swapTrials must be >= 0, got " + b.swapTrials);
    }
    if (b.batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1, got " + b.batchSize);
    }
    this.init = Objects.requireNonNull(b.init, "init");
    if (init == InitMethod.GIVEN) {
      if (b.initialCenters == null) {
        throw new IllegalArgumentException("init GIVEN needs initialCenters");
      }
      if (b.initialCenters.length != b.numClusters) {
        throw new IllegalArgumentException("initialCenters has " + b.initialCenters.length
            + " rows but numClusters is " + b.numClusters);
      }
      this.initialCenters = copy(b.initialCenters);
    } else {
      if (b.initialCenters != null) {
        throw new IllegalArgumentException("initialCenters given but init is " + init + " (use init GIVEN)");
      }
      this.initialCenters = null;
    }
    this.numClusters = b.numClusters;
    this.algorithm = Objects.requireNonNull(b.algorithm, "algorithm");
    this.restarts = b.restarts;
    this.maxIterations = b.maxIterations;
    this.tolerance = b.tolerance;
    this.seed = b.seed;
    this.emptyClusterPolicy = Objects.requireNonNull(b.emptyClusterPolicy, "emptyClusterPolicy");
    this.refinement = Objects.requireNonNull(b.refinement, "refinement");
    this.threads = b.threads;
    this.standardization = Objects.requireNonNull(b.standardization, "standardization");
    this.batchSize = b.batchSize;
    this.swapTrials = b.swapTrials;
  }

  private static double[][] copy(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].clone();
    }
    return out;
  }

  /**
   * @param numClusters k, at least 1
   * @return a builder with every other option at its default
   */
  public static Builder builder(int numClusters) {
    return new Builder(numClusters);
  }

  /** @return a builder holding these parameters, to derive a variant */
  public Builder toBuilder() {
    Builder b = new Builder(numClusters);
    b.init = init;
    b.initialCenters = initialCenters == null ? null : copy(initialCenters);
    b.algorithm = algorithm;
    b.restarts = restarts;
    b.maxIterations = maxIterations;
    b.tolerance = tolerance;
    b.seed = seed;
    b.emptyClusterPolicy = emptyClusterPolicy;
    b.refinement = refinement;
    b.threads = threads;
    b.standardization = standardization;
    b.batchSize = batchSize;
    b.swapTrials = swapTrials;
    return b;
  }

  /** @return k, the number of clusters */
  public int numClusters() {
    return numClusters;
  }

  /** @return the initialisation */
  public InitMethod init() {
    return init;
  }

  /** @return a copy of the given initial centres (original units), or null unless init is GIVEN */
  public double[][] initialCenters() {
    return initialCenters == null ? null : copy(initialCenters);
  }

  /** @return the algorithm */
  public KMeansAlgorithm algorithm() {
    return algorithm;
  }

  /** @return the number of restarts (each from its own initial centres); the lowest inertia wins */
  public int restarts() {
    return restarts;
  }

  /** @return the iteration limit per restart (for mini-batch: the number of passes over the data) */
  public int maxIterations() {
    return maxIterations;
  }

  /** @return the tolerance, relative to the mean per-column variance of the (scaled) data */
  public double tolerance() {
    return tolerance;
  }

  /** @return the random seed */
  public long seed() {
    return seed;
  }

  /** @return the empty-cluster policy */
  public EmptyClusterPolicy emptyClusterPolicy() {
    return emptyClusterPolicy;
  }

  /** @return the refinement of each restart's partition */
  public Refinement refinement() {
    return refinement;
  }

  /** @return threads for the restarts; 0 = all available processors */
  public int threads() {
    return threads;
  }

  /** @return the column scaling fitted before clustering */
  public Standardization standardization() {
    return standardization;
  }

  /** @return rows per mini-batch (mini-batch only) */
  public int batchSize() {
    return batchSize;
  }

  /**
   * @return random-swap trials per restart after its refinement: each moves one centre to a far row and keeps
   *     the result if the inertia drops (0 = none)
   */
  public int swapTrials() {
    return swapTrials;
  }

  /** Builder of {@link KMeansParams}; not thread-safe. */
  public static final class Builder {
    private int numClusters;
    private InitMethod init = InitMethod.KMEANS_PLUS_PLUS;
    private double[][] initialCenters;
    private KMeansAlgorithm algorithm = KMeansAlgorithm.AUTO;
    private int restarts = 10;
    private int maxIterations = 300;
    private double tolerance = 1e-4;
    private long seed;
    private EmptyClusterPolicy emptyClusterPolicy = EmptyClusterPolicy.FARTHEST_POINT;
    private Refinement refinement = Refinement.HARTIGAN;
    private int threads;
    private Standardization standardization = Standardization.NONE;
    private int batchSize = 1024;
    private int swapTrials;

    private Builder(int numClusters) {
      this.numClusters = numClusters;
    }

    /** @param v k, the number of clusters @return this */
    public Builder numClusters(int v) {
      numClusters = v;
      return this;
    }

    /** @param v initialisation, default k-means++ @return this */
    public Builder init(InitMethod v) {
      init = v;
      return this;
    }

    /** @param v k initial centres in original units (sets nothing else; use with init GIVEN) @return this */
    public Builder initialCenters(double[][] v) {
      initialCenters = v == null ? null : copy(v);
      return this;
    }

    /** @param v algorithm, default AUTO @return this */
    public Builder algorithm(KMeansAlgorithm v) {
      algorithm = v;
      return this;
    }

    /** @param v restarts, default 10 @return this */
    public Builder restarts(int v) {
      restarts = v;
      return this;
    }

    /** @param v iteration limit per restart, default 300 @return this */
    public Builder maxIterations(int v) {
      maxIterations = v;
      return this;
    }

    /** @param v relative tolerance, default 1e-4 @return this */
    public Builder tolerance(double v) {
      tolerance = v;
      return this;
    }

    /** @param v random seed, default 0 @return this */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /** @param v empty-cluster policy, default FARTHEST_POINT @return this */
    public Builder emptyClusterPolicy(EmptyClusterPolicy v) {
      emptyClusterPolicy = v;
      return this;
    }

    /** @param v refinement, default HARTIGAN @return this */
    public Builder refinement(Refinement v) {
      refinement = v;
      return this;
    }

    /** @param v threads, default 0 = all processors @return this */
    public Builder threads(int v) {
      threads = v;
      return this;
    }

    /** @param v standardisation, default NONE @return this */
    public Builder standardization(Standardization v) {
      standardization = v;
      return this;
    }

    /** @param v mini-batch size, default 1024 @return this */
    public Builder batchSize(int v) {
      batchSize = v;
      return this;
    }

    /** @param v random-swap trials per restart, default 0 @return this */
    public Builder swapTrials(int v) {
      swapTrials = v;
      return this;
    }

    /** @return the validated parameters */
    public KMeansParams build() {
      return new KMeansParams(this);
    }
  }
}
