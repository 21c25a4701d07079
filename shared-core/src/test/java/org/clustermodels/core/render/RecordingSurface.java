package org.clustermodels.core.render;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** A test surface that keeps every text with the box it covers on screen; other drawing is counted only. */
final class RecordingSurface implements Surface {
  /**
   * A text as drawn.
   *
   * @param text the text
   * @param box the screen box it covers (exact for angles that are multiples of 90 degrees)
   * @param group the innermost open group
   */
  record Text(String text, Rectangle2D box, String group) {
  }

  final List<Text> texts = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  int lines;
  int polylines;
  int clips;

  @Override
  public void line(double x1, double y1, double x2, double y2, Pen pen) {
    lines++;
  }

  @Override
  public void polyline(double[] xs, double[] ys, int count, Pen pen) {
    polylines++;
  }

  @Override
  public void rect(double x, double y, double width, double height, Color fill, Pen pen) {
    // not recorded
  }

  @Override
  public void circle(double cx, double cy, double radius, Color fill, Pen pen) {
    // not recorded
  }

  @Override
  public void text(String text, double x, double y, TextStyle style, Anchor anchor, double angle) {
    double w = textWidth(text, style);
    double baseline = anchor.baselineOffset(style);
    // the glyph box in the text's own frame: from the ascent above the baseline to the descent below it
    Rectangle2D local = new Rectangle2D.Double(-anchor.horizontal() * w, baseline - TextMeasure.ascent(style), w,
        TextMeasure.lineHeight(style));
    AffineTransform toScreen = AffineTransform.getTranslateInstance(x, y);
    toScreen.rotate(Math.toRadians(angle));
    texts.add(new Text(text, toScreen.createTransformedShape(local).getBounds2D(),
        groups.isEmpty() ? "" : groups.get(groups.size() - 1)));
  }

  @Override
  public void pushClip(double x, double y, double width, double height) {
    clips++;
  }

  @Override
  public void popClip() {
    clips--;
  }

  @Override
  public void beginGroup(String name) {
    groups.add(name);
  }

  @Override
  public void endGroup() {
    groups.remove(groups.size() - 1);
  }

  /** @return the texts drawn in a group */
  List<Text> textsIn(String group) {
    return texts.stream().filter(t -> t.group().equals(group)).toList();
  }

  /**
   * @return a description of the first pair of texts whose boxes overlap by more than half a pixel, or null
   */
  String firstOverlap() {
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Rectangle2D a = texts.get(i).box();
        Rectangle2D b = texts.get(j).box();
        Rectangle2D both = a.createIntersection(b);
        if (both.getWidth() > 0.5 && both.getHeight() > 0.5) {
          return "\"" + texts.get(i).text() + "\" " + a + " overlaps \"" + texts.get(j).text() + "\" " + b;
        }
      }
    }
    return null;
  }
}
