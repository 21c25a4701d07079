package org.clustermodels.core.quantize;

import java.nio.file.Path;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Colour quantisation of a PNG image from file to figures, the pipeline the command line, Weka and KNIME share:
 * read the PNG as opaque 8-bit RGB pixels ({@link PngPixels}), collapse them to their distinct colours
 * ({@link ColorTable}), quantise to k colours ({@link ColorQuantizer}) as often as asked, and return each result
 * as a {@link QuantizedImage} with its figures, PNG and palette strip.
 *
 * <pre>{@code
 * ImageQuantizer image = ImageQuantizer.read(Path.of("photo.png"), "-i");
 * QuantizedImage q = image.quantize(QuantizeParams.of(16), "-k", ProgressMonitor.none());
 * q.write(Path.of("photo-16.png"), "-o", Path.of("palette.png"), "-palette");
 * }</pre>
 *
 * <p>Messages start with what named the file or the palette size (an option such as {@code -i}, a setting's
 * name), given by the caller. Immutable; {@link #quantize} may be called from several threads.
 */
public final class ImageQuantizer {
  private final PngPixels image;
  private final ColorTable colors;

  private ImageQuantizer(PngPixels image, ColorTable colors) {
    this.image = image;
    this.colors = colors;
  }

  /**
   * Reads a PNG file and counts its colours.
   *
   * @param file the file
   * @param name what named it, for messages
   * @return the pipeline on that image
   * @throws IllegalArgumentException if the file is missing, not a PNG, cannot be decoded or is transparent
   * @throws java.io.UncheckedIOException if it cannot be read
   * @see PngPixels#read
   */
  public static ImageQuantizer read(Path file, String name) {
    return of(PngPixels.read(file, name));
  }

  /**
   * @param image an image already read
   * @return the pipeline on that image (its colours counted)
   */
  public static ImageQuantizer of(PngPixels image) {
    return new ImageQuantizer(image, ColorTable.of(image.toMatrix(), PngPixels.MAX_VALUE));
  }

  /** @return the image */
  public PngPixels image() {
    return image;
  }

  /** @return its distinct colours with their pixel counts */
  public ColorTable colors() {
    return colors;
  }

  /** @return the number of distinct colours, the largest possible palette size */
  public int distinctColors() {
    return colors.size();
  }

  /**
   * Checks that the image has at least k distinct colours.
   *
   * @param what the palette size as the user gave it, e.g. {@code "-k 5"}
   * @param k the palette size
   * @throws IllegalArgumentException if k exceeds the number of distinct colours, naming {@code what}, the file
   *     and the count
   */
  public void requirePaletteSize(String what, int k) {
    if (k > colors.size()) {
      throw new IllegalArgumentException(what + " is larger than the number of distinct colours in '"
          + image.source() + "' (" + colors.size() + "); a palette cannot have more colours than the image");
    }
  }

  /**
   * Quantises the image.
   *
   * @param params k, sample size, seed, restarts, threads
   * @param name what named k (e.g. {@code -k}), for the message when k is too large
   * @param monitor progress and cancellation
   * @return the quantised image
   * @throws IllegalArgumentException if k exceeds the number of distinct colours
   */
  public QuantizedImage quantize(QuantizeParams params, String name, ProgressMonitor monitor) {
    requirePaletteSize(name + " " + params.numColors(), params.numColors());
    return new QuantizedImage(image, new ColorQuantizer().quantize(colors, params, monitor));
  }

  @Override
  public String toString() {
    return "ImageQuantizer[" + image.source() + ", " + image.width() + " x " + image.height() + ", "
        + colors.size() + " colours]";
  }
}
