package org.clustermodels.knime.logic.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.core.render.ClusterScatterPlot;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.ProfileHeatmap;
import org.clustermodels.knime.logic.hierarchy.ClusterNames;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * What a clustering node's view needs for the command line's two segment pictures, as compact plain data the
 * glue keeps with the node's internals: the core's {@link SegmentProfile} (its figures, drawn as the core's
 * {@link ProfileHeatmap} of the standardised centres) and the points of the core's {@link ClusterScatterPlot}: per
 * row its values in the two columns that separate the clusters most ({@link SegmentProfile#mostSeparatingColumns}),
 * its cluster and its outlier flag, as {@code clustermodels kmeans --heatmap --scatter} draws them.
 *
 * <p>The scatter keeps at most {@value #MAX_SCATTER_POINTS} rows: all rows of a smaller table; of a larger one
 * every outlier (up to the limit) and, filling the rest, non-outlier rows evenly spaced in row order. The plot's
 * subtitle then says it shows a sample; its legend counts the rows drawn. The profile always covers all rows.
 * Data with one column has no scatter. Immutable.
 *
 * <p>Frozen keys: {@code profile_columns}, {@code profile_sizes}, {@code profile_overall_mean},
 * {@code profile_overall_sd}, {@code profile_mean} and {@code profile_sd} (k x d, row-major), {@code scatter_x},
 * {@code scatter_y}, {@code scatter_labels}, {@code scatter_outliers} (the indices of the drawn points that are
 * outliers), {@code outlier_count} (of all rows), {@code outlier_rule} (the text after "ringed: ", empty for no
 * rule).
 */
public final class SegmentPictures {
  /** The most rows the scatter keeps. */
  public static final int MAX_SCATTER_POINTS = 5_000;
  /** The views' tab titles of the pictures of {@link #plots}, in order. */
  public static final List<String> TAB_TITLES = List.of("Segment profile", "Scatter");
  /** The file names (without extension) the views propose for the pictures of {@link #plots}, in order. */
  public static final List<String> FILE_NAMES = List.of("segment-profile", "scatter");

  static final String KEY_COLUMNS = "profile_columns";
  static final String KEY_SIZES = "profile_sizes";
  static final String KEY_OVERALL_MEAN = "profile_overall_mean";
  static final String KEY_OVERALL_SD = "profile_overall_sd";
  static final String KEY_MEAN = "profile_mean";
  static final String KEY_SD = "profile_sd";
  static final String KEY_X = "scatter_x";
  static final String KEY_Y = "scatter_y";
  static final String KEY_LABELS = "scatter_labels";
  static final String KEY_OUTLIERS = "scatter_outliers";
  static final String KEY_OUTLIER_COUNT = "outlier_count";
  static final String KEY_OUTLIER_RULE = "outlier_rule";

  private final SegmentProfile profile;
  private final double[] xs;
  private final double[] ys;
  private final int[] labels;
  private final boolean[] outliers;
  private final int outlierCount;
  private final String outlierRule;

  private SegmentPictures(SegmentProfile profile, double[] xs, double[] ys, int[] labels, boolean[] outliers,
      int outlierCount, String outlierRule) {
    this.profile = profile;
    this.xs = xs;
    this.ys = ys;
    this.labels = labels;
    this.outliers = outliers;
    this.outlierCount = outlierCount;
    this.outlierRule = outlierRule;
  }

  /**
   * @param profile the profile of the rows, as {@link SegmentProfile#of} computed it from {@code data} and
   *     {@code labels}
   * @param data the clustered rows in original units
   * @param labels each row's cluster
   * @param outliers which rows are outliers, or null when the node has no outlier rule
   * @param outlierRule what an outlier is, e.g. "farther out than the 0.99-quantile of their cluster" (ignored
   *     without outliers)
   * @return the pictures' data
   * @throws IllegalArgumentException if the counts of rows, labels, flags and profiled rows differ
   */
  public static SegmentPictures of(SegmentProfile profile, DenseMatrix data, int[] labels, boolean[] outliers,
      String outlierRule) {
    int n = data.rows();
    if (labels.length != n || profile.rows() != n || (outliers != null && outliers.length != n)
        || profile.dimensions() != data.cols()) {
      throw new IllegalArgumentException("segment pictures need one label (and outlier flag) per row and the "
          + "profile of those rows: " + n + " x " + data.cols() + " rows, " + labels.length + " labels, a profile of "
          + profile.rows() + " x " + profile.dimensions());
    }
    boolean[] flags = outliers == null ? new boolean[n] : outliers;
    int count = 0;
    for (boolean f : flags) {
      count += f ? 1 : 0;
    }
    String rule = outliers == null ? "" : Objects.requireNonNull(outlierRule, "outlierRule");
    if (data.cols() < 2) {
      return new SegmentPictures(profile, new double[0], new double[0], new int[0], new boolean[0], count, rule);
    }
    int[] rows = sample(flags, count);
    int[] two = profile.mostSeparatingColumns(2);
    double[] xs = new double[rows.length];
    double[] ys = new double[rows.length];
    int[] drawnLabels = new int[rows.length];
    boolean[] drawnFlags = new boolean[rows.length];
    for (int i = 0; i < rows.length; i++) {
      xs[i] = data.get(rows[i], two[0]);
      ys[i] = data.get(rows[i], two[1]);
      drawnLabels[i] = labels[rows[i]];
      drawnFlags[i] = flags[rows[i]];
    }
    return new SegmentPictures(profile, xs, ys, drawnLabels, drawnFlags, count, rule);
  }

  /** The rows drawn, in row order: all, or the outliers (up to the limit) and evenly spaced others. */
  private static int[] sample(boolean[] flags, int outliers) {
    int n = flags.length;
    if (n <= MAX_SCATTER_POINTS) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    int keptOutliers = Math.min(outliers, MAX_SCATTER_POINTS);
    int others = n - outliers;
    int wanted = MAX_SCATTER_POINTS - keptOutliers;
    boolean[] keep = new boolean[n];
    for (int i = 0, found = 0; i < n && found < keptOutliers; i++) {
      if (flags[i]) {
        keep[i] = true;
        found++;
      }
    }
    // the j-th non-outlier row is kept when j = floor(t * others / wanted) for some t: evenly spaced
    long next = 0;
    int taken = 0;
    for (int i = 0, j = 0; i < n && taken < wanted; i++) {
      if (!flags[i]) {
        if (j == next) {
          keep[i] = true;
          taken++;
          next = (long) taken * others / wanted;
        }
        j++;
      }
    }
    int[] rows = new int[MAX_SCATTER_POINTS];
    for (int i = 0, r = 0; i < n; i++) {
      if (keep[i]) {
        rows[r++] = i;
      }
    }
    return rows;
  }

  /** @return the profile of all rows */
  public SegmentProfile profile() {
    return profile;
  }

  /** @return the number of rows profiled */
  public int rows() {
    return profile.rows();
  }

  /** @return the number of rows the scatter draws (0 for data with one column) */
  public int scatterRows() {
    return xs.length;
  }

  /** @return the number of outliers among all rows */
  public int outlierCount() {
    return outlierCount;
  }

  /**
   * @param title the picture's title, e.g. "k-Means, k = 3: segment profile"
   * @return the core's heatmap of the standardised centres
   */
  public ProfileHeatmap heatmap(String title) {
    return ProfileHeatmap.of(profile).withTitle(title).withClusterPrefix(ClusterNames.PREFIX);
  }

  /**
   * @param title the picture's title
   * @return the core's scatter picture of the two columns that separate the clusters most, outliers ringed, with
   *     a subtitle that says which columns, how many outliers by which rule, and whether it shows a sample; empty
   *     for data with one column
   */
  public Optional<ClusterScatterPlot> scatter(String title) {
    if (xs.length == 0) {
      return Optional.empty();
    }
    int[] two = profile.mostSeparatingColumns(2);
    String columns = profile.numClusters() == 1 ? "one cluster, so the first two columns"
        : String.format(Locale.ROOT, "the columns that separate the clusters most (between/within sum of squares "
            + "%s, %s)", ratio(profile.separation(two[0])), ratio(profile.separation(two[1])));
    String ringed = outlierRule.isEmpty() ? "no outlier rule"
        : String.format(Locale.ROOT, "%,d outlier%s ringed: %s", outlierCount, outlierCount == 1 ? "" : "s",
            outlierRule);
    String sample = xs.length == rows() ? "" : String.format(Locale.ROOT, "; a sample of %,d of the %,d rows",
        xs.length, rows());
    return Optional.of(ClusterScatterPlot.of(xs, ys, labels, outliers, profile.columns().get(two[0]),
        profile.columns().get(two[1])).withTitle(title).withSubtitle(columns + "; " + ringed + sample)
        .withClusterPrefix(ClusterNames.PREFIX));
  }

  /**
   * @param title the clustering, e.g. "k-Means, k = 3"
   * @return the pictures a view shows, in the order of {@link #TAB_TITLES}: the {@link #heatmap} titled
   *     "TITLE: segment profile", then, for two or more columns, the {@link #scatter} titled TITLE
   */
  public List<Plot> plots(String title) {
    List<Plot> plots = new ArrayList<>();
    plots.add(heatmap(title + ": segment profile"));
    scatter(title).ifPresent(plots::add);
    return plots;
  }

  private static String ratio(double v) {
    return Double.isInfinite(v) ? "infinite" : String.format(Locale.ROOT, "%.3g", v);
  }

  /**
   * Writes the data under the frozen keys.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    double[][] figures = figures(profile);
    writer.putStringArray(KEY_COLUMNS, profile.columns().toArray(new String[0]));
    writer.putIntArray(KEY_SIZES, profile.sizes());
    writer.putDoubleArray(KEY_OVERALL_MEAN, figures[0]);
    writer.putDoubleArray(KEY_OVERALL_SD, figures[1]);
    writer.putDoubleArray(KEY_MEAN, figures[2]);
    writer.putDoubleArray(KEY_SD, figures[3]);
    writer.putDoubleArray(KEY_X, xs);
    writer.putDoubleArray(KEY_Y, ys);
    writer.putIntArray(KEY_LABELS, labels);
    List<Integer> flagged = new ArrayList<>();
    for (int i = 0; i < outliers.length; i++) {
      if (outliers[i]) {
        flagged.add(i);
      }
    }
    writer.putIntArray(KEY_OUTLIERS, flagged.stream().mapToInt(Integer::intValue).toArray());
    writer.putInt(KEY_OUTLIER_COUNT, outlierCount);
    writer.putString(KEY_OUTLIER_RULE, outlierRule);
  }

  /** @return the profile's overall means, overall sds, means and sds (k x d, row-major), as stored */
  private static double[][] figures(SegmentProfile profile) {
    int k = profile.numClusters();
    int d = profile.dimensions();
    double[][] figures = {new double[d], new double[d], new double[k * d], new double[k * d]};
    for (int j = 0; j < d; j++) {
      figures[0][j] = profile.overallMean(j);
      figures[1][j] = profile.overallSd(j);
      for (int c = 0; c < k; c++) {
        figures[2][c * d + j] = profile.mean(c, j);
        figures[3][c * d + j] = profile.sd(c, j);
      }
    }
    return figures;
  }

  /**
   * @param reader where to read
   * @return the data written by {@link #saveTo}
   * @throws SettingsException if a key is missing or the values do not fit together
   */
  public static SegmentPictures loadFrom(SettingsReader reader) throws SettingsException {
    SegmentProfile profile;
    try {
      profile = SegmentProfile.ofFigures(List.of(reader.getStringArray(KEY_COLUMNS)), reader.getIntArray(KEY_SIZES),
          reader.getDoubleArray(KEY_OVERALL_MEAN), reader.getDoubleArray(KEY_OVERALL_SD),
          reader.getDoubleArray(KEY_MEAN), reader.getDoubleArray(KEY_SD));
    } catch (IllegalArgumentException e) {
      throw new SettingsException("The segment profile is invalid: " + e.getMessage());
    }
    double[] xs = reader.getDoubleArray(KEY_X);
    double[] ys = reader.getDoubleArray(KEY_Y);
    int[] labels = reader.getIntArray(KEY_LABELS);
    int m = xs.length;
    if (ys.length != m || labels.length != m || m > MAX_SCATTER_POINTS || m > profile.rows()) {
      throw new SettingsException("The scatter points are invalid: " + m + " x, " + ys.length + " y values and "
          + labels.length + " labels for at most " + Math.min(MAX_SCATTER_POINTS, profile.rows()) + " rows.");
    }
    boolean[] outliers = new boolean[m];
    for (int i : reader.getIntArray(KEY_OUTLIERS)) {
      if (i < 0 || i >= m) {
        throw new SettingsException("The scatter's outlier " + i + " is not one of its " + m + " points.");
      }
      outliers[i] = true;
    }
    for (int i = 0; i < m; i++) {
      if (labels[i] < 0 || labels[i] >= profile.numClusters() || !Double.isFinite(xs[i])
          || !Double.isFinite(ys[i])) {
        throw new SettingsException("The scatter point " + i + " is invalid: (" + xs[i] + ", " + ys[i]
            + ") in cluster " + labels[i] + " of " + profile.numClusters() + ".");
      }
    }
    int count = reader.getInt(KEY_OUTLIER_COUNT);
    if (count < 0 || count > profile.rows()) {
      throw new SettingsException("The outlier count " + count + " is not in 0.." + profile.rows() + ".");
    }
    return new SegmentPictures(profile, xs, ys, labels, outliers, count, reader.getString(KEY_OUTLIER_RULE));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SegmentPictures p)) {
      return false;
    }
    return p.profile.columns().equals(profile.columns()) && Arrays.equals(p.profile.sizes(), profile.sizes())
        && Arrays.deepEquals(figures(p.profile), figures(profile))
        && Arrays.equals(p.xs, xs) && Arrays.equals(p.ys, ys) && Arrays.equals(p.labels, labels)
        && Arrays.equals(p.outliers, outliers) && p.outlierCount == outlierCount
        && p.outlierRule.equals(outlierRule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile.columns(), Arrays.hashCode(profile.sizes()), Arrays.hashCode(xs),
        Arrays.hashCode(ys), Arrays.hashCode(labels), outlierCount, outlierRule);
  }

  @Override
  public String toString() {
    return "SegmentPictures[" + profile + ", " + xs.length + " scatter points, " + outlierCount + " outliers]";
  }
}
