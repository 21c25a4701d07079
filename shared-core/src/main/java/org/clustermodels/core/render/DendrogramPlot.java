package org.clustermodels.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * A dendrogram picture: U-shaped links in leaf order, a heights axis with nice ticks, leaf labels that never
 * overlap, a title, and optionally a cut line with the clusters below it coloured and listed in a legend. Trees
 * with more than {@link DendrogramPlotOptions#maxLeaves()} rows are truncated to their last merges (SciPy's
 * {@code lastp}); merges lower than a child (inversions of centroid and median linkage) are drawn at their true
 * height and ringed. Immutable and thread-safe; {@link #withCut} makes a new picture of the same tree cheaply.
 *
 * <p>Export with the {@link Plot} methods ({@code writeSvg}, {@code writePng}, {@code toImage}); show it
 * interactively with {@link DendrogramPanel}.
 */
public final class DendrogramPlot implements Plot {
  private final Dendrogram tree;
  private final DendrogramPlotOptions options;
  private final DendrogramLayout layout;
  private final CutColouring colouring;
  private final String subtitle;
  private final Legend legend;

  /**
   * @param tree the dendrogram
   * @param options how to draw it
   * @throws IllegalArgumentException if the leaf labels do not match the rows, or the cut asks for more clusters
   *     than rows
   */
  public DendrogramPlot(Dendrogram tree, DendrogramPlotOptions options) {
    this(tree, options, new DendrogramLayout(Objects.requireNonNull(tree, "tree"), options.leafLabels(),
        options.maxLeaves()));
  }

  private DendrogramPlot(Dendrogram tree, DendrogramPlotOptions options, DendrogramLayout layout) {
    this.tree = tree;
    this.options = options;
    this.layout = layout;
    colouring = options.cut() == null ? null : CutColouring.of(tree, options.cut());
    subtitle = options.subtitle() != null ? options.subtitle() : automaticSubtitle(layout, options);
    legend = legend(layout, colouring, options);
  }

  /**
   * @param tree the dendrogram
   * @return a picture with the default options
   */
  public static DendrogramPlot of(Dendrogram tree) {
    return new DendrogramPlot(tree, DendrogramPlotOptions.defaults());
  }

  /**
   * @param cut the new cut, or null for none
   * @return the same picture cut elsewhere (the tree's layout is reused)
   * @throws IllegalArgumentException if the cut asks for more clusters than rows
   */
  public DendrogramPlot withCut(CutLine cut) {
    return new DendrogramPlot(tree, options.toBuilder().cut(cut).build(), layout);
  }

  private static String automaticSubtitle(DendrogramLayout layout, DendrogramPlotOptions options) {
    int n = layout.rows();
    StringBuilder s = new StringBuilder(options.leafCount(n));
    if (layout.isTruncated()) {
      s.append("; the last ").append(layout.leafCount() - 1).append(" of ").append(n - 1)
          .append(" merges are drawn, (m) marks a cluster of m ").append(options.leafNounPlural());
    }
    if (layout.inversions() > 0) {
      s.append("; ").append(layout.inversions()).append(layout.inversions() == 1 ? " inversion" : " inversions")
          .append(" (a merge below its child, ringed)");
    }
    return s.toString();
  }

  private static Legend legend(DendrogramLayout layout, CutColouring colouring, DendrogramPlotOptions options) {
    List<Legend.Item> items = new ArrayList<>();
    String heading = "";
    String note = "";
    if (colouring != null) {
      int k = colouring.clusterCount();
      heading = k + (k == 1 ? " cluster" : " clusters");
      double line = colouring.lineHeight();
      CutLine cut = colouring.cut();
      note = cut.isByCount() && Double.isNaN(line) ? "cut by count (no single height)"
          : "cut at height " + Theme.number(line);
      for (int c = 0; c < k; c++) {
        int size = colouring.size(c);
        items.add(new Legend.Item(options.palette().color(c), false, options.clusterPrefix() + c + " ("
            + options.leafCount(size) + ")"));
      }
    }
    if (layout.inversions() > 0) {
      if (heading.isEmpty()) {
        heading = "Marks";
      }
      items.add(new Legend.Item(colouring == null ? Theme.LINK : Theme.UNCLUSTERED, true, "inversion"));
    }
    return heading.isEmpty() ? null : new Legend(heading, note, items);
  }

  /** @return the tree drawn */
  public Dendrogram dendrogram() {
    return tree;
  }

  /** @return the options */
  public DendrogramPlotOptions options() {
    return options;
  }

  /** @return the cut, or null for none */
  public CutLine cut() {
    return options.cut();
  }

  /** @return the number of clusters of the cut; 1 without a cut */
  public int clusterCount() {
    return colouring == null ? 1 : colouring.clusterCount();
  }

  /**
   * @return the cluster of each row under the cut (the dendrogram's own numbering: 0..k-1 by first row in input
   *     order); all 0 without a cut
   */
  public int[] labels() {
    return colouring == null ? new int[tree.leafCount()] : colouring.labels().clone();
  }

  /**
   * @return the height of the cut line: the cut's height, or for a cut by count a height that gives the same
   *     clusters; NaN without a cut, or when tied heights or inversions leave no such height
   */
  public double cutHeight() {
    return cutLineHeight();
  }

  /** @return the number of leaves drawn: the rows, or the collapsed clusters and rows of a truncated tree */
  public int shownLeafCount() {
    return layout.leafCount();
  }

  /** @return whether the tree is truncated to its last merges */
  public boolean isTruncated() {
    return layout.isTruncated();
  }

  @Override
  public int width() {
    return options.width();
  }

  @Override
  public int height() {
    return options.height();
  }

  @Override
  public void paint(Surface surface, double width, double height) {
    paint(surface, width, height, null, -1);
  }

  /**
   * Paints a view of the picture, with one merge highlighted.
   *
   * @param view the part in view, or null for all
   * @param highlight a merge to highlight, or -1
   * @return the frame painted, for mapping pixels back to the tree
   */
  DendrogramFrame paint(Surface surface, double width, double height, DendrogramView view, int highlight) {
    DendrogramFrame frame = DendrogramFrame.of(this, width, height, view);
    DendrogramPainter.paint(surface, this, frame, width, height, highlight);
    return frame;
  }

  DendrogramLayout layout() {
    return layout;
  }

  CutColouring colouring() {
    return colouring;
  }

  String subtitle() {
    return subtitle;
  }

  Legend legend() {
    return legend;
  }

  double cutLineHeight() {
    return colouring == null ? Double.NaN : colouring.lineHeight();
  }

  @Override
  public String toString() {
    return "DendrogramPlot[" + tree + ", " + layout.leafCount() + " leaves drawn"
        + (colouring == null ? "" : ", " + colouring.clusterCount() + " clusters") + ", labels "
        + (options.leafLabels() == null ? "row numbers" : "given")
        + "]";
  }
}
