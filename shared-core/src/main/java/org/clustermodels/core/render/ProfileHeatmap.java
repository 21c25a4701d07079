package org.clustermodels.core.render;

import java.awt.Color;
import java.util.Locale;
import java.util.Objects;
import org.clustermodels.core.profile.SegmentProfile;

/**
 * A segment profile as a heatmap of standardised centres: one row per column of the data, one column per
 * cluster, each cell coloured by the cluster's standardised difference {@code (cluster mean - overall mean) /
 * overall standard deviation} on a diverging scale (blue below the overall mean, white at it, red above) and, when
 * the cell has room, labelled with its value. The cluster headers give each cluster's size and share; a colour bar
 * with ticks is the legend. The scale is symmetric, from -L to L with L the largest absolute difference rounded up
 * to a nice number (at least 0.5).
 *
 * <p>At most {@value #MAX_LABELS} data columns and {@value #MAX_LABELS} clusters are drawn, the first ones; the
 * subtitle says how many are left out. The preferred size grows with the clusters and columns, and with the
 * title up to 1400 pixels wide. Labels never overlap: longer names are shortened with an ellipsis, and
 * cluster headers turn upright when the clusters are many.
 *
 * <p>The colours are ColorBrewer's diverging "RdBu" scheme (five classes, interpolated), which stays readable for
 * the common forms of colour-vision deficiency: C. A. Brewer, M. Harrower and The Pennsylvania State University,
 * ColorBrewer 2.0, https://colorbrewer2.org (Apache License 2.0). Immutable.
 */
public final class ProfileHeatmap implements Plot {
  /** The most data columns, and the most clusters, drawn. */
  public static final int MAX_LABELS = 50;

  private static final Color[] STOPS = {new Color(0x2166AC), new Color(0x92C5DE), new Color(0xF7F7F7),
      new Color(0xF4A582), new Color(0xB2182B)};
  private static final Color EMPTY = new Color(0xD9D9D9);
  private static final TextStyle VALUE = new TextStyle(10.5, false, Theme.TEXT);
  private static final TextStyle HEADER = Theme.TICK;
  private static final double MAX_NAME_WIDTH = 200;
  private static final double MAX_GRID_WIDTH = 900;
  /** The widest a picture grows to show its whole title. */
  private static final double MAX_WIDTH = 1400;
  private static final double BAR_WIDTH = 14;
  private static final double GAP = 8;

  private final SegmentProfile profile;
  private final String title;
  private final String clusterPrefix;
  private final int columnsShown;
  private final int clustersShown;
  private final double limit;
  private final boolean upright;
  private final double headerHeight;
  private final double nameWidth;
  private final double legendWidth;
  private final int width;
  private final int height;

  private ProfileHeatmap(SegmentProfile profile, String title, String clusterPrefix) {
    this.profile = profile;
    this.title = title;
    this.clusterPrefix = clusterPrefix;
    columnsShown = Math.min(MAX_LABELS, profile.dimensions());
    clustersShown = Math.min(MAX_LABELS, profile.numClusters());
    limit = scaleLimit(profile, columnsShown, clustersShown);
    double widest = 0;
    for (int c = 0; c < clustersShown; c++) {
      widest = Math.max(widest, Math.max(TextMeasure.width(header(c), HEADER), TextMeasure.width(detail(c),
          HEADER)));
    }
    double cellWidth = Math.max(56, widest + 10);
    upright = clustersShown * cellWidth > MAX_GRID_WIDTH;
    double line = TextMeasure.lineHeight(HEADER);
    if (upright) {
      cellWidth = Math.max(22, MAX_GRID_WIDTH / clustersShown);
      double tallest = 0;
      for (int c = 0; c < clustersShown; c++) {
        tallest = Math.max(tallest, TextMeasure.width(uprightHeader(c), HEADER));
      }
      headerHeight = Math.min(tallest, 160) + 6;
    } else {
      headerHeight = 2 * line + 8;
    }
    double names = 0;
    for (int j = 0; j < columnsShown; j++) {
      names = Math.max(names, TextMeasure.width(profile.columns().get(j), Theme.LABEL));
    }
    nameWidth = Math.min(names, MAX_NAME_WIDTH);
    legendWidth = Math.max(TextMeasure.width(legendHeading(), Theme.LEGEND_HEADING),
        TextMeasure.width(legendNote(), Theme.LEGEND));
    double rowHeight = Math.max(18, Math.min(30, 600.0 / columnsShown));
    double gridWidth = clustersShown * cellWidth;
    double content = 2 * Theme.MARGIN + nameWidth + GAP + gridWidth + 24 + legendWidth;
    width = (int) Math.ceil(Math.max(Math.max(560, content), Math.min(MAX_WIDTH, Theme.titlesWidth(title,
        subtitle()))));
    double top = Theme.titles(null, width, 0, title, subtitle());
    height = (int) Math.ceil(Math.max(top + headerHeight + 200, top + headerHeight + columnsShown * rowHeight)
        + Theme.MARGIN);
  }

  /**
   * @param profile the profile
   * @return its heatmap, titled "Segment profile", at its preferred size (which grows with the clusters and
   *     columns)
   */
  public static ProfileHeatmap of(SegmentProfile profile) {
    return new ProfileHeatmap(Objects.requireNonNull(profile, "profile"), "Segment profile",
        ClusterScatterPlot.DEFAULT_CLUSTER_PREFIX);
  }

  /**
   * @param newTitle the title, empty for none
   * @return this heatmap with another title
   */
  public ProfileHeatmap withTitle(String newTitle) {
    return new ProfileHeatmap(profile, Objects.requireNonNull(newTitle, "title"), clusterPrefix);
  }

  /**
   * @param prefix what precedes a cluster's number in the column headers, e.g. {@code "cluster_"} where a host's
   *     tables name the clusters so (default {@value ClusterScatterPlot#DEFAULT_CLUSTER_PREFIX})
   * @return this heatmap with clusters named so
   */
  public ProfileHeatmap withClusterPrefix(String prefix) {
    return new ProfileHeatmap(profile, title, Objects.requireNonNull(prefix, "prefix"));
  }

  /** @return the largest absolute value of the colour scale, L */
  public double scaleLimit() {
    return limit;
  }

  /**
   * @param value a standardised difference
   * @return its colour on this heatmap's scale (values beyond the limit get the end colours)
   */
  public Color colorOf(double value) {
    if (Double.isNaN(value)) {
      return EMPTY;
    }
    double t = Math.max(-1, Math.min(1, value / limit)); // -1..1
    double at = (t + 1) / 2 * (STOPS.length - 1);
    int i = Math.min(STOPS.length - 2, (int) Math.floor(at));
    double f = at - i;
    Color a = STOPS[i];
    Color b = STOPS[i + 1];
    return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(),
        b.getBlue(), f));
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }

  private static double scaleLimit(SegmentProfile profile, int columns, int clusters) {
    double largest = 0;
    for (int c = 0; c < clusters; c++) {
      for (int j = 0; j < columns; j++) {
        double z = Math.abs(profile.standardizedDifference(c, j));
        if (Double.isFinite(z)) {
          largest = Math.max(largest, z);
        }
      }
    }
    return AxisTicks.loose(0, Math.max(0.5, largest), 5).upper();
  }

  private String subtitle() {
    StringBuilder s = new StringBuilder("(cluster mean - overall mean) / overall standard deviation, per column; ")
        .append(profile.rows()).append(" rows");
    if (columnsShown < profile.dimensions()) {
      s.append("; the first ").append(columnsShown).append(" of ").append(profile.dimensions())
          .append(" columns");
    }
    if (clustersShown < profile.numClusters()) {
      s.append("; the first ").append(clustersShown).append(" of ").append(profile.numClusters())
          .append(" clusters");
    }
    return s.toString();
  }

  private String header(int c) {
    return clusterPrefix + c;
  }

  private String detail(int c) {
    return profile.size(c) + " (" + PaletteStrip.percent(profile.share(c)) + ")";
  }

  private String uprightHeader(int c) {
    return c + " (" + profile.size(c) + ")";
  }

  private static String legendHeading() {
    return "Standardised difference";
  }

  private static String legendNote() {
    return "in overall standard deviations";
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public void paint(Surface s, double w, double h) {
    double top = Theme.titles(s, w, h, title, subtitle());
    double gridLeft = Theme.MARGIN + nameWidth + GAP;
    double gridTop = top + headerHeight;
    double gridWidth = Math.max(clustersShown, w - gridLeft - 24 - legendWidth - Theme.MARGIN);
    double gridHeight = Math.max(columnsShown, h - gridTop - Theme.MARGIN);
    double cellW = gridWidth / clustersShown;
    double rowH = Math.min(30, gridHeight / columnsShown);
    paintHeaders(s, gridLeft, gridTop, cellW);
    paintCells(s, gridLeft, gridTop, cellW, rowH);
    paintColorBar(s, gridLeft + gridWidth + 24, top, Math.max(60, Math.min(260, h - top - Theme.MARGIN - 90)));
  }

  private void paintHeaders(Surface s, double left, double gridTop, double cellW) {
    s.beginGroup("clusters");
    double line = TextMeasure.lineHeight(HEADER);
    for (int c = 0; c < clustersShown; c++) {
      double cx = left + (c + 0.5) * cellW;
      if (upright) {
        String text = TextMeasure.ellipsize(uprightHeader(c), HEADER, headerHeight - 6);
        s.text(text, cx, gridTop - 4, HEADER, Anchor.LEFT, -90);
      } else {
        double room = cellW - 4;
        s.text(TextMeasure.ellipsize(header(c), HEADER, room), cx, gridTop - 6 - line, HEADER, Anchor.BOTTOM, 0);
        s.text(TextMeasure.ellipsize(detail(c), HEADER, room), cx, gridTop - 4, HEADER.withColor(Theme.MUTED),
            Anchor.BOTTOM, 0);
      }
    }
    s.endGroup();
  }

  private void paintCells(Surface s, double left, double gridTop, double cellW, double rowH) {
    s.beginGroup("columns");
    for (int j = 0; j < columnsShown; j++) {
      String name = TextMeasure.ellipsize(profile.columns().get(j), Theme.LABEL, nameWidth);
      s.text(name, left - GAP, gridTop + (j + 0.5) * rowH, Theme.LABEL, Anchor.RIGHT, 0);
    }
    s.endGroup();
    s.beginGroup("cells");
    boolean values = rowH >= TextMeasure.lineHeight(VALUE) + 2 && cellW >= TextMeasure.width("-0.0", VALUE) + 6;
    Pen grid = Pen.solid(Theme.BACKGROUND, 1);
    for (int j = 0; j < columnsShown; j++) {
      for (int c = 0; c < clustersShown; c++) {
        double z = profile.standardizedDifference(c, j);
        Color fill = colorOf(z);
        double x = left + c * cellW;
        double y = gridTop + j * rowH;
        s.rect(x, y, cellW, rowH, fill, grid);
        if (values) {
          Color ink = luminance(fill) < 0.45 ? Color.WHITE : Theme.TEXT;
          s.text(valueText(z), x + cellW / 2, y + rowH / 2, VALUE.withColor(ink), Anchor.CENTER, 0);
        }
      }
    }
    s.endGroup();
  }

  /**
   * @param z a standardised difference
   * @return it with one decimal and a sign, "0.0" for values that round to zero, "n/a" for NaN
   */
  static String valueText(double z) {
    if (Double.isNaN(z)) {
      return "n/a";
    }
    if (Math.abs(z) < 0.05) {
      return "0.0";
    }
    return String.format(Locale.ROOT, "%+.1f", z);
  }

  private static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }

  private void paintColorBar(Surface s, double x, double top, double barHeight) {
    s.beginGroup("legend");
    double line = TextMeasure.lineHeight(Theme.LEGEND);
    s.text(legendHeading(), x, top, Theme.LEGEND_HEADING, Anchor.TOP_LEFT, 0);
    s.text(legendNote(), x, top + line + 3, Theme.LEGEND.withColor(Theme.MUTED), Anchor.TOP_LEFT, 0);
    double tick = TextMeasure.lineHeight(Theme.TICK);
    double barTop = top + 2 * (line + 3) + tick + 12; // room for "above the mean" clear of the top tick label
    s.text("above the mean", x, barTop - tick / 2 - 3, Theme.TICK.withColor(Theme.MUTED), Anchor.BOTTOM_LEFT, 0);
    int steps = 64;
    for (int i = 0; i < steps; i++) {
      double v = limit - (i + 0.5) * 2 * limit / steps;
      s.rect(x, barTop + i * barHeight / steps, BAR_WIDTH, barHeight / steps + 0.5, colorOf(v), null);
    }
    s.rect(x, barTop, BAR_WIDTH, barHeight, null, Theme.AXIS_PEN);
    int maxTicks = Math.max(3, (int) (barHeight / (2 * TextMeasure.lineHeight(Theme.TICK))));
    AxisTicks ticks = AxisTicks.within(-limit, limit, maxTicks, 0);
    for (int i = 0; i < ticks.count(); i++) {
      double y = barTop + (limit - ticks.value(i)) / (2 * limit) * barHeight;
      s.line(x + BAR_WIDTH, y, x + BAR_WIDTH + 4, y, Theme.AXIS_PEN);
      String label = ticks.value(i) > 0 ? "+" + ticks.label(i) : ticks.label(i);
      s.text(label, x + BAR_WIDTH + 7, y, Theme.TICK, Anchor.LEFT, 0);
    }
    s.text("below the mean", x, barTop + barHeight + tick / 2 + 3, Theme.TICK.withColor(Theme.MUTED),
        Anchor.TOP_LEFT, 0);
    s.endGroup();
  }

  @Override
  public String toString() {
    return "ProfileHeatmap[" + clustersShown + " of " + profile.numClusters() + " clusters, " + columnsShown
        + " of " + profile.dimensions() + " columns, scale +-" + Theme.number(limit) + "]";
  }
}
