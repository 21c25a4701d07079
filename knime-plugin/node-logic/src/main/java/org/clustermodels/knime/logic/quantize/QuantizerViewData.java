package org.clustermodels.knime.logic.quantize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.quantize.PngPixels;
import org.clustermodels.core.quantize.QuantizedImage;
import org.clustermodels.core.quantize.Quantization;
import org.clustermodels.core.render.ImageGallery;
import org.clustermodels.core.render.PaletteStrip;
import org.clustermodels.core.render.PlotFiles;
import org.clustermodels.core.render.RgbImage;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * What the Colour Quantizer's view shows: the original and the quantised image side by side with the palette
 * below the quantised one (the core's {@link ImageGallery}), and the palette strip with each colour's share of the
 * pixels (the core's {@link PaletteStrip}), with the captions the command line's {@code --compare} picture has.
 * The glue keeps it with the node's internals: the captions, palette and shares through {@link #saveTo}, the two
 * images as PNG files ({@value #ORIGINAL_FILE}, {@value #QUANTIZED_FILE}) through {@link #writeImages}, so a large
 * image costs its compressed size, not an XML list of pixels. Immutable.
 *
 * <p>Frozen keys: {@code title}, {@code subtitle}, {@code original_detail}, {@code quantized_caption},
 * {@code quantized_detail}, {@code palette} (0xRRGGBB per colour, most used first), {@code shares}.
 */
public final class QuantizerViewData {
  /** The file of the original image in the internals folder. */
  public static final String ORIGINAL_FILE = "original.png";
  /** The file of the quantised image in the internals folder. */
  public static final String QUANTIZED_FILE = "quantized.png";

  static final String KEY_TITLE = "title";
  static final String KEY_SUBTITLE = "subtitle";
  static final String KEY_ORIGINAL_DETAIL = "original_detail";
  static final String KEY_QUANTIZED_CAPTION = "quantized_caption";
  static final String KEY_QUANTIZED_DETAIL = "quantized_detail";
  static final String KEY_PALETTE = "palette";
  static final String KEY_SHARES = "shares";

  private final RgbImage original;
  private final RgbImage quantized;
  private final int[] palette;
  private final double[] shares;
  private final String[] texts;

  private QuantizerViewData(RgbImage original, RgbImage quantized, int[] palette, double[] shares, String[] texts) {
    this.original = original;
    this.quantized = quantized;
    this.palette = palette;
    this.shares = shares;
    this.texts = texts;
  }

  static QuantizerViewData of(QuantizedImage image, int distinctColors, QuantizerNodeSettings settings) {
    Quantization q = image.quantization();
    int[] counts = q.pixelCounts();
    double[] shares = new double[counts.length];
    for (int c = 0; c < counts.length; c++) {
      shares[c] = counts[c] / (double) q.pixels();
    }
    String sampled = q.fitPixels() < q.pixels() ? String.format(Locale.ROOT, "k-means on %,d sampled pixels",
        q.fitPixels()) : "k-means on every pixel";
    String psnr = image.mse() == 0 ? "lossless" : String.format(Locale.ROOT, "PSNR %.1f dB", image.psnr());
    String[] texts = {
        "Colour quantisation of " + settings.input().getFileName() + " with k-means",
        String.format(Locale.ROOT, "%d x %d pixels; each pixel replaced by its nearest palette colour (%s, seed %d); "
            + "palette most used first", image.width(), image.height(), sampled,
            settings.seed()),
        String.format(Locale.ROOT, "%d bits per pixel, %,d colours", image.bitsPerPixelBefore(), distinctColors),
        "k = " + image.paletteSize(),
        String.format(Locale.ROOT, "%d bits per pixel, MSE %.1f, %s", image.bitsPerPixelAfter(), image.mse(), psnr)};
    return new QuantizerViewData(image.original().toRgbImage(), image.toRgbImage(), image.palette(), shares, texts);
  }

  /** @return the original and the quantised image side by side, the palette below the quantised one */
  public ImageGallery gallery() {
    return ImageGallery.of(texts[0], List.of(new ImageGallery.Panel(original, "original", texts[2], new int[0]),
        new ImageGallery.Panel(quantized, texts[3], texts[4], palette))).withColumns(2).withSubtitle(texts[1]);
  }

  /** @return the palette as swatches with their #rrggbb codes and pixel shares, most used first */
  public PaletteStrip paletteStrip() {
    return PaletteStrip.of(palette).withShares(shares);
  }

  /** @return the palette size */
  public int paletteSize() {
    return palette.length;
  }

  /**
   * Writes the captions, palette and shares.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_TITLE, texts[0]);
    writer.putString(KEY_SUBTITLE, texts[1]);
    writer.putString(KEY_ORIGINAL_DETAIL, texts[2]);
    writer.putString(KEY_QUANTIZED_CAPTION, texts[3]);
    writer.putString(KEY_QUANTIZED_DETAIL, texts[4]);
    writer.putIntArray(KEY_PALETTE, palette);
    writer.putDoubleArray(KEY_SHARES, shares);
  }

  /**
   * Writes the two images as PNG files into a folder, both or neither ({@link PlotFiles#writeAllAtomically}).
   *
   * @param dir the folder, e.g. the node's internals folder
   * @throws IOException if writing fails
   */
  public void writeImages(Path dir) throws IOException {
    PlotFiles.writeAllAtomically(List.of(dir.resolve(ORIGINAL_FILE), dir.resolve(QUANTIZED_FILE)),
        List.of(original::writePng, quantized::writePng));
  }

  /**
   * @param reader the captions, palette and shares written by {@link #saveTo}
   * @param dir the folder the images were written to by {@link #writeImages}
   * @return the view's data
   * @throws SettingsException if a key is missing, an image cannot be read, or the values do not fit together
   */
  public static QuantizerViewData loadFrom(SettingsReader reader, Path dir) throws SettingsException {
    String[] texts = {reader.getString(KEY_TITLE), reader.getString(KEY_SUBTITLE),
        reader.getString(KEY_ORIGINAL_DETAIL), reader.getString(KEY_QUANTIZED_CAPTION),
        reader.getString(KEY_QUANTIZED_DETAIL)};
    int[] palette = reader.getIntArray(KEY_PALETTE);
    double[] shares = reader.getDoubleArray(KEY_SHARES);
    if (palette.length == 0 || shares.length != palette.length) {
      throw new SettingsException("The quantizer view data is invalid: " + palette.length + " palette colours and "
          + shares.length + " shares.");
    }
    RgbImage original = read(dir.resolve(ORIGINAL_FILE));
    RgbImage quantized = read(dir.resolve(QUANTIZED_FILE));
    if (original.width() != quantized.width() || original.height() != quantized.height()) {
      throw new SettingsException("The quantizer view's images differ in size: " + original + " and " + quantized
          + ".");
    }
    return new QuantizerViewData(original, quantized, palette, shares, texts);
  }

  private static RgbImage read(Path file) throws SettingsException {
    try {
      return PngPixels.read(file, "The quantizer view's image").toRgbImage();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new SettingsException(e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuantizerViewData v && Arrays.equals(v.texts, texts) && Arrays.equals(v.palette, palette)
        && Arrays.equals(v.shares, shares) && sameImage(v.original, original) && sameImage(v.quantized, quantized);
  }

  private static boolean sameImage(RgbImage a, RgbImage b) {
    if (a.width() != b.width() || a.height() != b.height()) {
      return false;
    }
    for (int y = 0; y < a.height(); y++) {
      for (int x = 0; x < a.width(); x++) {
        if ((a.rgb(x, y) & 0xFFFFFF) != (b.rgb(x, y) & 0xFFFFFF)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(texts) * 31 + Arrays.hashCode(palette);
  }
}
