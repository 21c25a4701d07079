package org.clustermodels.core.render;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Images side by side in a grid, for comparing versions of one picture (e.g. a photograph and its colour
 * quantisations for several k): a title and subtitle, then one panel per image, each with an optional palette
 * strip directly below the image, a bold caption and a detail line (the captions of a row line up). Images are
 * drawn pixel for pixel (no smoothing), scaled down only when wider than the maximum image width. Immutable.
 */
public final class ImageGallery implements Plot {
  /** Default maximum width of an image in the gallery, in pixels. */
  public static final int DEFAULT_MAX_IMAGE_WIDTH = 480;

  private static final double GAP = 18;
  private static final double STRIP = 14;
  private static final TextStyle CAPTION = new TextStyle(12.5, true, Theme.TEXT);
  private static final TextStyle DETAIL = Theme.SUBTITLE;

  /**
   * One image of the gallery.
   *
   * @param image the image
   * @param caption the first line below it, e.g. "k = 16"; may be empty
   * @param detail the second line, e.g. "4 bits per pixel, PSNR 31.0 dB"; may be empty
   * @param palette colours ({@code 0xRRGGBB}) shown as a strip of equal swatches directly below the image, most
   *     often the image's palette; empty for none
   */
  public record Panel(RgbImage image, String caption, String detail, int[] palette) {
    /**
     * Checks for nulls and copies the palette.
     *
     * @throws NullPointerException if an argument is null
     */
    public Panel {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(detail, "detail");
      palette = palette.clone();
    }

    /** @return a copy of the palette */
    @Override
    public int[] palette() {
      return palette.clone();
    }
  }

  private final String title;
  private final String subtitle;
  private final List<Panel> panels;
  private final int columns;
  private final int maxImageWidth;

  private ImageGallery(String title, String subtitle, List<Panel> panels, int columns, int maxImageWidth) {
    this.title = title;
    this.subtitle = subtitle;
    this.panels = panels;
    this.columns = columns;
    this.maxImageWidth = maxImageWidth;
  }

  /**
   * @param title the title, empty for none
   * @param panels the images, at least one
   * @return a gallery of them, three per row, no subtitle
   * @throws IllegalArgumentException if there is no panel
   */
  public static ImageGallery of(String title, List<Panel> panels) {
    if (panels.isEmpty()) {
      throw new IllegalArgumentException("a gallery needs at least one image");
    }
    return new ImageGallery(Objects.requireNonNull(title, "title"), "", List.copyOf(panels), 3,
        DEFAULT_MAX_IMAGE_WIDTH);
  }

  /**
   * @param subtitle the line below the title, empty for none
   * @return this gallery with that subtitle
   */
  public ImageGallery withSubtitle(String subtitle) {
    return new ImageGallery(title, Objects.requireNonNull(subtitle, "subtitle"), panels, columns, maxImageWidth);
  }

  /**
   * @param columns panels per row, at least 1
   * @return this gallery wrapped after that many panels
   * @throws IllegalArgumentException if columns &lt; 1
   */
  public ImageGallery withColumns(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("columns must be >= 1, got " + columns);
    }
    return new ImageGallery(title, subtitle, panels, columns, maxImageWidth);
  }

  /**
   * @param maxImageWidth the widest an image is drawn, at least 16 pixels; wider images are scaled down
   * @return this gallery with that limit
   * @throws IllegalArgumentException if the limit is below 16
   */
  public ImageGallery withMaxImageWidth(int maxImageWidth) {
    if (maxImageWidth < 16) {
      throw new IllegalArgumentException("maxImageWidth must be >= 16, got " + maxImageWidth);
    }
    return new ImageGallery(title, subtitle, panels, columns, maxImageWidth);
  }

  /** @return panels per row actually used */
  public int columns() {
    return Math.min(columns, panels.size());
  }

  private int rows() {
    return (panels.size() + columns() - 1) / columns();
  }

  /** The scale of an image at the preferred size: 1, or less for an image wider than the limit. */
  private double imageScale(Panel p) {
    return Math.min(1, maxImageWidth / (double) p.image().width());
  }

  private double cellWidth() {
    double w = 0;
    for (Panel p : panels) {
      w = Math.max(w, p.image().width() * imageScale(p));
    }
    return Math.max(w, 120);
  }

  private double imageHeight() {
    double h = 0;
    for (Panel p : panels) {
      h = Math.max(h, p.image().height() * imageScale(p));
    }
    return h;
  }

  private double textHeight() {
    return 6 + TextMeasure.lineHeight(CAPTION) + 2 + TextMeasure.lineHeight(DETAIL);
  }

  private boolean anyPalette() {
    return panels.stream().anyMatch(p -> p.palette().length > 0);
  }

  private double belowImage() {
    return (anyPalette() ? STRIP + 2 : 0) + textHeight();
  }

  @Override
  public int width() {
    return (int) Math.ceil(2 * Theme.MARGIN + columns() * cellWidth() + (columns() - 1) * GAP);
  }

  @Override
  public int height() {
    double top = Theme.titles(null, width(), 0, title, subtitle);
    return (int) Math.ceil(top + rows() * (imageHeight() + belowImage()) + (rows() - 1) * GAP + Theme.MARGIN);
  }

  @Override
  public void paint(Surface s, double w, double h) {
    double top = Theme.titles(s, w, h, title, subtitle);
    // images scale with the room given (the preferred size draws them at their own scale); text does not
    double fixed = top + rows() * belowImage() + (rows() - 1) * GAP + Theme.MARGIN;
    double fx = (w - 2 * Theme.MARGIN - (columns() - 1) * GAP) / (columns() * cellWidth());
    double fy = (h - fixed) / (rows() * imageHeight());
    double f = Math.max(0.05, Math.min(fx, fy));
    double cellW = cellWidth() * f;
    double cellH = imageHeight() * f + belowImage();
    for (int i = 0; i < panels.size(); i++) {
      Panel p = panels.get(i);
      double x = Theme.MARGIN + (i % columns()) * (cellW + GAP);
      double y = top + (i / columns()) * (cellH + GAP);
      double iw = p.image().width() * imageScale(p) * f;
      double ih = p.image().height() * imageScale(p) * f;
      s.beginGroup("panel");
      s.image(p.image(), x, y, iw, ih);
      int[] palette = p.palette();
      double sw = iw / Math.max(1, palette.length);
      for (int c = 0; c < palette.length; c++) {
        s.rect(x + c * sw, y + ih + 2, sw, STRIP, new Color(palette[c] & 0xFFFFFF), null);
      }
      // captions line up across a row whether or not a panel has a palette
      double below = y + imageHeight() * f + (anyPalette() ? STRIP + 2 : 0);
      double room = Math.max(iw, cellW);
      double ty = below + 6;
      s.text(TextMeasure.ellipsize(p.caption(), CAPTION, room), x, ty, CAPTION, Anchor.TOP_LEFT, 0);
      ty += TextMeasure.lineHeight(CAPTION) + 2;
      s.text(TextMeasure.ellipsize(p.detail(), DETAIL, room), x, ty, DETAIL, Anchor.TOP_LEFT, 0);
      s.endGroup();
    }
  }

  @Override
  public String toString() {
    return "ImageGallery[" + panels.size() + " images, " + columns() + " per row]";
  }
}
