package org.clustermodels.knime.logic.kmeans;

import static org.clustermodels.knime.logic.kmeans.KMeansOption.ALGORITHM;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.AUTO_K;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.INIT;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MAX_CLUSTERS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MAX_ITERATIONS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MIN_CLUSTERS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MISSING_VALUES;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.NUM_CLUSTERS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.OUTLIER_FLAG;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.OUTLIER_QUANTILE;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.PMML_OUTPUT;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.RESTARTS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.SCALING;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.SEED;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.THREADS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.TOLERANCE;

import java.util.Objects;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.Choice;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * The settings of the k-Means learner node: immutable, made with a {@link Builder} (whose defaults are the node's
 * defaults), stored under the frozen keys of {@link KMeansOption}. {@link #validate()} checks the ranges that do
 * not depend on the data (the glue calls it in {@code validateSettings} and {@code configure}); the run checks k
 * against the number of rows.
 *
 * <p>Defaults: k = 3 (KNIME's k-Means default), automatic k off with range 2..10, k-means++ initialisation,
 * algorithm chosen automatically, 10 restarts, at most 300 iterations, tolerance 1e-4 (scikit-learn's defaults),
 * no scaling, seed 0 (results are reproducible), rows with missing values skipped, all processors, no outlier
 * column (quantile 0.99 when switched on), PMML output on.
 */
public final class KMeansNodeSettings {
  private final int numClusters;
  private final boolean autoK;
  private final int minClusters;
  private final int maxClusters;
  private final InitChoice init;
  private final AlgorithmChoice algorithm;
  private final int restarts;
  private final int maxIterations;
  private final double tolerance;
  private final Scaling scaling;
  private final long seed;
  private final MissingValuePolicy missingValues;
  private final int threads;
  private final boolean outlierFlag;
  private final double outlierQuantile;
  private final boolean pmmlOutput;

  private KMeansNodeSettings(Builder b) {
    this.numClusters = b.numClusters;
    this.autoK = b.autoK;
    this.minClusters = b.minClusters;
    this.maxClusters = b.maxClusters;
    this.init = Objects.requireNonNull(b.init, "init");
    this.algorithm = Objects.requireNonNull(b.algorithm, "algorithm");
    this.restarts = b.restarts;
    this.maxIterations = b.maxIterations;
    this.tolerance = b.tolerance;
    this.scaling = Objects.requireNonNull(b.scaling, "scaling");
    this.seed = b.seed;
    this.missingValues = Objects.requireNonNull(b.missingValues, "missingValues");
    this.threads = b.threads;
    this.outlierFlag = b.outlierFlag;
    this.outlierQuantile = b.outlierQuantile;
    this.pmmlOutput = b.pmmlOutput;
  }

  /** @return the defaults (see the class comment) */
  public static KMeansNodeSettings defaults() {
    return builder().build();
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these settings, to derive a variant */
  public Builder toBuilder() {
    return new Builder().numClusters(numClusters).autoK(autoK).kRange(minClusters, maxClusters).init(init)
        .algorithm(algorithm).restarts(restarts).maxIterations(maxIterations).tolerance(tolerance).scaling(scaling)
        .seed(seed).missingValues(missingValues).threads(threads).outlierFlag(outlierFlag)
        .outlierQuantile(outlierQuantile).pmmlOutput(pmmlOutput);
  }

  /** @return k, used when {@link #autoK()} is off */
  public int numClusters() {
    return numClusters;
  }

  /** @return whether k is chosen from [{@link #minClusters()}, {@link #maxClusters()}] by the mean silhouette */
  public boolean autoK() {
    return autoK;
  }

  /** @return the smallest k of the automatic range */
  public int minClusters() {
    return minClusters;
  }

  /** @return the largest k of the automatic range */
  public int maxClusters() {
    return maxClusters;
  }

  /** @return the initialisation */
  public InitChoice init() {
    return init;
  }

  /** @return the algorithm */
  public AlgorithmChoice algorithm() {
    return algorithm;
  }

  /** @return the number of restarts */
  public int restarts() {
    return restarts;
  }

  /** @return the iteration limit per restart */
  public int maxIterations() {
    return maxIterations;
  }

  /** @return the tolerance, relative to the mean column variance of the scaled data */
  public double tolerance() {
    return tolerance;
  }

  /** @return the column scaling */
  public Scaling scaling() {
    return scaling;
  }

  /** @return the random seed */
  public long seed() {
    return seed;
  }

  /** @return the missing-value policy */
  public MissingValuePolicy missingValues() {
    return missingValues;
  }

  /** @return threads for the restarts, 0 = all processors */
  public int threads() {
    return threads;
  }

  /** @return whether the outlier column is output */
  public boolean outlierFlag() {
    return outlierFlag;
  }

  /** @return the outlier rule's quantile q: rows farther out than the q-quantile of their cluster are outliers */
  public double outlierQuantile() {
    return outlierQuantile;
  }

  /** @return whether the model is also output as PMML */
  public boolean pmmlOutput() {
    return pmmlOutput;
  }

  /**
   * Checks the ranges that do not depend on the data.
   *
   * @throws SettingsException naming the first option out of range, its label and key, and the value
   */
  public void validate() throws SettingsException {
    atLeast(NUM_CLUSTERS, numClusters, 1);
    atLeast(MIN_CLUSTERS, minClusters, 2);
    if (maxClusters < minClusters) {
      throw new SettingsException(MAX_CLUSTERS.named() + " must be at least " + MIN_CLUSTERS.named() + " ("
          + minClusters + "), got " + maxClusters + ".");
    }
    atLeast(RESTARTS, restarts, 1);
    atLeast(MAX_ITERATIONS, maxIterations, 1);
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new SettingsException(TOLERANCE.named() + " must be a finite number >= 0, got " + tolerance + ".");
    }
    atLeast(THREADS, threads, 0);
    if (!(outlierQuantile >= 0 && outlierQuantile <= 1)) {
      throw new SettingsException(OUTLIER_QUANTILE.named() + " must be between 0 and 1, got " + outlierQuantile
          + ".");
    }
  }

  private static void atLeast(KMeansOption option, int value, int min) throws SettingsException {
    if (value < min) {
      throw new SettingsException(option.named() + " must be at least " + min + ", got " + value + ".");
    }
  }

  /**
   * The core's parameters for one fit.
   *
   * @param k the number of clusters of this fit (the setting, or one k of the automatic range)
   * @return the parameters (the core's refinement and empty-cluster defaults apply)
   */
  public KMeansParams params(int k) {
    return KMeansParams.builder(k).init(init.method()).algorithm(algorithm.algorithm()).restarts(restarts)
        .maxIterations(maxIterations).tolerance(tolerance).seed(seed).threads(threads)
        .standardization(scaling.standardization()).build();
  }

  /**
   * Writes every option under its {@link KMeansOption#key()}, in the enum's order.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putInt(NUM_CLUSTERS.key(), numClusters);
    writer.putBoolean(AUTO_K.key(), autoK);
    writer.putInt(MIN_CLUSTERS.key(), minClusters);
    writer.putInt(MAX_CLUSTERS.key(), maxClusters);
    writer.putString(INIT.key(), init.id());
    writer.putString(ALGORITHM.key(), algorithm.id());
    writer.putInt(RESTARTS.key(), restarts);
    writer.putInt(MAX_ITERATIONS.key(), maxIterations);
    writer.putDouble(TOLERANCE.key(), tolerance);
    writer.putString(SCALING.key(), scaling.id());
    writer.putLong(SEED.key(), seed);
    writer.putString(MISSING_VALUES.key(), missingValues.id());
    writer.putInt(THREADS.key(), threads);
    writer.putBoolean(OUTLIER_FLAG.key(), outlierFlag);
    writer.putDouble(OUTLIER_QUANTILE.key(), outlierQuantile);
    writer.putBoolean(PMML_OUTPUT.key(), pmmlOutput);
  }

  /**
   * Reads and validates settings written by {@link #saveTo}.
   *
   * @param reader where to read
   * @return the settings
   * @throws SettingsException naming the option that is missing, of the wrong type, unknown or out of range
   */
  public static KMeansNodeSettings loadFrom(SettingsReader reader) throws SettingsException {
    SettingsReader r = reader; // short for the chain below
    KMeansNodeSettings s = builder().numClusters(read(NUM_CLUSTERS, r::getInt)).autoK(read(AUTO_K, r::getBoolean))
        .kRange(read(MIN_CLUSTERS, r::getInt), read(MAX_CLUSTERS, r::getInt))
        .init(Choice.fromId(InitChoice.values(), read(INIT, r::getString), INIT.key()))
        .algorithm(Choice.fromId(AlgorithmChoice.values(), read(ALGORITHM, r::getString), ALGORITHM.key()))
        .restarts(read(RESTARTS, r::getInt)).maxIterations(read(MAX_ITERATIONS, r::getInt))
        .tolerance(read(TOLERANCE, r::getDouble))
        .scaling(Choice.fromId(Scaling.values(), read(SCALING, r::getString), SCALING.key()))
        .seed(read(SEED, r::getLong))
        .missingValues(Choice.fromId(MissingValuePolicy.values(), read(MISSING_VALUES, r::getString),
            MISSING_VALUES.key()))
        .threads(read(THREADS, r::getInt)).outlierFlag(read(OUTLIER_FLAG, r::getBoolean))
        .outlierQuantile(read(OUTLIER_QUANTILE, r::getDouble)).pmmlOutput(read(PMML_OUTPUT, r::getBoolean)).build();
    s.validate();
    return s;
  }

  /** Reads one value by key; a {@link SettingsReader} method. */
  @FunctionalInterface
  private interface Getter<T> {
    T get(String key) throws SettingsException;
  }

  /** Reads an option, naming it when its value cannot be read. */
  private static <T> T read(KMeansOption option, Getter<T> getter) throws SettingsException {
    try {
      return getter.get(option.key());
    } catch (SettingsException e) {
      throw new SettingsException("The option " + option.named() + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KMeansNodeSettings s && s.numClusters == numClusters && s.autoK == autoK
        && s.minClusters == minClusters && s.maxClusters == maxClusters && s.init == init
        && s.algorithm == algorithm && s.restarts == restarts && s.maxIterations == maxIterations
        && Double.compare(s.tolerance, tolerance) == 0 && s.scaling == scaling && s.seed == seed
        && s.missingValues == missingValues && s.threads == threads && s.outlierFlag == outlierFlag
        && Double.compare(s.outlierQuantile, outlierQuantile) == 0 && s.pmmlOutput == pmmlOutput;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numClusters, autoK, minClusters, maxClusters, init, algorithm, restarts, maxIterations,
        tolerance, scaling, seed, missingValues, threads, outlierFlag, outlierQuantile, pmmlOutput);
  }

  @Override
  public String toString() {
    return "KMeansNodeSettings[" + (autoK ? "k=" + minClusters + ".." + maxClusters : "k=" + numClusters) + ", "
        + init.id() + ", " + algorithm.id() + ", restarts=" + restarts + ", maxIterations=" + maxIterations
        + ", tolerance=" + tolerance + ", scaling=" + scaling.id() + ", seed=" + seed + ", missing="
        + missingValues.id() + ", threads=" + threads + (outlierFlag ? ", outliers q=" + outlierQuantile : "")
        + (pmmlOutput ? ", pmml" : "") + "]";
  }

  /** Builder of {@link KMeansNodeSettings}, starting from the defaults; not thread-safe. */
  public static final class Builder {
    private int numClusters = 3;
    private boolean autoK;
    private int minClusters = 2;
    private int maxClusters = 10;
    private InitChoice init = InitChoice.KMEANS_PLUS_PLUS;
    private AlgorithmChoice algorithm = AlgorithmChoice.AUTO;
    private int restarts = 10;
    private int maxIterations = 300;
    private double tolerance = 1e-4;
    private Scaling scaling = Scaling.NONE;
    private long seed;
    private MissingValuePolicy missingValues = MissingValuePolicy.SKIP_ROWS;
    private int threads;
    private boolean outlierFlag;
    private double outlierQuantile = 0.99;
    private boolean pmmlOutput = true;

    private Builder() {
    }

    /**
     * @param v k, default 3
     * @return this
     */
    public Builder numClusters(int v) {
      numClusters = v;
      return this;
    }

    /**
     * @param v whether k is chosen automatically, default false
     * @return this
     */
    public Builder autoK(boolean v) {
      autoK = v;
      return this;
    }

    /**
     * @param min smallest k of the automatic range, default 2
     * @param max largest k of the automatic range, default 10
     * @return this
     */
    public Builder kRange(int min, int max) {
      minClusters = min;
      maxClusters = max;
      return this;
    }

    /**
     * @param v initialisation, default k-means++
     * @return this
     */
    public Builder init(InitChoice v) {
      init = v;
      return this;
    }

    /**
     * @param v algorithm, default automatic
     * @return this
     */
    public Builder algorithm(AlgorithmChoice v) {
      algorithm = v;
      return this;
    }

    /**
     * @param v restarts, default 10
     * @return this
     */
    public Builder restarts(int v) {
      restarts = v;
      return this;
    }

    /**
     * @param v iteration limit per restart, default 300
     * @return this
     */
    public Builder maxIterations(int v) {
      maxIterations = v;
      return this;
    }

    /**
     * @param v relative tolerance, default 1e-4
     * @return this
     */
    public Builder tolerance(double v) {
      tolerance = v;
      return this;
    }

    /**
     * @param v scaling, default none
     * @return this
     */
    public Builder scaling(Scaling v) {
      scaling = v;
      return this;
    }

    /**
     * @param v seed, default 0
     * @return this
     */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /**
     * @param v missing-value policy, default skip rows
     * @return this
     */
    public Builder missingValues(MissingValuePolicy v) {
      missingValues = v;
      return this;
    }

    /**
     * @param v threads, default 0 = all processors
     * @return this
     */
    public Builder threads(int v) {
      threads = v;
      return this;
    }

    /**
     * @param v whether the outlier column is output, default false
     * @return this
     */
    public Builder outlierFlag(boolean v) {
      outlierFlag = v;
      return this;
    }

    /**
     * @param v the outlier quantile, default 0.99
     * @return this
     */
    public Builder outlierQuantile(double v) {
      outlierQuantile = v;
      return this;
    }

    /**
     * @param v whether PMML is output, default true
     * @return this
     */
    public Builder pmmlOutput(boolean v) {
      pmmlOutput = v;
      return this;
    }

    /**
     * Builds the settings without validating them (a dialog may hold values out of range until it saves); call
     * {@link KMeansNodeSettings#validate()}.
     *
     * @return the settings
     */
    public KMeansNodeSettings build() {
      return new KMeansNodeSettings(this);
    }
  }
}
