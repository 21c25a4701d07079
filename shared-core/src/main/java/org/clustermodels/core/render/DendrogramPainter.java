package org.clustermodels.core.render;

import java.awt.Color;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * The one drawing path of dendrogram pictures: PNG, SVG and the Swing component all paint through here, on a
 * {@link Surface}, from a {@link DendrogramFrame}.
 *
 * <p>Each drawn merge is one U-shaped polyline: up from its left child's top, across at its height, down to its
 * right child's top, so a merge below a child (an inversion) shows as a crossbar under the child's, and is ringed.
 * A collapsed cluster's leg stops at its own merge height and continues dotted to the leaves. A subtree narrower
 * than a pixel is drawn as one line from the leaves to its top, and subtrees outside the view not at all.
 */
final class DendrogramPainter {
  /** Above this many links, they are drawn without anti-aliasing (100 times faster, hardly different). */
  private static final int SMOOTH_LINKS = 20_000;

  private DendrogramPainter() {
  }

  static void paint(Surface s, DendrogramPlot p, DendrogramFrame f, double w, double h, int highlight) {
    DendrogramLayout layout = p.layout();
    DendrogramPlotOptions o = p.options();
    Theme.titles(s, w, h, o.title(), p.subtitle());
    f.axis.paintGrid(s, f.plot, f::heightPixel);
    double width = Math.max(0.8, Math.min(1.6, f.slot() / 4));
    LinkColours colours = new LinkColours(p.colouring(), o.palette(), width);
    s.pushClip(f.plot.x() - 3, f.plot.y() - 3, f.plot.width() + 6, f.plot.height() + 6);
    links(s, layout, f, colours);
    if (highlight >= layout.firstMerge() && highlight < layout.rows() - 1) {
      double[] xs = new double[4];
      double[] ys = new double[4];
      linkPoints(layout, f, highlight, xs, ys);
      s.beginGroup("highlight");
      s.polyline(xs, ys, 4, colours.of(layout.rows() + highlight).withWidth(width + 2));
      s.endGroup();
    }
    double cut = p.cutLineHeight();
    if (cut >= f.view.heightLo() && cut <= f.view.heightHi()) {
      s.beginGroup("cut");
      double c = f.heightPixel(cut);
      if (f.orientation == Orientation.TOP) {
        s.line(f.plot.x(), c, f.plot.right(), c, Theme.CUT_PEN);
      } else {
        s.line(c, f.plot.y(), c, f.plot.bottom(), Theme.CUT_PEN);
      }
      s.endGroup();
    }
    s.popClip();
    if (p.colouring() != null) {
      strip(s, layout, f, colours);
    }
    labels(s, layout, f, o.leafAxisTitle());
    f.axis.paint(s, f.plot, f::heightPixel);
    if (f.legend != null) {
      f.legend.paint(s, f.legendBox.x(), f.legendBox.y(), f.legendBox.width(), f.legendBox.height());
    }
  }

  /** The pens of the links: by cluster under a cut, else one colour. */
  private static final class LinkColours {
    private final CutColouring colouring;
    private final Palette palette;
    private final Pen plain;
    private final Pen[] byCluster;

    LinkColours(CutColouring colouring, Palette palette, double width) {
      this.colouring = colouring;
      this.palette = palette;
      plain = Pen.solid(colouring == null ? Theme.LINK : Theme.UNCLUSTERED, width);
      byCluster = new Pen[colouring == null ? 0 : colouring.clusterCount()];
    }

    Pen of(int id) {
      int c = colouring == null ? -1 : colouring.clusterOf(id);
      if (c < 0) {
        return plain;
      }
      if (byCluster[c] == null) {
        byCluster[c] = Pen.solid(palette.color(c), plain.width());
      }
      return byCluster[c];
    }
  }

  /** Fills xs, ys with the four pixels of merge t's U. */
  static void linkPoints(DendrogramLayout layout, DendrogramFrame f, int t, double[] xs, double[] ys) {
    Dendrogram tree = layout.tree();
    int a = tree.left(t);
    int b = tree.right(t);
    double ca = layout.coordinate(a);
    double cb = layout.coordinate(b);
    double ht = tree.height(t);
    double[] c = {ca, ca, cb, cb};
    double[] v = {layout.top(a), ht, ht, layout.top(b)};
    for (int i = 0; i < 4; i++) {
      xs[i] = f.x(c[i], v[i]);
      ys[i] = f.y(c[i], v[i]);
    }
  }

  /** @return whether merge t's link can reach into the view */
  static boolean inView(DendrogramLayout layout, DendrogramFrame f, int t) {
    Dendrogram tree = layout.tree();
    double ca = layout.coordinate(tree.left(t));
    double cb = layout.coordinate(tree.right(t));
    double ht = tree.height(t);
    double low = Math.min(ht, Math.min(layout.top(tree.left(t)), layout.top(tree.right(t))));
    double high = Math.max(ht, Math.max(layout.top(tree.left(t)), layout.top(tree.right(t))));
    return Math.max(ca, cb) >= f.view.leafLo() - 1 && Math.min(ca, cb) <= f.view.leafHi() + 1
        && high >= f.view.heightLo() && low <= f.view.heightHi();
  }

  private static void links(Surface s, DendrogramLayout layout, DendrogramFrame f, LinkColours colours) {
    int n = layout.rows();
    int first = layout.firstMerge();
    // walk down from the root: skip subtrees outside the view, and draw a subtree narrower than a pixel as one
    // line from its leaves to its top (the same pixels, a fraction of the work for large trees)
    boolean[] whole = new boolean[n - 1 - first];
    int[] thin = new int[whole.length];
    int thinCount = 0;
    int[] stack = new int[whole.length + 1];
    int depth = 0;
    if (n > 1) {
      stack[depth++] = n - 2;
    }
    double slot = f.slot();
    int drawn = 0;
    while (depth > 0) {
      int t = stack[--depth];
      double lo = layout.spanLo(t);
      double hi = layout.spanHi(t);
      if (hi < f.view.leafLo() - 1 || lo > f.view.leafHi() + 1) {
        continue;
      }
      if ((hi - lo) * slot < 1) {
        thin[thinCount++] = t;
        continue;
      }
      whole[t - first] = true;
      drawn++;
      for (int child : new int[] {layout.tree().left(t), layout.tree().right(t)}) {
        if (child >= n + first) {
          stack[depth++] = child - n;
        }
      }
    }
    double[] xs = new double[4];
    double[] ys = new double[4];
    s.beginGroup("links");
    s.setAntialiasing(drawn <= SMOOTH_LINKS);
    for (int t = first; t < n - 1; t++) {
      if (whole[t - first] && inView(layout, f, t)) {
        linkPoints(layout, f, t, xs, ys);
        s.polyline(xs, ys, 4, colours.of(n + t));
      }
    }
    for (int i = 0; i < thinCount; i++) {
      int t = thin[i];
      double c = (layout.spanLo(t) + layout.spanHi(t)) / 2;
      double v = layout.tree().height(t);
      s.line(f.x(c, 0), f.y(c, 0), f.x(c, v), f.y(c, v), colours.of(n + t));
    }
    s.setAntialiasing(true);
    s.endGroup();
    if (layout.isTruncated()) {
      s.beginGroup("collapsed");
      for (int i = f.labels.first(); i <= f.labels.last(); i++) {
        int id = layout.leafId(i);
        if (id >= n) {
          double c = layout.coordinate(id);
          Pen pen = colours.of(id);
          s.line(f.x(c, layout.top(id)), f.y(c, layout.top(id)), f.x(c, 0), f.y(c, 0),
              new Pen(pen.color(), pen.width(), Pen.Dash.DOTTED));
        }
      }
      s.endGroup();
    }
    if (layout.inversions() > 0) {
      s.beginGroup("inversions");
      for (int t = layout.firstMerge(); t < n - 1; t++) {
        if (layout.isInversion(t) && inView(layout, f, t)) {
          double c = layout.coordinate(n + t);
          double v = layout.tree().height(t);
          s.circle(f.x(c, v), f.y(c, v), 3.5, Theme.BACKGROUND, colours.of(n + t).withWidth(1.3));
        }
      }
      s.endGroup();
    }
  }

  /** Coloured runs along the leaf edge, one per cluster (clusters are contiguous in the leaf order). */
  private static void strip(Surface s, DendrogramLayout layout, DendrogramFrame f, LinkColours colours) {
    s.beginGroup("clusters");
    boolean top = f.orientation == Orientation.TOP;
    double lo = top ? f.plot.x() : f.plot.y();
    double hi = top ? f.plot.right() : f.plot.bottom();
    double across = f.leafEdge() + DendrogramFrame.STRIP_GAP;
    int first = (int) Math.max(0, Math.floor(f.view.leafLo()));
    int last = (int) Math.min(layout.leafCount() - 1, Math.ceil(f.view.leafHi()));
    for (int i = first; i <= last; ) {
      Color color = colours.of(layout.leafId(i)).color();
      int j = i;
      while (j < last && sameCluster(layout, colours, i, j + 1)) {
        j++;
      }
      double a = Math.max(lo, f.leafPixel(i - 0.5) + 0.75);
      double b = Math.min(hi, f.leafPixel(j + 0.5) - 0.75);
      if (b > a) {
        if (top) {
          s.rect(a, across, b - a, DendrogramFrame.STRIP, color, null);
        } else {
          s.rect(across, a, DendrogramFrame.STRIP, b - a, color, null);
        }
      }
      i = j + 1;
    }
    s.endGroup();
  }

  private static boolean sameCluster(DendrogramLayout layout, LinkColours colours, int i, int j) {
    int a = colours.colouring.clusterOf(layout.leafId(i));
    return a >= 0 && a == colours.colouring.clusterOf(layout.leafId(j));
  }

  private static void labels(Surface s, DendrogramLayout layout, DendrogramFrame f, String leafAxisTitle) {
    DendrogramFrame.LabelPlan plan = f.labels;
    TextStyle style = Theme.LABEL.withSize(plan.size());
    TextStyle muted = style.withColor(Theme.MUTED);
    boolean top = f.orientation == Orientation.TOP;
    double across = f.leafEdge() + f.labelOffset;
    s.beginGroup("labels");
    for (int i = (plan.first() + plan.step() - 1) / plan.step() * plan.step(); i <= plan.last(); i += plan.step()) {
      boolean collapsed = layout.leafId(i) >= layout.rows();
      String text = TextMeasure.ellipsize(layout.leafText(i), style, plan.room());
      double along = f.leafPixel(i);
      TextStyle st = collapsed ? muted : style;
      if (!top) {
        s.text(text, across, along, st, Anchor.LEFT, 0);
      } else if (plan.rotated()) {
        s.text(text, along, across, st, Anchor.RIGHT, -90);
      } else {
        s.text(text, along, across, st, Anchor.TOP, 0);
      }
    }
    s.endGroup();
    if (!leafAxisTitle.isEmpty()) {
      s.beginGroup("leaf-axis");
      if (top) {
        s.text(TextMeasure.ellipsize(leafAxisTitle, Theme.AXIS_TITLE, f.plot.width()),
            f.plot.x() + f.plot.width() / 2, across + plan.extent() + 6, Theme.AXIS_TITLE, Anchor.TOP, 0);
      } else {
        s.text(TextMeasure.ellipsize(leafAxisTitle, Theme.AXIS_TITLE, Math.max(plan.extent(), 40)), across,
            f.plot.y() - 4, Theme.AXIS_TITLE, Anchor.BOTTOM_LEFT, 0);
      }
      s.endGroup();
    }
  }
}
