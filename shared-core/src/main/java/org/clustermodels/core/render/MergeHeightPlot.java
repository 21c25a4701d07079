package org.clustermodels.core.render;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * The merge-height plot ("distance per fusion"): the height of each of the last merges against the number of
 * clusters it leaves, so merge t of n - 1 sits at k = n - 1 - t (the root at k = 1). A cut into k clusters undoes
 * the merges at 1..k-1 and keeps those from k on, so a large drop from k - 1 to k says that k clusters are
 * well apart. An optional highlighted k (the current cut) is marked by a dashed line between k - 1 and k, with
 * the merges it undoes in grey, as above the cut line of the dendrogram. Immutable; change it with the
 * {@code with...} methods.
 */
public final class MergeHeightPlot implements Plot {
  /** Merges shown by default. */
  public static final int DEFAULT_LAST_MERGES = 30;

  private final Dendrogram tree;
  private final int width;
  private final int height;
  private final String title;
  private final int lastMerges;
  private final int highlight;

  private MergeHeightPlot(Dendrogram tree, int width, int height, String title, int lastMerges, int highlight) {
    this.tree = tree;
    this.width = width;
    this.height = height;
    this.title = title;
    this.lastMerges = lastMerges;
    this.highlight = highlight;
  }

  /**
   * @param tree the dendrogram
   * @return its last {@value #DEFAULT_LAST_MERGES} merges at 720 x 420 pixels, titled "Merge heights"
   */
  public static MergeHeightPlot of(Dendrogram tree) {
    return new MergeHeightPlot(Objects.requireNonNull(tree, "tree"), 720, 420, "Merge heights", DEFAULT_LAST_MERGES,
        0);
  }

  /**
   * @param width picture width in pixels, {@value DendrogramPlotOptions#MIN_SIZE}..{@value
   *     DendrogramPlotOptions#MAX_SIZE}
   * @param height picture height in pixels, same range
   * @return this plot at another size
   */
  public MergeHeightPlot withSize(int width, int height) {
    DendrogramPlotOptions.builder().size(width, height); // validates
    return new MergeHeightPlot(tree, width, height, title, lastMerges, highlight);
  }

  /**
   * @param title the title, empty for none
   * @return this plot with another title
   */
  public MergeHeightPlot withTitle(String title) {
    return new MergeHeightPlot(tree, width, height, Objects.requireNonNull(title, "title"), lastMerges, highlight);
  }

  /**
   * @param lastMerges how many of the last merges to show, at least 1 (at most all n - 1 are shown)
   * @return this plot showing that many
   * @throws IllegalArgumentException if lastMerges &lt; 1
   */
  public MergeHeightPlot withLastMerges(int lastMerges) {
    if (lastMerges < 1) {
      throw new IllegalArgumentException("lastMerges must be at least 1, got " + lastMerges);
    }
    return new MergeHeightPlot(tree, width, height, title, lastMerges, highlight);
  }

  /**
   * @param k the number of clusters to mark (e.g. the current cut), 0 for none
   * @return this plot marking it
   * @throws IllegalArgumentException if k is negative
   */
  public MergeHeightPlot withHighlight(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("the highlighted number of clusters must be >= 0, got " + k);
    }
    return new MergeHeightPlot(tree, width, height, title, lastMerges, k);
  }

  /** @return the number of merges shown: min(lastMerges, n - 1) */
  public int shownMerges() {
    return Math.min(lastMerges, tree.mergeCount());
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
    int shown = shownMerges();
    int n = tree.leafCount();
    String subtitle = shown == 0 ? "1 row: no merges"
        : "the last " + shown + " of " + (n - 1) + " merges; a large drop from k - 1 to k suggests k clusters";
    double top = Theme.titles(s, w, h, title, subtitle);
    double maxHeight = 0;
    for (int k = 1; k <= shown; k++) {
      maxHeight = Math.max(maxHeight, tree.height(n - 1 - k));
    }
    Axis probe = new Axis(Axis.Side.BOTTOM, AxisTicks.loose(0, 1, 2), "Number of clusters after the merge (k)");
    double bottom = h - Theme.MARGIN - probe.thickness();
    AxisTicks yTicks = Axis.fit(Axis.Side.LEFT, 0, maxHeight > 0 ? maxHeight : 1, bottom - top, true, 0);
    Axis y = new Axis(Axis.Side.LEFT, yTicks, "Merge height");
    double left = Theme.MARGIN + y.thickness();
    Box box = new Box(left, top, Math.max(20, w - left - Theme.MARGIN - 10), Math.max(20, bottom - top));
    double kHi = Math.max(shown, 1) + 0.5;
    Axis x = new Axis(Axis.Side.BOTTOM, Axis.fit(Axis.Side.BOTTOM, 0.5, kHi, box.width(), false, 1),
        probe.title());
    DoubleUnaryOperator px = v -> box.x() + (v - 0.5) / (kHi - 0.5) * box.width();
    double yRange = yTicks.upper() - yTicks.lower();
    DoubleUnaryOperator py = v -> box.bottom() - (v - yTicks.lower()) / yRange * box.height();
    y.paintGrid(s, box, py);
    boolean marked = highlight >= 1 && highlight <= shown + 1;
    if (marked) { // the cut between the merges it undoes (k - 1 and fewer clusters) and those it keeps
      double at = px.applyAsDouble(highlight - 0.5);
      s.beginGroup("highlight");
      s.line(at, box.y(), at, box.bottom(), Theme.CUT_PEN);
      s.text("cut: k = " + highlight, at + 4, box.y(), Theme.TICK, Anchor.TOP_LEFT, 0);
      s.endGroup();
    }
    if (shown > 0) {
      double[] xs = new double[shown];
      double[] ys = new double[shown];
      for (int k = 1; k <= shown; k++) {
        xs[k - 1] = px.applyAsDouble(k);
        ys[k - 1] = py.applyAsDouble(tree.height(n - 1 - k));
      }
      s.beginGroup("merges");
      if (shown > 1) {
        s.polyline(xs, ys, shown, Pen.solid(Theme.LINK, 1.5));
      }
      for (int i = 0; i < shown; i++) {
        boolean undone = marked && i + 1 < highlight;
        s.circle(xs[i], ys[i], 3.2, undone ? Theme.UNCLUSTERED : Theme.LINK, null);
      }
      s.endGroup();
    }
    y.paint(s, box, py);
    x.paint(s, box, px);
  }

  @Override
  public String toString() {
    return "MergeHeightPlot[" + tree + ", last " + shownMerges() + " merges"
        + (highlight > 0 ? ", k=" + highlight : "") + "]";
  }
}
