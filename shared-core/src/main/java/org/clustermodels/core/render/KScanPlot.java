package org.clustermodels.core.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.clustermodels.core.kmeans.KScanResult;
import org.clustermodels.core.kmeans.KScore;

/**
 * The choice of k from a scan over k ({@link org.clustermodels.core.kmeans.KScan}): the inertia against k in the
 * upper panel (the "elbow": where it stops falling steeply) and the mean silhouette against k in the lower panel
 * (higher is better), on one k axis, with the suggested k (the highest silhouette) marked by a dashed line and a
 * legend. A k whose score is not a number is left out of its curve. Immutable; change it with the
 * {@code with...} methods.
 */
public final class KScanPlot implements Plot {
  private static final double POINT = 3.2;
  private static final double PANEL_GAP = 20;

  private final List<KScore> scores;
  private final int suggestedK;
  private final String title;
  private final String inertiaUnits;
  private final int width;
  private final int height;

  private KScanPlot(List<KScore> scores, int suggestedK, String title, String inertiaUnits, int width,
      int height) {
    this.scores = scores;
    this.suggestedK = suggestedK;
    this.title = title;
    this.inertiaUnits = inertiaUnits;
    this.width = width;
    this.height = height;
  }

  /**
   * @param scores the scores by increasing k, at least one
   * @param suggestedK the k to mark, or 0 for none
   * @return the plot at 760 x 580 pixels, titled "Choice of k"
   * @throws IllegalArgumentException if there is no score or the k do not increase
   */
  public static KScanPlot of(List<KScore> scores, int suggestedK) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("a k scan plot needs the scores of at least one k");
    }
    for (int i = 1; i < scores.size(); i++) {
      if (scores.get(i).k() <= scores.get(i - 1).k()) {
        throw new IllegalArgumentException("the scores must be by increasing k, got k = " + scores.get(i - 1).k()
            + " before k = " + scores.get(i).k());
      }
    }
    return new KScanPlot(List.copyOf(scores), suggestedK, "Choice of k", "", 760, 580);
  }

  /**
   * @param scan a scan over k
   * @return the plot of its scores with its suggested k marked
   */
  public static KScanPlot of(KScanResult scan) {
    return of(scan.scores(), scan.suggestedK());
  }

  /**
   * @param newTitle the title, empty for none
   * @return this plot with another title
   */
  public KScanPlot withTitle(String newTitle) {
    return new KScanPlot(scores, suggestedK, Objects.requireNonNull(newTitle, "title"), inertiaUnits, width,
        height);
  }

  /**
   * @param units the units of the inertia for the axis title, e.g. "z-score units"; empty for none
   * @return this plot with them
   */
  public KScanPlot withInertiaUnits(String units) {
    return new KScanPlot(scores, suggestedK, title, Objects.requireNonNull(units, "units"), width, height);
  }

  /**
   * @param newWidth width in pixels, {@value DendrogramPlotOptions#MIN_SIZE}..{@value
   *     DendrogramPlotOptions#MAX_SIZE}
   * @param newHeight height in pixels, same range
   * @return this plot at another size
   */
  public KScanPlot withSize(int newWidth, int newHeight) {
    DendrogramPlotOptions.builder().size(newWidth, newHeight); // validates
    return new KScanPlot(scores, suggestedK, title, inertiaUnits, newWidth, newHeight);
  }

  /** @return the scores drawn, by increasing k */
  public List<KScore> scores() {
    return scores;
  }

  /** @return the k marked, 0 for none */
  public int suggestedK() {
    return suggestedK;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  private int firstK() {
    return scores.get(0).k();
  }

  private int lastK() {
    return scores.get(scores.size() - 1).k();
  }

  private boolean marked() {
    return suggestedK >= firstK() && suggestedK <= lastK();
  }

  @Override
  public void paint(Surface s, double w, double h) {
    String subtitle = "inertia (elbow) and mean silhouette for k = " + firstK() + ".." + lastK()
        + (marked() ? "; the highest silhouette suggests k = " + suggestedK : "");
    double top = Theme.titles(s, w, h, title, subtitle);
    Legend legend = legend();
    double legendWidth = legend.width(0.3 * w);
    Axis probe = new Axis(Axis.Side.BOTTOM, AxisTicks.loose(0, 1, 2), "Number of clusters (k)");
    double bottom = h - Theme.MARGIN - probe.thickness();
    double panel = Math.max(20, (bottom - top - PANEL_GAP) / 2);
    String inertiaTitle = inertiaUnits.isEmpty() ? "Inertia" : "Inertia (" + inertiaUnits + ")";
    Axis inertia = new Axis(Axis.Side.LEFT, Axis.fit(Axis.Side.LEFT, 0, max(KScore::inertia, 1), panel, true, 0),
        inertiaTitle);
    double[] silhouetteRange = range(KScore::silhouette);
    Axis silhouette = new Axis(Axis.Side.LEFT, Axis.fit(Axis.Side.LEFT, silhouetteRange[0], silhouetteRange[1],
        panel, true, 0), "Mean silhouette");
    double left = Theme.MARGIN + Math.max(inertia.thickness(), silhouette.thickness());
    double plotWidth = Math.max(20, w - left - Theme.MARGIN - 18 - legendWidth - 10);
    Box upper = new Box(left, top, plotWidth, panel);
    Box lower = new Box(left, top + panel + PANEL_GAP, plotWidth, panel);
    double kLo = firstK() - 0.5;
    double kHi = lastK() + 0.5;
    DoubleUnaryOperator px = k -> left + (k - kLo) / (kHi - kLo) * plotWidth;
    Axis x = new Axis(Axis.Side.BOTTOM, Axis.fit(Axis.Side.BOTTOM, kLo, kHi, plotWidth, false, 1), probe.title());

    series(s, upper, inertia, px, KScore::inertia, Palette.OKABE_ITO.color(0), "inertia");
    series(s, lower, silhouette, px, KScore::silhouette, Palette.OKABE_ITO.color(1), "silhouette");
    x.paint(s, lower, px);
    s.line(upper.x(), upper.bottom(), upper.right(), upper.bottom(), Theme.AXIS_PEN);
    if (marked()) {
      double at = px.applyAsDouble(suggestedK);
      s.beginGroup("suggested");
      s.line(at, upper.y(), at, lower.bottom(), Theme.CUT_PEN);
      s.text("k = " + suggestedK, at + 4, upper.y(), Theme.TICK, Anchor.TOP_LEFT, 0);
      s.endGroup();
    }
    legend.paint(s, w - Theme.MARGIN - legendWidth, top, legendWidth, bottom - top);
  }

  private Legend legend() {
    List<Legend.Item> items = new ArrayList<>(List.of(
        new Legend.Item(Palette.OKABE_ITO.color(0), Legend.Marker.LINE, "Inertia (lower: tighter)"),
        new Legend.Item(Palette.OKABE_ITO.color(1), Legend.Marker.LINE, "Mean silhouette (higher: better)")));
    if (marked()) {
      items.add(new Legend.Item(Theme.CUT, Legend.Marker.DASHED_LINE, "Suggested k = " + suggestedK));
    }
    return new Legend("Scores per k", "", items);
  }

  private double max(ToDoubleFunction<KScore> value, double fallback) {
    double hi = Double.NEGATIVE_INFINITY;
    for (KScore score : scores) {
      double v = value.applyAsDouble(score);
      if (Double.isFinite(v)) {
        hi = Math.max(hi, v);
      }
    }
    return hi > 0 ? hi : fallback;
  }

  /** The range of the finite values, widened to include 0; [0, 1] if there is none. */
  private double[] range(ToDoubleFunction<KScore> value) {
    double lo = 0;
    double hi = 0;
    for (KScore score : scores) {
      double v = value.applyAsDouble(score);
      if (Double.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return hi > lo ? new double[] {lo, hi} : new double[] {0, 1};
  }

  private void series(Surface s, Box box, Axis axis, DoubleUnaryOperator px, ToDoubleFunction<KScore> value,
      Color color, String group) {
    AxisTicks ticks = axis.ticks();
    double range = ticks.upper() - ticks.lower();
    DoubleUnaryOperator py = v -> box.bottom() - (v - ticks.lower()) / range * box.height();
    axis.paintGrid(s, box, py);
    double[] xs = new double[scores.size()];
    double[] ys = new double[scores.size()];
    int m = 0;
    for (KScore score : scores) {
      double v = value.applyAsDouble(score);
      if (Double.isFinite(v)) {
        xs[m] = px.applyAsDouble(score.k());
        ys[m] = py.applyAsDouble(v);
        m++;
      }
    }
    s.beginGroup(group);
    if (m > 1) {
      s.polyline(xs, ys, m, Pen.solid(color, 1.8));
    }
    for (int i = 0; i < m; i++) {
      s.circle(xs[i], ys[i], POINT, color, null);
    }
    s.endGroup();
    axis.paint(s, box, py);
  }

  @Override
  public String toString() {
    return "KScanPlot[k = " + firstK() + ".." + lastK() + (marked() ? ", suggested " + suggestedK : "") + "]";
  }
}
