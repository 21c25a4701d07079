package org.clustermodels.knime.logic.hierarchy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * Where a node cuts its dendrogram into flat clusters: into a number of clusters k, or at a height. Both values
 * are kept (and stored), so that switching the mode in the dialog keeps the other value; {@link #mode()} says
 * which one applies. The clusters come from the core's cuts ({@link Dendrogram#cutByCount(int)},
 * {@link Dendrogram#cutByHeight(double)}); see there for ties and inversions. Immutable.
 */
public final class ClusterCut {
  /** Key of the mode ({@link Mode#id()}). */
  public static final String KEY_MODE = "cut_by";
  /** Key of the number of clusters. */
  public static final String KEY_COUNT = "cut_count";
  /** Key of the height. */
  public static final String KEY_HEIGHT = "cut_height";
  /** Default number of clusters, as KNIME's Hierarchical Clustering node. */
  public static final int DEFAULT_COUNT = 3;
  /** Default height. */
  public static final double DEFAULT_HEIGHT = 1.0;

  static final String OPTION_MODE = "Cut the tree by";
  static final String OPTION_COUNT = "Number of clusters";
  static final String OPTION_HEIGHT = "Cut height";

  private static final ClusterCut DEFAULT = new ClusterCut(Mode.COUNT, DEFAULT_COUNT, DEFAULT_HEIGHT);

  /** How the tree is cut. The ids are frozen settings values. */
  public enum Mode {
    /** Into exactly k clusters, by undoing the last k - 1 merges. */
    COUNT,
    /** At a height: rows stay together where every merge between them is at or below it. */
    HEIGHT;

    /** @return the frozen settings value, "count" or "height" */
    public String id() {
      return SettingsValues.id(this);
    }

    /**
     * @param id a stored value, any case
     * @return the mode
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Mode fromId(String id) {
      return SettingsValues.fromId(Mode.class, id);
    }
  }

  private final Mode mode;
  private final int count;
  private final double height;

  private ClusterCut(Mode mode, int count, double height) {
    this.mode = mode;
    this.count = count;
    this.height = height;
  }

  /**
   * @param mode which value applies
   * @param count the number of clusters, at least 1 (at most the rows, checked by {@link #requireFits})
   * @param height the height, finite and at least 0
   * @return the cut
   * @throws IllegalArgumentException naming the option whose value is out of range
   */
  public static ClusterCut of(Mode mode, int count, double height) {
    Objects.requireNonNull(mode, "mode");
    if (count < 1) {
      throw new IllegalArgumentException(OPTION_COUNT + " must be at least 1, got " + count);
    }
    if (!(height >= 0) || Double.isInfinite(height)) {
      throw new IllegalArgumentException(OPTION_HEIGHT + " must be a finite number >= 0, got " + height);
    }
    return new ClusterCut(mode, count, height);
  }

  /**
   * @param k the number of clusters, at least 1
   * @return a cut into k clusters (height at its default)
   */
  public static ClusterCut byCount(int k) {
    return of(Mode.COUNT, k, DEFAULT_HEIGHT);
  }

  /**
   * @param height the height, finite and at least 0
   * @return a cut at that height (count at its default)
   */
  public static ClusterCut byHeight(double height) {
    return of(Mode.HEIGHT, DEFAULT_COUNT, height);
  }

  /** @return the default: 3 clusters */
  public static ClusterCut defaults() {
    return DEFAULT;
  }

  /** @return which value applies */
  public Mode mode() {
    return mode;
  }

  /** @return whether the cut is into a number of clusters */
  public boolean isByCount() {
    return mode == Mode.COUNT;
  }

  /** @return the number of clusters (applies when {@link #isByCount()}) */
  public int count() {
    return count;
  }

  /** @return the height (applies when not {@link #isByCount()}) */
  public double height() {
    return height;
  }

  /**
   * Fails when a cut by count asks for more clusters than there are rows.
   *
   * @param rows the rows clustered
   * @throws IllegalArgumentException naming the option and both numbers
   */
  public void requireFits(int rows) {
    if (isByCount() && count > rows) {
      throw new IllegalArgumentException(OPTION_COUNT + " is " + count + ", but only " + rows
          + (rows == 1 ? " row was" : " rows were") + " clustered; choose at most " + rows);
    }
  }

  /**
   * @param tree the full tree
   * @return the cluster of each row, 0..c-1 numbered by first row in input order (the core's numbering)
   * @throws IllegalArgumentException if a cut by count asks for more clusters than rows
   */
  public int[] apply(Dendrogram tree) {
    requireFits(tree.leafCount());
    return isByCount() ? tree.cutByCount(count) : tree.cutByHeight(height);
  }

  /**
   * @param writer where to store the three values
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_MODE, mode.id());
    writer.putInt(KEY_COUNT, count);
    writer.putDouble(KEY_HEIGHT, height);
  }

  /**
   * @param reader the settings
   * @return the stored cut
   * @throws SettingsException naming the option that is missing or invalid
   */
  public static ClusterCut loadFrom(SettingsReader reader) throws SettingsException {
    Mode mode = SettingsValues.choice(reader, KEY_MODE, OPTION_MODE, Mode::fromId);
    int count = SettingsValues.read(reader, KEY_COUNT, OPTION_COUNT, SettingsReader::getInt);
    double height = SettingsValues.read(reader, KEY_HEIGHT, OPTION_HEIGHT, SettingsReader::getDouble);
    try {
      return of(mode, count, height);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(e.getMessage(), e);
    }
  }

  /** @return e.g. "3 clusters" or "height 2.5" (six significant digits) */
  public String describe() {
    return isByCount() ? count + (count == 1 ? " cluster" : " clusters")
        : "height " + new BigDecimal(height).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterCut c && c.mode == mode && c.count == count
        && Double.compare(c.height, height) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, count, height);
  }

  @Override
  public String toString() {
    return "ClusterCut[by " + mode.id() + ", count=" + count + ", height=" + height + "]";
  }
}
