package org.clustermodels.core.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A scatter plot of the rows on two axes (e.g. the two data columns that separate the clusters most), each point
 * coloured by its cluster, outliers ringed, with labelled axes, a title and a legend of the clusters (their
 * sizes) and the outliers. Clusters take the Okabe-Ito colours up to 7 clusters and Tableau 10 beyond (colours
 * repeat after 10 clusters); the legend lists at most {@value #MAX_LEGEND_ITEMS} lines and says how many more
 * there are. Immutable; change it with the {@code with...} methods.
 */
public final class ClusterScatterPlot implements Plot {
  /** The most lines of the legend at the preferred size. */
  public static final int MAX_LEGEND_ITEMS = 50;

  private static final Color OUTLIER = Theme.TEXT;
  /** What precedes a cluster's number in the legend unless {@link #withClusterPrefix} says otherwise. */
  public static final String DEFAULT_CLUSTER_PREFIX = "Cluster ";

  private final double[] xs;
  private final double[] ys;
  private final int[] labels;
  private final boolean[] outliers;
  private final int k;
  private final String xTitle;
  private final String yTitle;
  private final String title;
  private final String subtitle;
  private final String clusterPrefix;
  private final int width;
  private final int height;

  private ClusterScatterPlot(double[] xs, double[] ys, int[] labels, boolean[] outliers, String xTitle,
      String yTitle, String title, String subtitle, String clusterPrefix, int width, int height) {
    this.xs = xs;
    this.ys = ys;
    this.labels = labels;
    this.outliers = outliers;
    int largest = -1;
    for (int label : labels) {
      largest = Math.max(largest, label);
    }
    this.k = largest + 1;
    this.xTitle = xTitle;
    this.yTitle = yTitle;
    this.title = title;
    this.subtitle = subtitle;
    this.clusterPrefix = clusterPrefix;
    this.width = width;
    this.height = height;
  }

  /**
   * @param x each row's position on the horizontal axis, finite
   * @param y each row's position on the vertical axis, finite
   * @param labels each row's cluster, 0..k-1
   * @param outliers which rows to ring, or null for none
   * @param xTitle the horizontal axis title, e.g. the column's name
   * @param yTitle the vertical axis title
   * @return the plot, titled "Clusters", wide enough for its titles and tall enough for a legend of up to
   *     {@value #MAX_LEGEND_ITEMS} lines (at least 760 x 560; see {@link #width()} and {@link #height()})
   * @throws IllegalArgumentException if the arrays are empty or of different lengths, a value is not finite or a
   *     label is negative
   */
  public static ClusterScatterPlot of(double[] x, double[] y, int[] labels, boolean[] outliers, String xTitle,
      String yTitle) {
    int n = x.length;
    if (n == 0) {
      throw new IllegalArgumentException("a scatter plot needs at least one point");
    }
    if (y.length != n || labels.length != n || (outliers != null && outliers.length != n)) {
      throw new IllegalArgumentException("a scatter plot needs as many y values, labels and outlier flags as x "
          + "values (" + n + ")");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("point " + i + " is (" + x[i] + ", " + y[i] + "); values must be finite");
      }
      if (labels[i] < 0) {
        throw new IllegalArgumentException("point " + i + " has label " + labels[i] + "; labels must be >= 0");
      }
    }
    return new ClusterScatterPlot(x.clone(), y.clone(), labels.clone(),
        outliers == null ? new boolean[n] : outliers.clone(), Objects.requireNonNull(xTitle, "xTitle"),
        Objects.requireNonNull(yTitle, "yTitle"), "Clusters", "", DEFAULT_CLUSTER_PREFIX, 0, 0);
  }

  /**
   * @param newTitle the title, empty for none
   * @return this plot with another title
   */
  public ClusterScatterPlot withTitle(String newTitle) {
    return new ClusterScatterPlot(xs, ys, labels, outliers, xTitle, yTitle, Objects.requireNonNull(newTitle,
        "title"), subtitle, clusterPrefix, width, height);
  }

  /**
   * @param newSubtitle the line below the title, e.g. how the axes and outliers were chosen; empty for none
   * @return this plot with that subtitle
   */
  public ClusterScatterPlot withSubtitle(String newSubtitle) {
    return new ClusterScatterPlot(xs, ys, labels, outliers, xTitle, yTitle, title,
        Objects.requireNonNull(newSubtitle, "subtitle"), clusterPrefix, width, height);
  }

  /**
   * @param prefix what precedes a cluster's number in the legend, e.g. {@code "cluster_"} where a host's tables
   *     name the clusters so (default {@value #DEFAULT_CLUSTER_PREFIX})
   * @return this plot with clusters named so
   */
  public ClusterScatterPlot withClusterPrefix(String prefix) {
    return new ClusterScatterPlot(xs, ys, labels, outliers, xTitle, yTitle, title, subtitle,
        Objects.requireNonNull(prefix, "prefix"), width, height);
  }

  /**
   * @param newWidth width in pixels, {@value DendrogramPlotOptions#MIN_SIZE}..{@value
   *     DendrogramPlotOptions#MAX_SIZE}
   * @param newHeight height in pixels, same range
   * @return this plot at another size
   */
  public ClusterScatterPlot withSize(int newWidth, int newHeight) {
    DendrogramPlotOptions.builder().size(newWidth, newHeight); // validates
    return new ClusterScatterPlot(xs, ys, labels, outliers, xTitle, yTitle, title, subtitle, clusterPrefix,
        newWidth, newHeight);
  }

  /** @return the number of clusters, the largest label + 1 */
  public int numClusters() {
    return k;
  }

  /** @return the number of rows ringed as outliers */
  public int outlierCount() {
    int count = 0;
    for (boolean o : outliers) {
      count += o ? 1 : 0;
    }
    return count;
  }

  /**
   * @param cluster a cluster
   * @return its colour in this plot
   */
  public Color colorOf(int cluster) {
    return (k <= Palette.OKABE_ITO.size() ? Palette.OKABE_ITO : Palette.TABLEAU_10).color(cluster);
  }

  /** @return the width given, or by default 760 pixels or more, up to 1200, as the title and subtitle need */
  @Override
  public int width() {
    if (width > 0) {
      return width;
    }
    return (int) Math.ceil(Math.max(760, Math.min(1200, Theme.titlesWidth(title, subtitle))));
  }

  /** @return the height given, or by default 560 pixels or more, as the legend needs */
  @Override
  public int height() {
    if (height > 0) {
      return height;
    }
    double top = Theme.titles(null, width(), 0, title, subtitle);
    double tall = top + legend().height(MAX_LEGEND_ITEMS) + Theme.MARGIN + 2;
    return (int) Math.ceil(Math.max(560, Math.min(DendrogramPlotOptions.MAX_SIZE, tall)));
  }

  private List<Legend.Item> legendItems() {
    int[] sizes = new int[k];
    for (int label : labels) {
      sizes[label]++;
    }
    List<Legend.Item> items = new ArrayList<>();
    int flagged = outlierCount();
    if (flagged > 0) {
      items.add(new Legend.Item(OUTLIER, Legend.Marker.RING, "outlier (" + flagged + (flagged == 1 ? " row)"
          : " rows)")));
    }
    for (int c = 0; c < k; c++) {
      items.add(new Legend.Item(colorOf(c), Legend.Marker.DOT, clusterPrefix + c + " (" + sizes[c]
          + (sizes[c] == 1 ? " row)" : " rows)")));
    }
    return items;
  }

  private Legend legend() {
    return new Legend(k + (k == 1 ? " cluster" : " clusters"), xs.length + " rows", legendItems());
  }

  @Override
  public void paint(Surface s, double w, double h) {
    double top = Theme.titles(s, w, h, title, subtitle);
    Legend legend = legend();
    double legendWidth = legend.width(0.3 * w);
    Axis probe = new Axis(Axis.Side.BOTTOM, AxisTicks.loose(0, 1, 2), xTitle);
    double bottom = h - Theme.MARGIN - probe.thickness();
    double[] yRange = range(ys);
    Axis y = new Axis(Axis.Side.LEFT, Axis.fit(Axis.Side.LEFT, yRange[0], yRange[1], bottom - top, true, 0),
        yTitle);
    double left = Theme.MARGIN + y.thickness();
    Box box = new Box(left, top, Math.max(20, w - left - Theme.MARGIN - 18 - legendWidth - 10),
        Math.max(20, bottom - top));
    double[] xRange = range(xs);
    Axis x = new Axis(Axis.Side.BOTTOM, Axis.fit(Axis.Side.BOTTOM, xRange[0], xRange[1], box.width(), true, 0),
        xTitle);
    AxisTicks xt = x.ticks();
    AxisTicks yt = y.ticks();
    DoubleUnaryOperator px = v -> box.x() + (v - xt.lower()) / (xt.upper() - xt.lower()) * box.width();
    DoubleUnaryOperator py = v -> box.bottom() - (v - yt.lower()) / (yt.upper() - yt.lower()) * box.height();
    y.paintGrid(s, box, py);
    x.paintGrid(s, box, px);
    double radius = xs.length > 2000 ? 2 : 3;
    s.beginGroup("points");
    if (xs.length > 20_000) {
      s.setAntialiasing(false);
    }
    for (int i = 0; i < xs.length; i++) {
      Color c = colorOf(labels[i]);
      s.circle(px.applyAsDouble(xs[i]), py.applyAsDouble(ys[i]), radius, new Color(c.getRed(), c.getGreen(),
          c.getBlue(), 210), null);
    }
    s.setAntialiasing(true);
    s.endGroup();
    s.beginGroup("outliers");
    Pen ring = Pen.solid(OUTLIER, 1.4);
    for (int i = 0; i < xs.length; i++) {
      if (outliers[i]) {
        s.circle(px.applyAsDouble(xs[i]), py.applyAsDouble(ys[i]), radius + 3.5, null, ring);
      }
    }
    s.endGroup();
    y.paint(s, box, py);
    x.paint(s, box, px);
    legend.paint(s, w - Theme.MARGIN - legendWidth, top, legendWidth, h - top - Theme.MARGIN);
  }

  /** The range of the values, a little wider than the points so that no point sits on the frame. */
  private static double[] range(double[] values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    double pad = (hi - lo) * 0.03;
    return new double[] {lo - pad, hi + pad};
  }

  @Override
  public String toString() {
    return "ClusterScatterPlot[" + xs.length + " rows, " + numClusters() + " clusters, " + outlierCount()
        + " outliers]";
  }
}
