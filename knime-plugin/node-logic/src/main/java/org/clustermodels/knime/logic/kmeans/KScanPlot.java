package org.clustermodels.knime.logic.kmeans;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.render.Anchor;
import org.clustermodels.core.render.AxisTicks;
import org.clustermodels.core.render.Pen;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.Surface;

/**
 * The choice of k: the inertia (top) and the mean silhouette (bottom) of every k scanned, with the chosen k (the
 * highest mean silhouette) marked by a dashed line. Immutable; export it with the {@link Plot} methods (PNG, SVG).
 */
public final class KScanPlot implements Plot {
  private final List<KScore> scores;
  private final int chosenK;
  private final String inertiaUnits;
  private final int width;
  private final int height;

  private KScanPlot(List<KScore> scores, int chosenK, String inertiaUnits, int width, int height) {
    this.scores = scores;
    this.chosenK = chosenK;
    this.inertiaUnits = inertiaUnits;
    this.width = width;
    this.height = height;
  }

  /**
   * @param scores the scores by increasing k, at least one
   * @param chosenK the k chosen, marked (0 for none)
   * @param inertiaUnits the units of the inertia, e.g. "z-score units", empty for original units
   * @return the plot at 720 x 520 pixels
   */
  public static KScanPlot of(List<KScore> scores, int chosenK, String inertiaUnits) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("a k scan plot needs at least one k");
    }
    return new KScanPlot(List.copyOf(scores), chosenK, inertiaUnits, 720, 520);
  }

  /**
   * @param newWidth width in pixels, 100..10,000
   * @param newHeight height in pixels, 100..10,000
   * @return this plot at another size
   */
  public KScanPlot withSize(int newWidth, int newHeight) {
    Chart.requireSize(newWidth, newHeight);
    return new KScanPlot(scores, chosenK, inertiaUnits, newWidth, newHeight);
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
    double top = Chart.titles(s, w, h, "Choice of k", chosenK > 0 ? "the k with the highest mean silhouette is "
        + "chosen: k = " + chosenK : "inertia and mean silhouette per number of clusters");
    int kLo = scores.get(0).k();
    int kHi = scores.get(scores.size() - 1).k();
    AxisTicks inertiaTicks = ticks(KScore::inertia, true);
    AxisTicks silhouetteTicks = ticks(KScore::silhouette, false);
    double left = Chart.MARGIN + 22 + Math.max(Chart.tickWidth(s, inertiaTicks), Chart.tickWidth(s,
        silhouetteTicks)) + 10;
    double axis = Chart.bottomAxisHeight(s);
    double gap = 18;
    double panel = Math.max(20, (h - top - axis - Chart.MARGIN - gap) / 2);
    double plotWidth = Math.max(20, w - left - Chart.MARGIN - 10);
    Chart.Box upper = new Chart.Box(left, top, plotWidth, panel);
    Chart.Box lower = new Chart.Box(left, top + panel + gap, plotWidth, panel);
    DoubleUnaryOperator px = k -> left + (k - (kLo - 0.5)) / (kHi - kLo + 1) * plotWidth;
    String inertiaTitle = inertiaUnits.isEmpty() ? "Inertia" : "Inertia (" + inertiaUnits + ")";
    series(s, upper, inertiaTicks, px, KScore::inertia, inertiaTitle);
    series(s, lower, silhouetteTicks, px, KScore::silhouette, "Mean silhouette");
    AxisTicks kTicks = AxisTicks.within(kLo - 0.5, kHi + 0.5, Math.max(2, Math.min(12, kHi - kLo + 2)), 1);
    Chart.bottomAxis(s, lower, kTicks, px, "Number of clusters (k)", false);
    s.line(upper.x(), upper.bottom(), upper.right(), upper.bottom(), Chart.AXIS_PEN);
    if (chosenK >= kLo && chosenK <= kHi) {
      double x = px.applyAsDouble(chosenK);
      s.beginGroup("chosen");
      s.line(x, upper.y(), x, lower.bottom(), Chart.MARK_PEN);
      s.text("k = " + chosenK, x + 4, upper.y(), Chart.TICK, Anchor.TOP_LEFT, 0);
      s.endGroup();
    }
  }

  private AxisTicks ticks(ToDoubleFunction<KScore> value, boolean fromZero) {
    double lo = fromZero ? 0 : Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (KScore score : scores) {
      double v = value.applyAsDouble(score);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    return AxisTicks.loose(lo, hi, 5);
  }

  private void series(Surface s, Chart.Box box, AxisTicks ticks, DoubleUnaryOperator px,
      ToDoubleFunction<KScore> value, String title) {
    double range = ticks.upper() - ticks.lower();
    DoubleUnaryOperator py = v -> box.bottom() - (v - ticks.lower()) / range * box.height();
    Chart.leftAxis(s, box, ticks, py, title);
    int m = scores.size();
    double[] xs = new double[m];
    double[] ys = new double[m];
    for (int i = 0; i < m; i++) {
      xs[i] = px.applyAsDouble(scores.get(i).k());
      ys[i] = py.applyAsDouble(value.applyAsDouble(scores.get(i)));
    }
    s.beginGroup("series");
    if (m > 1) {
      s.polyline(xs, ys, m, Pen.solid(Chart.LINE, 1.5));
    }
    for (int i = 0; i < m; i++) {
      s.circle(xs[i], ys[i], 3.2, Chart.LINE, null);
    }
    s.endGroup();
  }

  @Override
  public String toString() {
    return "KScanPlot[k=" + scores.get(0).k() + ".." + scores.get(scores.size() - 1).k() + ", chosen " + chosenK
        + "]";
  }
}
