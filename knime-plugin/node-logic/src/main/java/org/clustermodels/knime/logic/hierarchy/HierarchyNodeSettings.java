package org.clustermodels.knime.logic.hierarchy;

import java.util.Objects;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.MissingValuePolicy;

/**
 * What the agglomerative and the divisive clustering nodes have in common: the metric, the column scaling, the
 * missing-value policy, the cut, the threads, the name of the appended cluster column and the minimum cluster size
 * (rows in smaller clusters of the cut are outliers). Immutable. The column
 * selection is not here: the glue stores it with KNIME's column-filter model.
 *
 * <p>Each value is checked when the settings are built (an {@link IllegalArgumentException} naming the option);
 * combinations of values (e.g. a linkage that forbids the metric) are checked by {@link #validate()}, which the
 * glue calls in {@code configure} and which {@code loadFrom} calls, so that loaded settings are always valid.
 * Stored keys are frozen: see the {@code KEY_} constants here and in the subclasses.
 */
public abstract class HierarchyNodeSettings {
  /** Key of the metric ({@link DistanceMetric#id()}, e.g. "euclidean"). */
  public static final String KEY_METRIC = "metric";
  /** Key of the column scaling ("none", "zscore", "minmax"). */
  public static final String KEY_SCALING = "scaling";
  /** Key of the missing-value policy ({@link MissingValuePolicy#id()}). */
  public static final String KEY_MISSING_VALUES = "missing_values";
  /** Key of the number of threads (0 = all processors). */
  public static final String KEY_THREADS = "threads";
  /** Key of the name of the appended cluster column. */
  public static final String KEY_OUTPUT_COLUMN = "output_column";
  /**
   * Key of the minimum cluster size (0 = off; from 2 on, the rows of smaller clusters are outliers). Settings saved
   * before this option existed lack the key and load with 0.
   */
  public static final String KEY_MIN_CLUSTER_SIZE = "min_cluster_size";
  /** Default name of the appended cluster column, as KNIME's clustering nodes name it. */
  public static final String DEFAULT_OUTPUT_COLUMN = "Cluster";

  static final String OPTION_METRIC = "Distance";
  static final String OPTION_SCALING = "Scaling";
  static final String OPTION_MISSING_VALUES = "Missing values";
  static final String OPTION_THREADS = "Threads";
  static final String OPTION_OUTPUT_COLUMN = "Cluster column name";
  static final String OPTION_MIN_CLUSTER_SIZE = "Minimum cluster size";

  private final DistanceMetric metric;
  private final Standardization scaling;
  private final MissingValuePolicy missingValues;
  private final ClusterCut cut;
  private final int threads;
  private final String outputColumn;
  private final int minClusterSize;

  HierarchyNodeSettings(Builder<?> b) {
    this.metric = Objects.requireNonNull(b.metric, OPTION_METRIC);
    this.scaling = Objects.requireNonNull(b.scaling, OPTION_SCALING);
    this.missingValues = Objects.requireNonNull(b.missingValues, OPTION_MISSING_VALUES);
    this.cut = Objects.requireNonNull(b.cut, "cut");
    if (b.threads < 0) {
      throw new IllegalArgumentException(OPTION_THREADS + " must be >= 0 (0 = all processors), got " + b.threads);
    }
    this.threads = b.threads;
    if (b.outputColumn == null || b.outputColumn.isBlank()) {
      throw new IllegalArgumentException(OPTION_OUTPUT_COLUMN + " must not be empty");
    }
    this.outputColumn = b.outputColumn.strip();
    if (b.minClusterSize < 0) {
      throw new IllegalArgumentException(OPTION_MIN_CLUSTER_SIZE + " must be >= 0 (0 = off), got "
          + b.minClusterSize);
    }
    this.minClusterSize = b.minClusterSize;
  }

  /** @return the metric between rows */
  public DistanceMetric metric() {
    return metric;
  }

  /** @return the column scaling applied before clustering (fitted on the training rows, kept in the model) */
  public Standardization scaling() {
    return scaling;
  }

  /** @return what the table conversion does with missing values in the selected columns */
  public MissingValuePolicy missingValues() {
    return missingValues;
  }

  /** @return where the tree is cut into the output clusters */
  public ClusterCut cut() {
    return cut;
  }

  /** @return threads for the parallel parts; 0 = all processors */
  public int threads() {
    return threads;
  }

  /** @return the name of the appended String column with the cluster names */
  public String outputColumn() {
    return outputColumn;
  }

  /**
   * @return the minimum cluster size: 0 = off; from 2 on, the rows of clusters with fewer rows are outliers and the
   *     output has the "Outlier" and "Anomaly score" columns (1 flags nothing and adds no columns)
   */
  public int minClusterSize() {
    return minClusterSize;
  }

  /** @return whether the outlier and anomaly score columns are output ({@link #minClusterSize()} &gt;= 2) */
  public boolean scoresAnomalies() {
    return minClusterSize >= 2;
  }

  /**
   * Stores every option under its frozen key: the node's own options first, then the common ones.
   *
   * @param writer the settings to write to
   */
  public final void saveTo(SettingsWriter writer) {
    saveOwn(writer);
    writer.putString(KEY_METRIC, metric.id());
    writer.putString(KEY_SCALING, SettingsValues.id(scaling));
    writer.putString(KEY_MISSING_VALUES, missingValues.id());
    cut.saveTo(writer);
    writer.putInt(KEY_THREADS, threads);
    writer.putString(KEY_OUTPUT_COLUMN, outputColumn);
    writer.putInt(KEY_MIN_CLUSTER_SIZE, minClusterSize);
  }

  /** Stores the node's own options. */
  abstract void saveOwn(SettingsWriter writer);

  /**
   * Checks the combination of the options, by the core's own rules.
   *
   * @throws SettingsException naming the options that do not go together
   */
  public abstract void validate() throws SettingsException;

  /**
   * @param scaling a stored id, any case
   * @return the standardisation
   * @throws IllegalArgumentException naming the allowed values
   */
  static Standardization scalingFromId(String scaling) {
    return SettingsValues.fromId(Standardization.class, scaling);
  }

  /**
   * Reads the common options into a builder.
   *
   * @throws SettingsException naming the missing or invalid option
   */
  static <B extends Builder<B>> B loadCommon(SettingsReader reader, B builder) throws SettingsException {
    builder.metric(SettingsValues.choice(reader, KEY_METRIC, OPTION_METRIC, DistanceMetric::fromId));
    builder.scaling(SettingsValues.choice(reader, KEY_SCALING, OPTION_SCALING,
        HierarchyNodeSettings::scalingFromId));
    builder.missingValues(SettingsValues.choice(reader, KEY_MISSING_VALUES, OPTION_MISSING_VALUES,
        MissingValuePolicy::fromId));
    builder.cut(ClusterCut.loadFrom(reader));
    builder.threads(SettingsValues.read(reader, KEY_THREADS, OPTION_THREADS, SettingsReader::getInt));
    builder.outputColumn(SettingsValues.read(reader, KEY_OUTPUT_COLUMN, OPTION_OUTPUT_COLUMN,
        SettingsReader::getString));
    // absent in settings saved before the option existed: off, so those workflows load unchanged
    builder.minClusterSize(reader.containsKey(KEY_MIN_CLUSTER_SIZE) ? SettingsValues.read(reader,
        KEY_MIN_CLUSTER_SIZE, OPTION_MIN_CLUSTER_SIZE, SettingsReader::getInt) : 0);
    return builder;
  }

  /**
   * Builds loaded settings and validates them.
   *
   * @throws SettingsException with the message of a value out of range or of a bad combination
   */
  static <S extends HierarchyNodeSettings> S buildLoaded(Builder<?> builder, Class<S> type)
      throws SettingsException {
    S settings;
    try {
      settings = type.cast(builder.build());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SettingsException(e.getMessage(), e);
    }
    settings.validate();
    return settings;
  }

  /** @return whether the other settings have the same common options */
  boolean sameCommon(HierarchyNodeSettings o) {
    return o.metric == metric && o.scaling == scaling && o.missingValues == missingValues && o.cut.equals(cut)
        && o.threads == threads && o.outputColumn.equals(outputColumn) && o.minClusterSize == minClusterSize;
  }

  /** @return a hash of the common options */
  int commonHash() {
    return Objects.hash(metric, scaling, missingValues, cut, threads, outputColumn, minClusterSize);
  }

  /** The common options' part of the string form. */
  String commonToString() {
    return "metric=" + metric.id() + ", scaling=" + SettingsValues.id(scaling) + ", missingValues="
        + missingValues.id() + ", " + cut + ", threads=" + threads + ", outputColumn=" + outputColumn
        + ", minClusterSize=" + minClusterSize;
  }

  /**
   * Collects the common options; every one has a default. Not thread-safe.
   *
   * @param <B> the concrete builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private DistanceMetric metric = DistanceMetric.EUCLIDEAN;
    private Standardization scaling = Standardization.NONE;
    private MissingValuePolicy missingValues = MissingValuePolicy.SKIP_ROWS;
    private ClusterCut cut = ClusterCut.defaults();
    private int threads;
    private String outputColumn = DEFAULT_OUTPUT_COLUMN;
    private int minClusterSize;

    Builder() {
    }

    /** Copies the common options of existing settings. */
    Builder(HierarchyNodeSettings s) {
      metric = s.metric;
      scaling = s.scaling;
      missingValues = s.missingValues;
      cut = s.cut;
      threads = s.threads;
      outputColumn = s.outputColumn;
      minClusterSize = s.minClusterSize;
    }

    abstract B self();

    /** @param v the metric, default euclidean @return this */
    public B metric(DistanceMetric v) {
      metric = v;
      return self();
    }

    /** @param v the column scaling, default none @return this */
    public B scaling(Standardization v) {
      scaling = v;
      return self();
    }

    /** @param v the missing-value policy, default skip rows @return this */
    public B missingValues(MissingValuePolicy v) {
      missingValues = v;
      return self();
    }

    /** @param v the cut, default 3 clusters @return this */
    public B cut(ClusterCut v) {
      cut = v;
      return self();
    }

    /** @param v threads, default 0 = all processors @return this */
    public B threads(int v) {
      threads = v;
      return self();
    }

    /** @param v the cluster column's name, default "Cluster" (leading and trailing blanks removed) @return this */
    public B outputColumn(String v) {
      outputColumn = v;
      return self();
    }

    /** @param v the minimum cluster size, default 0 = off (from 2 on, smaller clusters are outliers) @return this */
    public B minClusterSize(int v) {
      minClusterSize = v;
      return self();
    }

    /**
     * @return the settings, each value checked (the combination is checked by {@link #validate()})
     * @throws IllegalArgumentException naming the option whose value is out of range
     */
    public abstract HierarchyNodeSettings build();
  }
}
