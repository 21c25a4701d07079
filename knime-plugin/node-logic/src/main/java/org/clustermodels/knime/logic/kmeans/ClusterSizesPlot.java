package org.clustermodels.knime.logic.kmeans;

import java.util.List;
import java.util.Locale;
import org.clustermodels.core.render.Anchor;
import org.clustermodels.core.render.AxisTicks;
import org.clustermodels.core.render.Palette;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.Surface;
import org.clustermodels.core.render.TextStyle;

/**
 * The sizes of the clusters as horizontal bars, one per cluster in label order, each labelled with its row count,
 * share of the rows and SSE. Colours are the Okabe-Ito palette's, as in the core's dendrogram views. Immutable;
 * export it with the {@link Plot} methods (PNG, SVG).
 */
public final class ClusterSizesPlot implements Plot {
  private final List<String> labels;
  private final int[] sizes;
  private final double[] sse;
  private final String sseUnits;
  private final int width;
  private final int height;

  private ClusterSizesPlot(List<String> labels, int[] sizes, double[] sse, String sseUnits, int width, int height) {
    this.labels = labels;
    this.sizes = sizes;
    this.sse = sse;
    this.sseUnits = sseUnits;
    this.width = width;
    this.height = height;
  }

  /**
   * @param model a k-means model
   * @return its cluster sizes at 720 pixels wide, 120 + 28 per cluster (at most 900) high
   */
  public static ClusterSizesPlot of(KMeansModelContent model) {
    int k = model.numClusters();
    return new ClusterSizesPlot(model.centreModel().labels(), model.clusterSizes(), model.clusterSse(),
        model.centreModel().scaling().scaling().units(), 720, Math.min(900, 120 + 28 * k));
  }

  /**
   * @param newWidth width in pixels, 100..10,000
   * @param newHeight height in pixels, 100..10,000
   * @return this plot at another size
   */
  public ClusterSizesPlot withSize(int newWidth, int newHeight) {
    Chart.requireSize(newWidth, newHeight);
    return new ClusterSizesPlot(labels, sizes, sse, sseUnits, newWidth, newHeight);
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  private String valueText(int c, long total) {
    return String.format(Locale.ROOT, "%,d (%.1f%%), SSE %s", sizes[c], total == 0 ? 0.0 : 100.0 * sizes[c] / total,
        Chart.number(sse[c]));
  }

  @Override
  public void paint(Surface s, double w, double h) {
    int k = sizes.length;
    long total = 0;
    int max = 0;
    for (int size : sizes) {
      total += size;
      max = Math.max(max, size);
    }
    double top = Chart.titles(s, w, h, "Cluster sizes", String.format(Locale.ROOT, "%d clusters of %,d rows; SSE: "
        + "sum of squared distances to the centre%s", k, total, sseUnits.isEmpty() ? "" : " (" + sseUnits + ")"));
    double axis = Chart.bottomAxisHeight(s);
    double rowHeight = Math.max(4, (h - top - axis - Chart.MARGIN) / Math.max(1, k));
    TextStyle label = Chart.TICK.withSize(Math.max(7, Math.min(11, rowHeight * 0.6)));
    double labelWidth = 0;
    double valueWidth = 0;
    for (int c = 0; c < k; c++) {
      labelWidth = Math.max(labelWidth, s.textWidth(labels.get(c), label));
      valueWidth = Math.max(valueWidth, s.textWidth(valueText(c, total), label));
    }
    double left = Chart.MARGIN + labelWidth + 8;
    Chart.Box box = new Chart.Box(left, top, Math.max(20, w - left - Chart.MARGIN - valueWidth - 8),
        rowHeight * k);
    AxisTicks ticks = AxisTicks.loose(0, Math.max(1, max), 6);
    double scale = box.width() / ticks.upper();
    Chart.bottomAxis(s, box, ticks, v -> box.x() + v * scale, "Rows", true);
    s.beginGroup("bars");
    for (int c = 0; c < k; c++) {
      double y = box.y() + c * rowHeight;
      double mid = y + rowHeight / 2;
      double barWidth = sizes[c] * scale;
      s.rect(box.x(), y + rowHeight * 0.15, barWidth, rowHeight * 0.7, Palette.OKABE_ITO.color(c), null);
      s.text(labels.get(c), box.x() - 8, mid, label, Anchor.RIGHT, 0);
      s.text(valueText(c, total), box.x() + barWidth + 6, mid, label, Anchor.LEFT, 0);
    }
    s.endGroup();
  }

  @Override
  public String toString() {
    return "ClusterSizesPlot[" + sizes.length + " clusters]";
  }
}
