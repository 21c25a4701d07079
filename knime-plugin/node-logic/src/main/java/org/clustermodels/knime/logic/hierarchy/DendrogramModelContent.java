package org.clustermodels.knime.logic.hierarchy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ColumnScaling;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.RowEncoder;

/**
 * The dendrogram model a hierarchical or divisive clustering node outputs, as plain data: the full tree (the
 * core's merge list), the row key of every leaf, the clustered columns, the fitted scaling, the metric, the
 * algorithm, the cut and, for assigning new rows, the centres (means) of the cut's clusters in the scaled space
 * with their sizes and names. The glue stores it with {@link #saveTo} in {@code saveInternals} and the port
 * object's serialiser, and reads it back with {@link #loadFrom}; the port spec is {@link #spec()}. Immutable.
 *
 * <p>A nearest-centre assigner needs {@link #columnNames()} (which input columns, in this order), the
 * {@link #missingValues() missing-value policy} with the {@link #fillValues() training means}, and then
 * {@link #nearestCluster(double[])} and {@link #distanceToCenter(double[], int)}, which scale a row with the
 * model's {@link #scaler()} and measure with its {@link #metric()} to the {@link #centers()}.
 *
 * <p>Frozen keys, in the order written: {@code format_version} (int, 1), the {@link DendrogramModelSpec} keys
 * ({@code kind}, {@code algorithm}, {@code height_label}, {@code metric}, {@code columns}, the {@link ClusterCut}
 * keys, {@code cluster_names}), {@code row_keys}, {@code merge_left}, {@code merge_right}, {@code merge_height},
 * group {@code scaler} ({@code standardization}, {@code offsets}, {@code divisors}, {@code serialized}),
 * {@code cluster_sizes}, {@code centers} (row-major, clusters x columns), {@code missing_values},
 * {@code fill_values}.
 */
public final class DendrogramModelContent {
  /** The version written by {@link #saveTo}. */
  public static final int FORMAT_VERSION = 1;

  static final String KEY_FORMAT_VERSION = "format_version";
  static final String KEY_ROW_KEYS = "row_keys";
  static final String KEY_MERGE_LEFT = "merge_left";
  static final String KEY_MERGE_RIGHT = "merge_right";
  static final String KEY_MERGE_HEIGHT = "merge_height";
  static final String KEY_SCALER = "scaler";
  static final String KEY_CLUSTER_SIZES = "cluster_sizes";
  static final String KEY_CENTERS = "centers";
  static final String KEY_FILL_VALUES = "fill_values";

  private static final String MODEL = "Dendrogram model";

  private final DendrogramModelSpec spec;
  private final Dendrogram tree;
  private final String[] rowKeys;
  private final Scaler scaler;
  private final DistanceMetric metric;
  private final int[] sizes;
  private final double[][] centers;
  private final MissingValuePolicy missingValues;
  private final double[] fillValues;

  /**
   * @param spec the spec, with the cluster names of the cut
   * @param tree the full tree over the clustered rows
   * @param rowKeys the row key of every clustered row (leaf), in input order
   * @param scaler the scaling fitted on the clustered rows
   * @param sizes rows per cluster of the cut
   * @param centers per cluster of the cut the mean of its scaled rows
   * @param missingValues the missing-value policy of the training
   * @param fillValues per column the mean of the training rows, in original units
   */
  DendrogramModelContent(DendrogramModelSpec spec, Dendrogram tree, String[] rowKeys, Scaler scaler, int[] sizes,
      double[][] centers, MissingValuePolicy missingValues, double[] fillValues) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.tree = Objects.requireNonNull(tree, "tree");
    this.rowKeys = rowKeys.clone();
    this.scaler = Objects.requireNonNull(scaler, "scaler");
    this.metric = DistanceMetric.fromId(spec.metricId());
    this.sizes = sizes.clone();
    this.centers = deepCopy(centers);
    this.missingValues = Objects.requireNonNull(missingValues, "missingValues");
    this.fillValues = fillValues.clone();
    int n = tree.leafCount();
    int d = spec.columnNames().size();
    int k = spec.clusterNames().map(List::size).orElse(-1);
    require(rowKeys.length == n, rowKeys.length + " row keys for a tree of " + n + " rows");
    require(scaler.cols() == d && fillValues.length == d, "the scaling has " + scaler.cols() + " columns and the "
        + "fill values " + fillValues.length + ", but the model has " + d + " columns");
    require(sizes.length == k && centers.length == k, "the cut has " + k + " cluster names, " + sizes.length
        + " sizes and " + centers.length + " centres");
    require(Arrays.stream(sizes).sum() == n, "the cluster sizes sum to " + Arrays.stream(sizes).sum()
        + ", not to the " + n + " rows");
    for (double[] center : centers) {
      require(center.length == d, "a centre has " + center.length + " values for " + d + " columns");
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(MODEL + ": " + message);
    }
  }

  private static double[][] deepCopy(double[][] rows) {
    double[][] copy = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      copy[i] = rows[i].clone();
    }
    return copy;
  }

  /** @return the spec: kind, algorithm, metric, columns, cut and the cut's cluster names */
  public DendrogramModelSpec spec() {
    return spec;
  }

  /** @return which node built the model */
  public HierarchyKind kind() {
    return spec.kind();
  }

  /** @return the algorithm's id: a linkage ("average", ...), "diana" or "bisecting_kmeans" */
  public String algorithm() {
    return spec.algorithm();
  }

  /** @return what the heights measure, for the height axis, e.g. "euclidean distance (average linkage)" */
  public String heightLabel() {
    return spec.heightLabel();
  }

  /** @return the full tree over the clustered rows */
  public Dendrogram dendrogram() {
    return tree;
  }

  /** @return the row key of every clustered row, in input order (leaf i is row i); a copy */
  public String[] rowKeys() {
    return rowKeys.clone();
  }

  /** @return the clustered columns, in the order of the model's values */
  public List<String> columnNames() {
    return spec.columnNames();
  }

  /** @return the scaling fitted on the clustered rows; new rows are scaled with it */
  public Scaler scaler() {
    return scaler;
  }

  /** @return the metric the tree was built on, used to the centres too */
  public DistanceMetric metric() {
    return metric;
  }

  /** @return the cut that made the output clusters */
  public ClusterCut cut() {
    return spec.cut();
  }

  /** @return the names of the cut's clusters, cluster_0.., in the core's numbering */
  public List<String> clusterNames() {
    return spec.clusterNames().orElseThrow();
  }

  /** @return the number of clusters of the cut */
  public int clusterCount() {
    return sizes.length;
  }

  /** @return rows per cluster of the cut; a copy */
  public int[] clusterSizes() {
    return sizes.clone();
  }

  /** @return per cluster of the cut the mean of its rows in the scaled space (clusters x columns); a copy */
  public double[][] centers() {
    return deepCopy(centers);
  }

  /** @return the missing-value policy of the training */
  public MissingValuePolicy missingValues() {
    return missingValues;
  }

  /**
   * @return per column the mean of the clustered rows in original units: what a new row's missing value is
   *     replaced by under {@link MissingValuePolicy#MEAN} (replacing by the mean leaves the mean unchanged, so
   *     this is the mean of the values that were present, up to rounding); a copy
   */
  public double[] fillValues() {
    return fillValues.clone();
  }

  /**
   * @return the cluster of each clustered row under the model's cut (the core's numbering; recomputed from the
   *     tree)
   */
  public int[] trainingLabels() {
    return cut().apply(tree);
  }

  /**
   * The cut's clusters as a centre model, for the cluster assigner: a new row is encoded with the model's
   * missing-value policy and fill values, scaled with its scaler and given the nearest centre in its metric
   * ({@link NearestCentreAssigner}, the same code that applies k-means models).
   *
   * @return the centre model of the cut
   */
  public CentreModel centreModel() {
    return CentreModel.of(RowEncoder.of(columnNames(), missingValues,
        missingValues == MissingValuePolicy.MEAN ? fillValues : null), ColumnScaling.of(scaler), centers,
        clusterNames(), metric);
  }

  /**
   * Stores the model under its frozen keys.
   *
   * @param writer the model content to write to
   */
  public void saveTo(SettingsWriter writer) {
    writer.putInt(KEY_FORMAT_VERSION, FORMAT_VERSION);
    spec.saveTo(writer);
    writer.putStringArray(KEY_ROW_KEYS, rowKeys);
    int m = tree.mergeCount();
    int[] left = new int[m];
    int[] right = new int[m];
    for (int t = 0; t < m; t++) {
      left[t] = tree.left(t);
      right[t] = tree.right(t);
    }
    writer.putIntArray(KEY_MERGE_LEFT, left);
    writer.putIntArray(KEY_MERGE_RIGHT, right);
    writer.putDoubleArray(KEY_MERGE_HEIGHT, tree.heights());
    ScalerContent.save(scaler, writer.addChild(KEY_SCALER));
    writer.putIntArray(KEY_CLUSTER_SIZES, sizes);
    double[] flat = new double[centers.length * columnNames().size()];
    for (int c = 0; c < centers.length; c++) {
      System.arraycopy(centers[c], 0, flat, c * centers[c].length, centers[c].length);
    }
    writer.putDoubleArray(KEY_CENTERS, flat);
    writer.putString(HierarchyNodeSettings.KEY_MISSING_VALUES, missingValues.id());
    writer.putDoubleArray(KEY_FILL_VALUES, fillValues);
  }

  /**
   * @param reader model content written by {@link #saveTo}
   * @return the model
   * @throws SettingsException if a value is missing, of the wrong type, or inconsistent (saying which)
   */
  public static DendrogramModelContent loadFrom(SettingsReader reader) throws SettingsException {
    int version = SettingsValues.read(reader, KEY_FORMAT_VERSION, MODEL, SettingsReader::getInt);
    if (version != FORMAT_VERSION) {
      throw new SettingsException(MODEL + ": format version " + version + " is not known to this version of the "
          + "extension (it reads version " + FORMAT_VERSION + "); update the ClusterModels extension");
    }
    DendrogramModelSpec spec = DendrogramModelSpec.loadFrom(reader);
    if (spec.clusterNames().isEmpty()) {
      throw new SettingsException(MODEL + ": the cluster names of the cut are missing");
    }
    String[] rowKeys = SettingsValues.read(reader, KEY_ROW_KEYS, MODEL, SettingsReader::getStringArray);
    int[] left = SettingsValues.read(reader, KEY_MERGE_LEFT, MODEL, SettingsReader::getIntArray);
    int[] right = SettingsValues.read(reader, KEY_MERGE_RIGHT, MODEL, SettingsReader::getIntArray);
    double[] heights = SettingsValues.read(reader, KEY_MERGE_HEIGHT, MODEL, SettingsReader::getDoubleArray);
    Scaler scaler = ScalerContent.load(SettingsValues.read(reader, KEY_SCALER, MODEL, SettingsReader::getChild),
        MODEL);
    int[] sizes = SettingsValues.read(reader, KEY_CLUSTER_SIZES, MODEL, SettingsReader::getIntArray);
    double[] flat = SettingsValues.read(reader, KEY_CENTERS, MODEL, SettingsReader::getDoubleArray);
    MissingValuePolicy missing = SettingsValues.choice(reader, HierarchyNodeSettings.KEY_MISSING_VALUES, MODEL,
        MissingValuePolicy::fromId);
    double[] fill = SettingsValues.read(reader, KEY_FILL_VALUES, MODEL, SettingsReader::getDoubleArray);
    try {
      Dendrogram tree = Dendrogram.of(left, right, heights);
      int d = spec.columnNames().size();
      if (flat.length != sizes.length * d) {
        throw new IllegalArgumentException(MODEL + ": " + flat.length + " centre values for " + sizes.length
            + " clusters of " + d + " columns");
      }
      double[][] centers = new double[sizes.length][];
      for (int c = 0; c < centers.length; c++) {
        centers[c] = Arrays.copyOfRange(flat, c * d, (c + 1) * d);
      }
      return new DendrogramModelContent(spec, tree, rowKeys, scaler, sizes, centers, missing, fill);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage().startsWith(MODEL) ? e.getMessage() : MODEL + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public String toString() {
    return "DendrogramModelContent[" + spec.describe() + ", " + tree.leafCount() + " rows]";
  }
}
