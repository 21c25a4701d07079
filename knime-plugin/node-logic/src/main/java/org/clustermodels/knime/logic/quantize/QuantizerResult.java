package org.clustermodels.knime.logic.quantize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.quantize.QuantizedImage;
import org.clustermodels.core.quantize.Quantization;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;

/**
 * What a Colour Quantizer run gives the glue: the palette table (port 0), the figures table (port 1), the view's
 * data and warnings. The tables' columns are fixed, so configure knows them ({@link #paletteColumns()},
 * {@link #figuresColumns()}). Immutable.
 */
public final class QuantizerResult {
  private final QuantizedImage image;
  private final int distinctColors;
  private final QuantizerViewData view;
  private final List<String> warnings;

  QuantizerResult(QuantizedImage image, int distinctColors, QuantizerNodeSettings settings, List<String> warnings) {
    this.image = image;
    this.distinctColors = distinctColors;
    this.view = QuantizerViewData.of(image, distinctColors, settings);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * @return the palette table's columns: "Cluster" (Int, the palette index, most used colour first), "Red",
   *     "Green", "Blue" (Int, 0..255), "Hex" (String, #rrggbb), "Pixels" (Int), "Share" (Double, of all pixels)
   */
  public static List<OutputColumn> paletteColumns() {
    return List.of(OutputColumn.ofInt("Cluster"), OutputColumn.ofInt("Red"), OutputColumn.ofInt("Green"),
        OutputColumn.ofInt("Blue"), OutputColumn.ofString("Hex", List.of()), OutputColumn.ofInt("Pixels"),
        OutputColumn.ofDouble("Share"));
  }

  /**
   * @return the figures table's columns: "Width", "Height", "Pixels", "Distinct colours", "Palette size", "Bits per
   *     pixel before", "Bits per pixel after" (Int), "MSE", "PSNR (dB)" (Double; missing when the image is
   *     reproduced exactly), "Lossless" (Boolean)
   */
  public static List<OutputColumn> figuresColumns() {
    return List.of(OutputColumn.ofInt("Width"), OutputColumn.ofInt("Height"), OutputColumn.ofInt("Pixels"),
        OutputColumn.ofInt("Distinct colours"), OutputColumn.ofInt("Palette size"),
        OutputColumn.ofInt("Bits per pixel before"), OutputColumn.ofInt("Bits per pixel after"),
        OutputColumn.ofDouble("MSE"), OutputColumn.ofDouble("PSNR (dB)"), OutputColumn.ofBoolean("Lossless"));
  }

  /** @return one row per palette colour, most used first */
  public OutputTable palette() {
    int[] rgb = image.palette();
    Quantization q = image.quantization();
    int[] counts = q.pixelCounts();
    List<Object[]> rows = new ArrayList<>();
    for (int c = 0; c < rgb.length; c++) {
      int r = (rgb[c] >> 16) & 0xFF;
      int g = (rgb[c] >> 8) & 0xFF;
      int b = rgb[c] & 0xFF;
      rows.add(new Object[] {c, r, g, b, String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b), counts[c],
          counts[c] / (double) q.pixels()});
    }
    return new OutputTable(paletteColumns(), rows);
  }

  /** @return one row with the compression figures */
  public OutputTable figures() {
    boolean lossless = image.mse() == 0;
    Object[] row = {image.width(), image.height(), image.width() * image.height(), distinctColors,
        image.paletteSize(), image.bitsPerPixelBefore(), image.bitsPerPixelAfter(), image.mse(),
        lossless ? null : image.psnr(), lossless};
    List<Object[]> rows = new ArrayList<>();
    rows.add(row);
    return new OutputTable(figuresColumns(), rows);
  }

  /** @return the core's quantised image */
  public QuantizedImage image() {
    return image;
  }

  /** @return what the view shows */
  public QuantizerViewData viewData() {
    return view;
  }

  /** @return warnings for the node (16-bit channels reduced), maybe none */
  public List<String> warnings() {
    return warnings;
  }
}
