package org.clustermodels.core.render;

import java.awt.Color;
import java.util.List;

/**
 * A legend column: a bold heading, an optional second line, and items with a marker (a colour swatch, a ring, a
 * dot, or a solid or dashed line). When the items do not fit the height given, the last shown line says how many
 * more there are.
 */
final class Legend {
  /** The marker drawn before an item's text. */
  enum Marker { SWATCH, RING, DOT, LINE, DASHED_LINE }

  /**
   * One line of the legend.
   *
   * @param color the marker's colour
   * @param marker the marker
   * @param text the text
   */
  record Item(Color color, Marker marker, String text) {
    /**
     * @param color the swatch or ring colour
     * @param ring whether the marker is a ring (else a filled square)
     * @param text the text
     */
    Item(Color color, boolean ring, String text) {
      this(color, ring ? Marker.RING : Marker.SWATCH, text);
    }
  }

  private static final double SWATCH = 11;
  private static final double ROW = 18;

  private final String heading;
  private final String note;
  private final List<Item> items;

  Legend(String heading, String note, List<Item> items) {
    this.heading = heading;
    this.note = note;
    this.items = List.copyOf(items);
  }

  /** @return the width the legend needs, at most maxWidth (longer texts are shortened) */
  double width(double maxWidth) {
    double w = Math.max(TextMeasure.width(heading, Theme.LEGEND_HEADING), TextMeasure.width(note, Theme.LEGEND));
    for (Item item : items) {
      w = Math.max(w, SWATCH + 6 + TextMeasure.width(item.text(), Theme.LEGEND));
    }
    w = Math.max(w, SWATCH + 6 + TextMeasure.width(more(items.size()), Theme.LEGEND));
    return Math.min(w, maxWidth);
  }

  /**
   * @param maxItems the most items to make room for
   * @return the height the legend needs to show that many of its items (or all, if fewer)
   */
  double height(int maxItems) {
    double line = TextMeasure.lineHeight(Theme.LEGEND);
    return line + 3 + (note.isEmpty() ? 0 : line + 3) + 4 + ROW * Math.max(1, Math.min(maxItems, items.size()));
  }

  private static String more(int count) {
    return "\u2026 and " + count + " more";
  }

  /** Paints the legend with its top-left corner at (x, y) in a column width x height. */
  void paint(Surface s, double x, double y, double width, double height) {
    s.beginGroup("legend");
    double bottom = y + height;
    double line = TextMeasure.lineHeight(Theme.LEGEND);
    s.text(TextMeasure.ellipsize(heading, Theme.LEGEND_HEADING, width), x, y, Theme.LEGEND_HEADING,
        Anchor.TOP_LEFT, 0);
    y += line + 3;
    if (!note.isEmpty()) {
      s.text(TextMeasure.ellipsize(note, Theme.LEGEND, width), x, y, Theme.LEGEND.withColor(Theme.MUTED),
          Anchor.TOP_LEFT, 0);
      y += line + 3;
    }
    y += 4;
    int rows = (int) Math.max(1, Math.floor((bottom - y) / ROW));
    int shown = items.size() <= rows ? items.size() : Math.max(0, rows - 1);
    double textRoom = width - SWATCH - 6;
    for (int i = 0; i < shown; i++) {
      Item item = items.get(i);
      double cy = y + ROW * i + SWATCH / 2;
      marker(s, item, x, cy);
      s.text(TextMeasure.ellipsize(item.text(), Theme.LEGEND, textRoom), x + SWATCH + 6, cy, Theme.LEGEND,
          Anchor.LEFT, 0);
    }
    if (shown < items.size()) {
      s.text(more(items.size() - shown), x + SWATCH + 6, y + ROW * shown + SWATCH / 2,
          Theme.LEGEND.withColor(Theme.MUTED), Anchor.LEFT, 0);
    }
    s.endGroup();
  }

  private static void marker(Surface s, Item item, double x, double cy) {
    switch (item.marker()) {
      case SWATCH -> s.rect(x, cy - SWATCH / 2, SWATCH, SWATCH, item.color(), null);
      case RING -> s.circle(x + SWATCH / 2, cy, SWATCH / 2 - 1.5, Theme.BACKGROUND, Pen.solid(item.color(), 1.5));
      case DOT -> s.circle(x + SWATCH / 2, cy, SWATCH / 2 - 2, item.color(), null);
      case LINE -> s.line(x, cy, x + SWATCH, cy, Pen.solid(item.color(), 2));
      case DASHED_LINE -> s.line(x, cy, x + SWATCH, cy, new Pen(item.color(), 1.3, Pen.Dash.DASHED));
    }
  }
}
