package org.clustermodels.knime.logic.quantize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.quantize.ImageQuantizer;
import org.clustermodels.core.quantize.PngPixels;
import org.clustermodels.core.quantize.QuantizedImage;
import org.clustermodels.knime.logic.settings.SettingsException;

/**
 * Runs the Colour Quantizer node: checks the settings and files, reads the PNG, quantises it with the core's
 * pipeline ({@link ImageQuantizer}, as {@code clustermodels quantize} does) and writes the quantised PNG and the
 * optional palette strip (both encoded before either is written, each moved into place: nothing half-written).
 */
public final class QuantizerRun {
  private QuantizerRun() {
  }

  /**
   * @param settings the node's settings
   * @param monitor progress and cancellation
   * @param memory the check before the image's working memory is allocated
   * @return the outputs
   * @throws IllegalArgumentException with a message that starts with the setting's name: invalid settings,
   *     missing input, not a PNG, a transparent image, more colours than the image has, a missing output folder, an
   *     existing output without overwriting, too little memory
   * @throws IOException if a file cannot be read or written
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the run
   */
  public static QuantizerResult run(QuantizerNodeSettings settings, ProgressMonitor monitor, MemoryCheck memory)
      throws IOException {
    check(settings);
    PngPixels image;
    try {
      image = PngPixels.read(settings.input(), QuantizerNodeSettings.INPUT);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    memory.require(image.pixels() * PngPixels.BYTES_PER_PIXEL, "quantising the " + image.width() + " x "
        + image.height() + " image '" + settings.inputFile() + "'", "use a smaller image or give KNIME more memory "
        + "(-Xmx in knime.ini)");
    ImageQuantizer pipeline = ImageQuantizer.of(image);
    pipeline.requirePaletteSize(QuantizerNodeSettings.NUM_COLORS + " " + settings.numColors(),
        settings.numColors());
    QuantizedImage quantized = pipeline.quantize(settings.params(), QuantizerNodeSettings.NUM_COLORS, monitor);
    check(settings); // the files may have appeared while the colours were fitted
    quantized.write(settings.output(), QuantizerNodeSettings.OUTPUT, settings.palette(),
        QuantizerNodeSettings.PALETTE);
    List<String> warnings = new ArrayList<>();
    if (image.sixteenBit()) {
      warnings.add("'" + settings.inputFile() + "' has 16-bit channels: they were reduced to 8 bits, and the error "
          + "is measured against the 8-bit image.");
    }
    return new QuantizerResult(quantized, pipeline.distinctColors(), settings, warnings);
  }

  private static void check(QuantizerNodeSettings settings) {
    try {
      settings.checkFiles();
    } catch (SettingsException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
