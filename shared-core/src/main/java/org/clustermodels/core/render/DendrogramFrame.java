package org.clustermodels.core.render;

/**
 * Where everything of a dendrogram picture goes in pixels for one size and view: the plot box, the heights axis,
 * the leaf labels (size, rotation, thinning, room), the legend column; and the mapping between data (leaf
 * coordinate, height) and pixels both ways, for painting and for the Swing component's mouse.
 *
 * <p>Leaf labels never overlap: their font shrinks with the room per leaf down to
 * {@link Theme#MIN_LABEL_SIZE}; below that only every {@code step}-th leaf is labelled. Labels longer than the
 * room (30% of the picture across the leaf axis) end in an ellipsis.
 */
final class DendrogramFrame {
  /**
   * How leaf labels are set.
   *
   * @param size font size in pixels
   * @param step label every step-th leaf (1: all)
   * @param rotated whether labels read upwards (TOP orientation only)
   * @param room the longest label in pixels
   * @param extent room across the leaf axis the labels take
   * @param first first leaf in view
   * @param last last leaf in view (below first when none)
   */
  record LabelPlan(double size, int step, boolean rotated, double room, double extent, int first, int last) {
  }

  /** Gap between the plot's leaf edge and the labels, without and with the cluster strip. */
  static final double LABEL_GAP = 5;
  static final double STRIP_GAP = 3;
  static final double STRIP = 6;

  final Orientation orientation;
  final Box plot;
  final DendrogramView view;
  final DendrogramView full;
  final Axis axis;
  final LabelPlan labels;
  final double labelOffset;
  final Legend legend;
  final Box legendBox;
  final double top;

  private DendrogramFrame(Orientation orientation, Box plot, DendrogramView view, DendrogramView full, Axis axis,
      LabelPlan labels, double labelOffset, Legend legend, Box legendBox, double top) {
    this.orientation = orientation;
    this.plot = plot;
    this.view = view;
    this.full = full;
    this.axis = axis;
    this.labels = labels;
    this.labelOffset = labelOffset;
    this.legend = legend;
    this.legendBox = legendBox;
    this.top = top;
  }

  /**
   * Lays out a picture.
   *
   * @param requested the view, or null for the whole tree
   */
  static DendrogramFrame of(DendrogramPlot p, double w, double h, DendrogramView requested) {
    DendrogramLayout layout = p.layout();
    DendrogramPlotOptions o = p.options();
    boolean horizontalRoot = o.orientation() == Orientation.TOP;
    double top = Theme.titles(null, w, h, o.title(), p.subtitle());
    if (!horizontalRoot && !o.leafAxisTitle().isEmpty()) {
      top += TextMeasure.lineHeight(Theme.AXIS_TITLE) + 4;
    }
    Legend legend = p.legend();
    double legendWidth = legend == null ? 0 : legend.width(0.28 * w);
    double right = Theme.MARGIN + (legend == null ? 0 : legendWidth + 18);
    double maxHeight = layout.maxHeight();
    double cut = p.cutLineHeight();
    if (cut > maxHeight && cut <= 1.25 * maxHeight) { // show a cut line a little above the root; not far above
      maxHeight = cut;
    }
    double fullTop = maxHeight > 0 ? maxHeight : 1;
    double leafLo = requested == null ? -0.5 : requested.leafLo();
    double leafHi = requested == null ? layout.leafCount() - 0.5 : requested.leafHi();
    double strip = (p.colouring() == null ? 0 : STRIP_GAP + STRIP) + LABEL_GAP;
    double leafTitle = o.leafAxisTitle().isEmpty() ? 0 : 6 + TextMeasure.lineHeight(Theme.AXIS_TITLE);

    Axis axis;
    LabelPlan plan;
    Box box;
    if (horizontalRoot) {
      double length = h - top - 0.3 * h - Theme.MARGIN;
      box = null;
      axis = null;
      plan = null;
      for (int pass = 0; pass < 2; pass++) {
        AxisTicks ticks = ticks(Axis.Side.LEFT, requested, fullTop, pass == 0 ? length : box.height());
        axis = new Axis(Axis.Side.LEFT, ticks, o.heightAxisTitle());
        double left = Theme.MARGIN + axis.thickness();
        double pw = Math.max(20, w - left - right);
        plan = plan(layout, leafLo, leafHi, pw / (leafHi - leafLo), true, 0.3 * h);
        double ph = Math.max(20, h - top - strip - plan.extent() - leafTitle - Theme.MARGIN);
        box = new Box(left, top, pw, ph);
      }
    } else {
      Axis probe = new Axis(Axis.Side.BOTTOM, AxisTicks.loose(0, fullTop, 5), o.heightAxisTitle());
      double ph = Math.max(20, h - top - Theme.MARGIN - probe.thickness());
      plan = plan(layout, leafLo, leafHi, ph / (leafHi - leafLo), false, 0.3 * w);
      double left = Theme.MARGIN + probe.overhang();
      double pw = Math.max(20, w - left - right - strip - plan.extent());
      box = new Box(left, top, pw, ph);
      axis = new Axis(Axis.Side.BOTTOM, ticks(Axis.Side.BOTTOM, requested, fullTop, pw), o.heightAxisTitle());
    }
    Axis.Side side = horizontalRoot ? Axis.Side.LEFT : Axis.Side.BOTTOM;
    double upper = requested == null ? axis.ticks().upper()
        : Axis.fit(side, 0, fullTop, horizontalRoot ? box.height() : box.width(), true, 0).upper();
    DendrogramView full = new DendrogramView(-0.5, layout.leafCount() - 0.5, 0, upper);
    DendrogramView view = requested == null ? full : requested;
    Box legendBox = legend == null ? null : new Box(w - Theme.MARGIN - legendWidth, top, legendWidth,
        h - top - Theme.MARGIN);
    return new DendrogramFrame(o.orientation(), box, view, full, axis, plan, strip, legend, legendBox, top);
  }

  private static AxisTicks ticks(Axis.Side side, DendrogramView requested, double maxHeight, double length) {
    return requested == null ? Axis.fit(side, 0, maxHeight, length, true, 0)
        : Axis.fit(side, requested.heightLo(), requested.heightHi(), length, false, 0);
  }

  /** Chooses the label font, thinning and rotation for a slot of the given pixels per leaf. */
  private static LabelPlan plan(DendrogramLayout layout, double lo, double hi, double slot, boolean top,
      double cap) {
    int first = (int) Math.max(0, Math.ceil(lo - 1e-9));
    int last = (int) Math.min(layout.leafCount() - 1, Math.floor(hi + 1e-9));
    double ratio = TextMeasure.lineHeight(Theme.LABEL.withSize(10)) / 10;
    double size = Math.min(Theme.MAX_LABEL_SIZE, (slot - 1) / ratio);
    int step = 1;
    if (size < Theme.MIN_LABEL_SIZE) {
      size = Theme.MIN_LABEL_SIZE;
      step = (int) Math.ceil((ratio * size + 1) / slot);
    }
    TextStyle style = Theme.LABEL.withSize(size);
    double widest = 0;
    double widestAtMax = 0;
    for (int i = (first + step - 1) / step * step; i <= last; i += step) {
      widest = Math.max(widest, TextMeasure.width(layout.leafText(i), style));
      widestAtMax = Math.max(widestAtMax, TextMeasure.width(layout.leafText(i), Theme.LABEL));
    }
    if (top && step == 1 && widestAtMax + 4 <= slot) {
      return new LabelPlan(Theme.MAX_LABEL_SIZE, 1, false, widestAtMax, TextMeasure.lineHeight(Theme.LABEL),
          first, last);
    }
    double room = Math.min(widest, cap);
    return new LabelPlan(size, step, top, room, room, first, last);
  }

  /** @return pixels per leaf */
  double slot() {
    return (orientation == Orientation.TOP ? plot.width() : plot.height()) / view.leafSpan();
  }

  /** @return the pixel along the leaf axis of a leaf coordinate */
  double leafPixel(double c) {
    double f = (c - view.leafLo()) / view.leafSpan();
    return orientation == Orientation.TOP ? plot.x() + f * plot.width() : plot.y() + f * plot.height();
  }

  /** @return the pixel along the heights axis of a height */
  double heightPixel(double v) {
    double f = (v - view.heightLo()) / view.heightSpan();
    return orientation == Orientation.TOP ? plot.bottom() - f * plot.height() : plot.right() - f * plot.width();
  }

  /** @return the x pixel of (leaf coordinate, height) */
  double x(double c, double v) {
    return orientation == Orientation.TOP ? leafPixel(c) : heightPixel(v);
  }

  /** @return the y pixel of (leaf coordinate, height) */
  double y(double c, double v) {
    return orientation == Orientation.TOP ? heightPixel(v) : leafPixel(c);
  }

  /** @return the leaf coordinate under a pixel */
  double leafAt(double px, double py) {
    return orientation == Orientation.TOP ? view.leafLo() + (px - plot.x()) / plot.width() * view.leafSpan()
        : view.leafLo() + (py - plot.y()) / plot.height() * view.leafSpan();
  }

  /** @return the height under a pixel */
  double heightAt(double px, double py) {
    return orientation == Orientation.TOP ? view.heightLo() + (plot.bottom() - py) / plot.height()
        * view.heightSpan() : view.heightLo() + (plot.right() - px) / plot.width() * view.heightSpan();
  }

  /** @return the pixel across the leaf axis where the leaf edge of the plot is (labels lie beyond it) */
  double leafEdge() {
    return orientation == Orientation.TOP ? plot.bottom() : plot.right();
  }
}
