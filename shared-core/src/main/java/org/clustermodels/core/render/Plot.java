package org.clustermodels.core.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * A picture that paints itself on any {@link Surface} at any size, with a preferred size for export. The default
 * methods export it as SVG or PNG; file writers go through a temporary file in the target directory and an atomic
 * move, so a reader never sees a half-written picture. Implementations are immutable.
 */
public interface Plot {
  /** @return the preferred (export) width in pixels */
  int width();

  /** @return the preferred (export) height in pixels */
  int height();

  /**
   * Paints the whole picture, background included, into the rectangle (0, 0, width, height).
   *
   * @param surface where to draw
   * @param width the width in pixels
   * @param height the height in pixels
   */
  void paint(Surface surface, double width, double height);

  /** @return the picture as an SVG document at its preferred size */
  default String toSvg() {
    SvgSurface svg = new SvgSurface(width(), height());
    paint(svg, width(), height());
    return svg.toSvg();
  }

  /**
   * @param scale pixels per picture pixel (1 for the preferred size, 2 for a sharper picture at twice the size)
   * @return the picture as an RGB image of {@code round(width * scale) x round(height * scale)} pixels
   * @throws IllegalArgumentException if scale is not positive or the image would exceed 2^28 pixels
   */
  default BufferedImage toImage(double scale) {
    return PlotFiles.render(this, scale);
  }

  /**
   * Writes the picture as UTF-8 SVG, atomically.
   *
   * @param file the target; its directory must exist
   * @throws IOException if writing fails (the target is then unchanged)
   */
  default void writeSvg(Path file) throws IOException {
    PlotFiles.writeAtomically(file, out -> writeSvg(out));
  }

  /**
   * Writes the picture as UTF-8 SVG to a stream (left open).
   *
   * @param out the stream
   * @throws IOException if writing fails
   */
  default void writeSvg(OutputStream out) throws IOException {
    PlotFiles.writeSvg(toSvg(), out);
  }

  /**
   * Writes the picture as PNG at its preferred size, atomically.
   *
   * @param file the target; its directory must exist
   * @throws IOException if writing fails (the target is then unchanged)
   */
  default void writePng(Path file) throws IOException {
    writePng(file, 1);
  }

  /**
   * Writes the picture as PNG, scaled, atomically.
   *
   * @param file the target; its directory must exist
   * @param scale pixels per picture pixel, e.g. 2 for print or high-density screens
   * @throws IOException if writing fails (the target is then unchanged)
   */
  default void writePng(Path file, double scale) throws IOException {
    BufferedImage image = toImage(scale);
    PlotFiles.writeAtomically(file, out -> PlotFiles.writePng(image, out));
  }

  /**
   * Writes the picture as PNG at its preferred size to a stream (left open).
   *
   * @param out the stream
   * @throws IOException if writing fails
   */
  default void writePng(OutputStream out) throws IOException {
    PlotFiles.writePng(toImage(1), out);
  }
}
