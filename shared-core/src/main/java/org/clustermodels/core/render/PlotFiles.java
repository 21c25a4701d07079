package org.clustermodels.core.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;

/**
 * Rendering to images and writing files without leaving half-written ones behind. Public for {@link
 * #writeAtomically}, which other core packages use to write their files the same way.
 */
public final class PlotFiles {
  private static final long MAX_PIXELS = 1L << 28;

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * @param out the stream; closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private PlotFiles() {
  }

  static BufferedImage render(Plot plot, double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("image scale must be positive and finite, got " + scale);
    }
    long w = Math.max(1, Math.round(plot.width() * scale));
    long h = Math.max(1, Math.round(plot.height() * scale));
    if (w * h > MAX_PIXELS) {
      throw new IllegalArgumentException("an image of " + w + " x " + h + " pixels is too large (at most "
          + MAX_PIXELS + " pixels); use a smaller size or scale, or write SVG");
    }
    BufferedImage image = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, (int) w, (int) h);
      g.scale(w / (double) plot.width(), h / (double) plot.height());
      try (Graphics2DSurface surface = new Graphics2DSurface(g)) {
        plot.paint(surface, plot.width(), plot.height());
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  static void writeSvg(String svg, OutputStream out) throws IOException {
    out.write(svg.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * @param image an image
   * @param out where to write it as PNG (flushed, left open)
   * @throws IOException if writing fails or the JDK has no PNG writer
   */
  public static void writePng(BufferedImage image, OutputStream out) throws IOException {
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("this JDK has no PNG writer");
    }
    out.flush();
  }

  /**
   * Writes to a temporary file in the target's directory, then moves it over the target atomically (or, where
   * the file system cannot, with a plain replacing move); the temporary file is deleted on failure.
   *
   * @param file the target; its directory must exist
   * @param content the file's content
   * @throws IOException if the directory does not exist or writing fails (the target is then unchanged)
   */
  public static void writeAtomically(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("cannot write " + file + ": directory " + dir + " does not exist");
    }
    // not Files.createTempFile: its owner-only permissions would end up on the picture
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
    OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    boolean moved = false;
    try {
      try (out) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
