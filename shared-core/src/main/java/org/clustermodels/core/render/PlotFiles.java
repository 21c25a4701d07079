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
import java.util.ArrayList;
import java.util.List;
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
    writeAllAtomically(List.of(file), List.of(content));
  }

  /**
   * Writes several files all or nothing: each is first written completely to a temporary file in its target's
   * directory, and only when all of them are written are they moved over their targets (atomically where the
   * file system can). If writing any of them fails, every temporary file is deleted and no target is created or
   * changed. (What cannot be undone is a move failing after others succeeded; a move within one directory,
   * after the temporary file was created there, practically does not fail.)
   *
   * @param files the targets; their directories must exist
   * @param contents the files' contents, in the same order
   * @throws WriteFailure if a directory does not exist or writing or moving fails, with the failing file's index
   */
  public static void writeAllAtomically(List<Path> files, List<Content> contents) throws WriteFailure {
    if (files.size() != contents.size()) {
      throw new IllegalArgumentException(files.size() + " files but " + contents.size() + " contents");
    }
    List<Path> temps = new ArrayList<>();
    try {
      for (int i = 0; i < files.size(); i++) {
        Path target = files.get(i).toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
          throw new WriteFailure(i, "cannot write " + files.get(i) + ": directory " + dir + " does not exist", null);
        }
        try {
          // not Files.createTempFile: its owner-only permissions would end up on the file
          Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
          OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          temps.add(temp);
          try (out) {
            contents.get(i).writeTo(out);
          }
        } catch (IOException e) {
          throw new WriteFailure(i, e.getMessage(), e);
        }
      }
      for (int i = 0; i < files.size(); i++) {
        Path target = files.get(i).toAbsolutePath();
        try {
          try {
            Files.move(temps.get(i), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temps.get(i), target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new WriteFailure(i, e.getMessage(), e);
        }
        temps.set(i, null);
      }
    } finally {
      for (Path t : temps) {
        if (t != null) {
          try {
            Files.deleteIfExists(t);
          } catch (IOException ignored) {
            // nothing more to do: the target is unchanged
          }
        }
      }
    }
  }

  /** A failure of {@link #writeAllAtomically}: which file (by its index) could not be written. */
  public static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;
    private final int index;

    WriteFailure(int index, String message, Throwable cause) {
      super(message, cause);
      this.index = index;
    }

    /** @return the index of the file that could not be written */
    public int index() {
      return index;
    }
  }
}
