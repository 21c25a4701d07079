package org.clustermodels.knime.logic.hierarchy;

import java.util.Objects;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.DivisiveParams;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * Settings of the divisive clustering node: DIANA (on the chosen metric) or bisecting k-means (Euclidean; with its
 * split criterion, restarts and seed), and the {@linkplain HierarchyNodeSettings common options}. The metric
 * applies to DIANA only; bisecting k-means ignores it (it is kept for when the user switches back). The split
 * criterion, restarts and seed apply to bisecting k-means only. Both build the full tree, which the cut then cuts.
 * Immutable; build with {@link #builder()}, store with {@link #saveTo}, read with {@link #loadFrom}.
 *
 * <p>Frozen keys and defaults: {@code algorithm} = "diana", {@code split} = "largest_sse", {@code restarts} = 5,
 * {@code seed} = 0, then the common keys {@code metric} = "euclidean", {@code scaling} = "none",
 * {@code missing_values} = "skip", {@code cut_by} = "count", {@code cut_count} = 3, {@code cut_height} = 1.0,
 * {@code threads} = 0, {@code output_column} = "Cluster", {@code min_cluster_size} = 0 (absent in older settings: 0).
 */
public final class DivisiveNodeSettings extends HierarchyNodeSettings {
  /** Key of the algorithm ("diana", "bisecting_kmeans"). */
  public static final String KEY_ALGORITHM = "algorithm";
  /** Key of bisecting k-means' split criterion ("largest_sse", "largest_size"). */
  public static final String KEY_SPLIT = "split";
  /** Key of bisecting k-means' restarts per split. */
  public static final String KEY_RESTARTS = "restarts";
  /** Key of bisecting k-means' random seed. */
  public static final String KEY_SEED = "seed";
  /** Default restarts per split. */
  public static final int DEFAULT_RESTARTS = 5;

  static final String OPTION_ALGORITHM = "Algorithm";
  static final String OPTION_SPLIT = "Split the cluster with";
  static final String OPTION_RESTARTS = "Restarts per split";
  static final String OPTION_SEED = "Random seed";

  private final DivisiveMethod algorithm;
  private final BisectingKMeansSplit split;
  private final int restarts;
  private final long seed;

  private DivisiveNodeSettings(Builder b) {
    super(b);
    this.algorithm = Objects.requireNonNull(b.algorithm, OPTION_ALGORITHM);
    this.split = Objects.requireNonNull(b.split, OPTION_SPLIT);
    if (b.restarts < 1) {
      throw new IllegalArgumentException(OPTION_RESTARTS + " must be at least 1, got " + b.restarts);
    }
    this.restarts = b.restarts;
    this.seed = b.seed;
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default settings */
  public static DivisiveNodeSettings defaults() {
    return builder().build();
  }

  /** @return a builder holding these settings, to change some of them */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** @return DIANA or bisecting k-means */
  public DivisiveMethod algorithm() {
    return algorithm;
  }

  /** @return bisecting k-means: which cluster is split next (and so what the heights mean) */
  public BisectingKMeansSplit split() {
    return split;
  }

  /** @return bisecting k-means: k-means restarts per 2-means split */
  public int restarts() {
    return restarts;
  }

  /** @return bisecting k-means: the random seed */
  public long seed() {
    return seed;
  }

  /** @return the metric the tree is built on: the chosen one for DIANA, Euclidean for bisecting k-means */
  public DistanceMetric effectiveMetric() {
    return algorithm == DivisiveMethod.DIANA ? metric() : DistanceMetric.EUCLIDEAN;
  }

  @Override
  void saveOwn(SettingsWriter writer) {
    writer.putString(KEY_ALGORITHM, SettingsValues.id(algorithm));
    writer.putString(KEY_SPLIT, SettingsValues.id(split));
    writer.putInt(KEY_RESTARTS, restarts);
    writer.putLong(KEY_SEED, seed);
  }

  /**
   * @param reader the stored settings
   * @return the settings, validated
   * @throws SettingsException naming the option that is missing, of the wrong type or invalid
   */
  public static DivisiveNodeSettings loadFrom(SettingsReader reader) throws SettingsException {
    Builder b = builder();
    b.algorithm(SettingsValues.choice(reader, KEY_ALGORITHM, OPTION_ALGORITHM,
        id -> SettingsValues.fromId(DivisiveMethod.class, id)));
    b.split(SettingsValues.choice(reader, KEY_SPLIT, OPTION_SPLIT,
        id -> SettingsValues.fromId(BisectingKMeansSplit.class, id)));
    b.restarts(SettingsValues.read(reader, KEY_RESTARTS, OPTION_RESTARTS, SettingsReader::getInt));
    b.seed(SettingsValues.read(reader, KEY_SEED, OPTION_SEED, SettingsReader::getLong));
    return buildLoaded(loadCommon(reader, b), DivisiveNodeSettings.class);
  }

  /**
   * Checks the combination by the core's rules ({@link DivisiveParams}).
   *
   * @throws SettingsException naming the options
   */
  @Override
  public void validate() throws SettingsException {
    try {
      toParams();
    } catch (IllegalArgumentException e) {
      throw new SettingsException("Options \"" + OPTION_ALGORITHM + "\" and \"" + OPTION_METRIC + "\": "
          + e.getMessage(), e);
    }
  }

  /**
   * @return the core's parameters for the full tree (the cut is applied afterwards)
   * @throws IllegalArgumentException if the core rejects the combination (its message)
   */
  public DivisiveParams toParams() {
    return DivisiveParams.builder(algorithm).metric(effectiveMetric()).split(split).restarts(restarts).seed(seed)
        .threads(threads()).standardization(scaling()).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisiveNodeSettings s && s.algorithm == algorithm && s.split == split
        && s.restarts == restarts && s.seed == seed && sameCommon(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(algorithm, split, restarts, seed, commonHash());
  }

  @Override
  public String toString() {
    return "DivisiveNodeSettings[algorithm=" + SettingsValues.id(algorithm) + ", split=" + SettingsValues.id(split)
        + ", restarts=" + restarts + ", seed=" + seed + ", " + commonToString() + "]";
  }

  /** Builder of {@link DivisiveNodeSettings}; every option has a default. Not thread-safe. */
  public static final class Builder extends HierarchyNodeSettings.Builder<Builder> {
    private DivisiveMethod algorithm = DivisiveMethod.DIANA;
    private BisectingKMeansSplit split = BisectingKMeansSplit.LARGEST_SSE;
    private int restarts = DEFAULT_RESTARTS;
    private long seed;

    private Builder() {
    }

    private Builder(DivisiveNodeSettings s) {
      super(s);
      algorithm = s.algorithm;
      split = s.split;
      restarts = s.restarts;
      seed = s.seed;
    }

    @Override
    Builder self() {
      return this;
    }

    /** @param v DIANA or bisecting k-means, default DIANA @return this */
    public Builder algorithm(DivisiveMethod v) {
      algorithm = v;
      return this;
    }

    /** @param v bisecting k-means' split criterion, default largest SSE @return this */
    public Builder split(BisectingKMeansSplit v) {
      split = v;
      return this;
    }

    /** @param v bisecting k-means' restarts per split, default 5 @return this */
    public Builder restarts(int v) {
      restarts = v;
      return this;
    }

    /** @param v bisecting k-means' seed, default 0 @return this */
    public Builder seed(long v) {
      seed = v;
      return this;
    }

    @Override
    public DivisiveNodeSettings build() {
      return new DivisiveNodeSettings(this);
    }
  }
}
