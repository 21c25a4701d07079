package org.clustermodels.core.render;

import java.util.function.DoubleUnaryOperator;

/**
 * A value axis beside a plot box: nice ticks whose labels never overlap, tick marks, light grid lines across the
 * box and a title. On the {@link Side#LEFT} the values run up the box, on the {@link Side#BOTTOM} along it (either
 * way round: the caller's mapping decides).
 */
final class Axis {
  /** Where the axis sits. */
  enum Side { LEFT, BOTTOM }

  private static final double TICK_LENGTH = 5;
  private static final double GAP = 3;

  private final Side side;
  private final AxisTicks ticks;
  private final String title;

  Axis(Side side, AxisTicks ticks, String title) {
    this.side = side;
    this.ticks = ticks;
    this.title = title;
  }

  /**
   * Chooses ticks for a range shown over a length in pixels, as many as fit with labels apart.
   *
   * @param loose whether the range may grow to the enclosing ticks (else ticks inside [lo, hi])
   * @param minStep the smallest step (1 for counts), or 0
   */
  static AxisTicks fit(Side side, double lo, double hi, double length, boolean loose, double minStep) {
    double need = side == Side.LEFT ? 2.4 * TextMeasure.lineHeight(Theme.TICK) : 0;
    for (int max = Math.max(2, (int) (length / 40)); ; max--) {
      AxisTicks t = loose ? AxisTicks.loose(lo, hi, max) : AxisTicks.within(lo, hi, max, minStep);
      if (max == 2) {
        return t;
      }
      double spacing = length * t.step() / Math.max(t.upper() - t.lower(), Double.MIN_NORMAL);
      double room = side == Side.LEFT ? need : widestLabel(t) + 12;
      if (spacing >= room) {
        return t;
      }
    }
  }

  private static double widestLabel(AxisTicks t) {
    double w = 0;
    for (int i = 0; i < t.count(); i++) {
      w = Math.max(w, TextMeasure.width(t.label(i), Theme.TICK));
    }
    return w;
  }

  AxisTicks ticks() {
    return ticks;
  }

  /** @return the axis title */
  String title() {
    return title;
  }

  /** @return the room the axis needs outside the plot box, across the axis, in pixels */
  double thickness() {
    double labels = side == Side.LEFT ? widestLabel(ticks) : TextMeasure.lineHeight(Theme.TICK);
    double titleRoom = title.isEmpty() ? 0 : 8 + TextMeasure.lineHeight(Theme.AXIS_TITLE);
    return TICK_LENGTH + GAP + labels + titleRoom;
  }

  /** @return half the widest tick label: how far a label of the BOTTOM axis may stick out at the ends */
  double overhang() {
    return widestLabel(ticks) / 2;
  }

  /** Paints grid lines across the box at the ticks inside it. */
  void paintGrid(Surface s, Box box, DoubleUnaryOperator toPixel) {
    s.beginGroup("grid");
    for (int i = 0; i < ticks.count(); i++) {
      double p = toPixel.applyAsDouble(ticks.value(i));
      if (side == Side.LEFT && p >= box.y() - 0.5 && p <= box.bottom() + 0.5) {
        s.line(box.x(), p, box.right(), p, Theme.GRID_PEN);
      } else if (side == Side.BOTTOM && p >= box.x() - 0.5 && p <= box.right() + 0.5) {
        s.line(p, box.y(), p, box.bottom(), Theme.GRID_PEN);
      }
    }
    s.endGroup();
  }

  /** Paints the axis line, ticks, labels and title along the box's left or bottom edge. */
  void paint(Surface s, Box box, DoubleUnaryOperator toPixel) {
    s.beginGroup("axis");
    boolean left = side == Side.LEFT;
    double edge = left ? box.x() : box.bottom();
    if (left) {
      s.line(edge, box.y(), edge, box.bottom(), Theme.AXIS_PEN);
    } else {
      s.line(box.x(), edge, box.right(), edge, Theme.AXIS_PEN);
    }
    for (int i = 0; i < ticks.count(); i++) {
      double p = toPixel.applyAsDouble(ticks.value(i));
      if (left ? p < box.y() - 0.5 || p > box.bottom() + 0.5 : p < box.x() - 0.5 || p > box.right() + 0.5) {
        continue;
      }
      if (left) {
        s.line(edge - TICK_LENGTH, p, edge, p, Theme.AXIS_PEN);
        s.text(ticks.label(i), edge - TICK_LENGTH - GAP, p, Theme.TICK, Anchor.RIGHT, 0);
      } else {
        s.line(p, edge, p, edge + TICK_LENGTH, Theme.AXIS_PEN);
        s.text(ticks.label(i), p, edge + TICK_LENGTH + GAP, Theme.TICK, Anchor.TOP, 0);
      }
    }
    if (!title.isEmpty()) {
      double labels = left ? widestLabel(ticks) : TextMeasure.lineHeight(Theme.TICK);
      double at = TICK_LENGTH + GAP + labels + 8;
      double room = left ? box.height() : box.width();
      String text = TextMeasure.ellipsize(title, Theme.AXIS_TITLE, room);
      if (left) {
        s.text(text, edge - at, box.y() + box.height() / 2, Theme.AXIS_TITLE, Anchor.BOTTOM, -90);
      } else {
        s.text(text, box.x() + box.width() / 2, edge + at, Theme.AXIS_TITLE, Anchor.TOP, 0);
      }
    }
    s.endGroup();
  }
}
