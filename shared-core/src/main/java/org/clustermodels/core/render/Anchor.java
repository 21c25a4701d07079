package org.clustermodels.core.render;

/**
 * Which point of a text's box is placed at the given coordinates, in the text's own (possibly rotated) frame:
 * horizontally its start, middle or end; vertically its top (ascent), the middle of its capital letters, its
 * baseline or its bottom (descent).
 */
public enum Anchor {
  /** Start of the text, top of its ascent. */
  TOP_LEFT(0.0, Vertical.TOP),
  /** Middle of the text, top of its ascent. */
  TOP(0.5, Vertical.TOP),
  /** End of the text, top of its ascent. */
  TOP_RIGHT(1.0, Vertical.TOP),
  /** Start of the text, middle of its capitals. */
  LEFT(0.0, Vertical.MIDDLE),
  /** Middle of the text, middle of its capitals. */
  CENTER(0.5, Vertical.MIDDLE),
  /** End of the text, middle of its capitals. */
  RIGHT(1.0, Vertical.MIDDLE),
  /** Start of the text, on its baseline. */
  BASELINE_LEFT(0.0, Vertical.BASELINE),
  /** Middle of the text, on its baseline. */
  BASELINE(0.5, Vertical.BASELINE),
  /** End of the text, on its baseline. */
  BASELINE_RIGHT(1.0, Vertical.BASELINE),
  /** Start of the text, bottom of its descent. */
  BOTTOM_LEFT(0.0, Vertical.BOTTOM),
  /** Middle of the text, bottom of its descent. */
  BOTTOM(0.5, Vertical.BOTTOM),
  /** End of the text, bottom of its descent. */
  BOTTOM_RIGHT(1.0, Vertical.BOTTOM);

  enum Vertical { TOP, MIDDLE, BASELINE, BOTTOM }

  private final double horizontal;
  private final Vertical vertical;

  Anchor(double horizontal, Vertical vertical) {
    this.horizontal = horizontal;
    this.vertical = vertical;
  }

  /** @return 0 for the start of the text, 0.5 for its middle, 1 for its end */
  public double horizontal() {
    return horizontal;
  }

  /**
   * @param style the text style
   * @return how far below the anchor point the baseline lies, in the text's frame (negative: above)
   */
  double baselineOffset(TextStyle style) {
    return switch (vertical) {
      case TOP -> TextMeasure.ascent(style);
      case MIDDLE -> TextMeasure.capHeight(style) / 2;
      case BASELINE -> 0;
      case BOTTOM -> -TextMeasure.descent(style);
    };
  }
}
