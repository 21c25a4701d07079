package org.clustermodels.knime.logic.assign;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.RowEncoder;

/**
 * A centre-based cluster model as plain data: how a new row is encoded (columns, missing-value policy, fill values),
 * how it is scaled, the k centres in the scaled space, their labels, the metric that measures the distance to a
 * centre there, and optionally an outlier rule (per-cluster distance thresholds). A k-means model is one; so is a cut
 * dendrogram with its clusters' centroids. {@link NearestCentreAssigner} applies it. Immutable.
 */
public final class CentreModel {
  /** Settings key (group) of the row encoder. */
  public static final String KEY_ENCODER = "encoder";
  /** Settings key (group) of the scaling. */
  public static final String KEY_SCALING = "scaling";
  /** Settings key of the centres, row-major, k times d values. */
  public static final String KEY_CENTRES = "centres";
  /** Settings key of the labels. */
  public static final String KEY_LABELS = "labels";
  /** Settings key of the metric's id (as {@link DistanceMetric#id()} spells it). */
  public static final String KEY_METRIC = "metric";
  /** Settings key of whether the model has an outlier rule. */
  public static final String KEY_HAS_OUTLIER_RULE = "hasOutlierRule";
  /** Settings key of the outlier rule's quantile (0 when there is no rule). */
  public static final String KEY_OUTLIER_QUANTILE = "outlierQuantile";
  /** Settings key of the outlier rule's per-cluster thresholds (empty when there is no rule). */
  public static final String KEY_OUTLIER_THRESHOLDS = "outlierThresholds";

  private final RowEncoder encoder;
  private final ColumnScaling scaling;
  private final double[][] centres;
  private final List<String> labels;
  private final DistanceMetric metric;
  private final double outlierQuantile;
  private final double[] outlierThresholds;

  private CentreModel(RowEncoder encoder, ColumnScaling scaling, double[][] centres, List<String> labels,
      DistanceMetric metric, double outlierQuantile, double[] outlierThresholds) {
    this.encoder = encoder;
    this.scaling = scaling;
    this.centres = centres;
    this.labels = labels;
    this.metric = metric;
    this.outlierQuantile = outlierQuantile;
    this.outlierThresholds = outlierThresholds;
  }

  /**
   * @param encoder the new-row encoder (it names the columns)
   * @param scaling the scaling, with as many columns
   * @param centres k centres in the scaled space, finite, each with as many columns
   * @param labels k distinct labels, e.g. "cluster_0".."cluster_{k-1}"
   * @param metric the metric of the distance to a centre
   * @return the model, without an outlier rule
   * @throws IllegalArgumentException if the parts do not fit together, saying how
   */
  public static CentreModel of(RowEncoder encoder, ColumnScaling scaling, double[][] centres, List<String> labels,
      DistanceMetric metric) {
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(metric, "metric");
    int d = encoder.dimensions();
    if (scaling.dimensions() != d) {
      throw new IllegalArgumentException("the scaling has " + scaling.dimensions() + " columns, the model " + d);
    }
    List<String> labelList = List.copyOf(labels);
    if (centres.length == 0 || centres.length != labelList.size()) {
      throw new IllegalArgumentException(centres.length + " centres and " + labelList.size() + " labels");
    }
    if (new HashSet<>(labelList).size() != labelList.size()) {
      throw new IllegalArgumentException("a label occurs twice: " + labelList);
    }
    double[][] copy = new double[centres.length][];
    for (int c = 0; c < centres.length; c++) {
      if (centres[c].length != d) {
        throw new IllegalArgumentException("centre " + c + " has " + centres[c].length + " values for " + d
            + " columns");
      }
      for (double v : centres[c]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("centre " + c + " holds " + v);
        }
      }
      copy[c] = centres[c].clone();
    }
    return new CentreModel(encoder, scaling, copy, labelList, metric, 0, new double[0]);
  }

  /**
   * @param quantile the rule's quantile q in [0, 1] (for the record: rows farther out than the q-quantile of
   *     their cluster's training distances)
   * @param thresholds one distance threshold per cluster, finite and &gt;= 0
   * @return this model with the outlier rule: a row is an outlier when its distance exceeds its cluster's threshold
   */
  public CentreModel withOutlierRule(double quantile, double[] thresholds) {
    if (!(quantile >= 0 && quantile <= 1)) {
      throw new IllegalArgumentException("outlier quantile must be in [0, 1], got " + quantile);
    }
    if (thresholds.length != centres.length) {
      throw new IllegalArgumentException(thresholds.length + " outlier thresholds for " + centres.length
          + " clusters");
    }
    for (double t : thresholds) {
      if (!(t >= 0) || Double.isInfinite(t)) {
        throw new IllegalArgumentException("outlier threshold " + t + " is not a finite number >= 0");
      }
    }
    return new CentreModel(encoder, scaling, centres, labels, metric, quantile, thresholds.clone());
  }

  /** @return the new-row encoder */
  public RowEncoder encoder() {
    return encoder;
  }

  /** @return the model's columns, in order */
  public List<String> columns() {
    return encoder.columns();
  }

  /** @return the scaling */
  public ColumnScaling scaling() {
    return scaling;
  }

  /** @return k */
  public int numClusters() {
    return centres.length;
  }

  /** @return a copy of the centres in the scaled space */
  public double[][] centres() {
    double[][] out = new double[centres.length][];
    for (int c = 0; c < centres.length; c++) {
      out[c] = centres[c].clone();
    }
    return out;
  }

  /** @return the centres in original units */
  public double[][] centresOriginalUnits() {
    return scaling.inverse(centres);
  }

  /** @return the labels, unmodifiable */
  public List<String> labels() {
    return labels;
  }

  /** @return the metric */
  public DistanceMetric metric() {
    return metric;
  }

  /** @return whether the model has an outlier rule */
  public boolean hasOutlierRule() {
    return outlierThresholds.length > 0;
  }

  /** @return the outlier rule's quantile, 0 if there is no rule */
  public double outlierQuantile() {
    return outlierQuantile;
  }

  /** @return a copy of the per-cluster outlier thresholds, empty if there is no rule */
  public double[] outlierThresholds() {
    return outlierThresholds.clone();
  }

  /**
   * @param cluster a cluster index
   * @param distance a row's distance to that cluster's centre
   * @return whether the row is an outlier by the rule
   * @throws IllegalStateException if the model has no outlier rule
   */
  public boolean isOutlier(int cluster, double distance) {
    if (!hasOutlierRule()) {
      throw new IllegalStateException("the model has no outlier rule");
    }
    return distance > outlierThresholds[cluster];
  }

  /**
   * Writes the model: groups {@link #KEY_ENCODER} and {@link #KEY_SCALING}, then {@link #KEY_CENTRES},
   * {@link #KEY_LABELS}, {@link #KEY_METRIC}, {@link #KEY_HAS_OUTLIER_RULE}, {@link #KEY_OUTLIER_QUANTILE} and
   * {@link #KEY_OUTLIER_THRESHOLDS}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    encoder.saveTo(writer.addChild(KEY_ENCODER));
    scaling.saveTo(writer.addChild(KEY_SCALING));
    int d = encoder.dimensions();
    double[] flat = new double[centres.length * d];
    for (int c = 0; c < centres.length; c++) {
      System.arraycopy(centres[c], 0, flat, c * d, d);
    }
    writer.putDoubleArray(KEY_CENTRES, flat);
    writer.putStringArray(KEY_LABELS, labels.toArray(new String[0]));
    writer.putString(KEY_METRIC, metric.id());
    writer.putBoolean(KEY_HAS_OUTLIER_RULE, hasOutlierRule());
    writer.putDouble(KEY_OUTLIER_QUANTILE, outlierQuantile);
    writer.putDoubleArray(KEY_OUTLIER_THRESHOLDS, outlierThresholds);
  }

  /**
   * @param reader where to read
   * @return the model written by {@link #saveTo}
   * @throws SettingsException if a key is missing or a value is invalid, saying which
   */
  public static CentreModel loadFrom(SettingsReader reader) throws SettingsException {
    RowEncoder encoder = RowEncoder.loadFrom(reader.getChild(KEY_ENCODER));
    ColumnScaling scaling = ColumnScaling.loadFrom(reader.getChild(KEY_SCALING));
    double[] flat = reader.getDoubleArray(KEY_CENTRES);
    String[] labels = reader.getStringArray(KEY_LABELS);
    String metricId = reader.getString(KEY_METRIC);
    boolean hasRule = reader.getBoolean(KEY_HAS_OUTLIER_RULE);
    double quantile = reader.getDouble(KEY_OUTLIER_QUANTILE);
    double[] thresholds = reader.getDoubleArray(KEY_OUTLIER_THRESHOLDS);
    try {
      DistanceMetric metric = DistanceMetric.fromId(String.valueOf(metricId));
      int d = encoder.dimensions();
      if (labels.length == 0 || flat.length != labels.length * d) {
        throw new IllegalArgumentException(flat.length + " centre values for " + labels.length + " labels and "
            + d + " columns");
      }
      double[][] centres = new double[labels.length][];
      for (int c = 0; c < labels.length; c++) {
        centres[c] = Arrays.copyOfRange(flat, c * d, c * d + d);
      }
      CentreModel model = of(encoder, scaling, centres, Arrays.asList(labels), metric);
      return hasRule ? model.withOutlierRule(quantile, thresholds) : model;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SettingsException("The cluster model is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CentreModel m && m.encoder.equals(encoder) && m.scaling.equals(scaling)
        && Arrays.deepEquals(m.centres, centres) && m.labels.equals(labels) && m.metric == metric
        && Double.compare(m.outlierQuantile, outlierQuantile) == 0
        && Arrays.equals(m.outlierThresholds, outlierThresholds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoder, scaling, Arrays.deepHashCode(centres), labels, metric);
  }

  @Override
  public String toString() {
    return "CentreModel[k=" + centres.length + ", " + encoder.columns() + ", " + scaling.scaling().id() + ", "
        + metric.id() + (hasOutlierRule() ? ", outliers q=" + outlierQuantile : "") + "]";
  }
}
