package org.clustermodels.knime.logic.quantize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Objects;
import org.clustermodels.core.quantize.QuantizeParams;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * The Colour Quantizer node's settings. Immutable; {@link #validate()} checks the values, {@link #checkFiles()}
 * the file system (configure and execute call both). Every message starts with the setting's name as the dialog
 * shows it.
 *
 * <p>Frozen keys: {@value #KEY_INPUT} (String, a PNG file), {@value #KEY_NUM_COLORS} (int, default 16),
 * {@value #KEY_SAMPLE_SIZE} (int, default {@value QuantizeParams#DEFAULT_SAMPLE_SIZE}), {@value #KEY_SEED} (long,
 * default 0), {@value #KEY_OUTPUT} (String, a .png file), {@value #KEY_PALETTE} (String, a .png or .svg file, empty
 * for none), {@value #KEY_OVERWRITE} (boolean, default false: an existing output or palette file is an error).
 *
 * @param inputFile the PNG image to quantise
 * @param numColors k, the palette size
 * @param sampleSize how many pixels the k-means sees at most (at least k)
 * @param seed the random seed of the sample and the k-means starts
 * @param outputFile where the quantised PNG goes
 * @param paletteFile where the palette strip goes (PNG or SVG by the extension), empty for none
 * @param overwrite whether existing output files are replaced
 */
public record QuantizerNodeSettings(String inputFile, int numColors, int sampleSize, long seed, String outputFile,
    String paletteFile, boolean overwrite) {
  /** Settings key of the input file. */
  public static final String KEY_INPUT = "input_file";
  /** Settings key of k. */
  public static final String KEY_NUM_COLORS = "num_colors";
  /** Settings key of the sample size. */
  public static final String KEY_SAMPLE_SIZE = "sample_size";
  /** Settings key of the seed. */
  public static final String KEY_SEED = "seed";
  /** Settings key of the output file. */
  public static final String KEY_OUTPUT = "output_file";
  /** Settings key of the palette picture file. */
  public static final String KEY_PALETTE = "palette_file";
  /** Settings key of the overwrite policy. */
  public static final String KEY_OVERWRITE = "overwrite";

  /** The dialog's names of the settings, which start their messages. */
  public static final String INPUT = "Input PNG file";
  /** The dialog's name of k. */
  public static final String NUM_COLORS = "Number of colours";
  /** The dialog's name of the sample size. */
  public static final String SAMPLE_SIZE = "Sample size";
  /** The dialog's name of the seed. */
  public static final String SEED = "Seed";
  /** The dialog's name of the output file. */
  public static final String OUTPUT = "Output PNG file";
  /** The dialog's name of the palette file. */
  public static final String PALETTE = "Palette picture file";
  /** The dialog's name of the overwrite policy. */
  public static final String OVERWRITE = "Overwrite existing files";

  /** The default palette size. */
  public static final int DEFAULT_NUM_COLORS = 16;

  /** Checks for nulls. */
  public QuantizerNodeSettings {
    Objects.requireNonNull(inputFile, "inputFile");
    Objects.requireNonNull(outputFile, "outputFile");
    Objects.requireNonNull(paletteFile, "paletteFile");
  }

  /** @return the defaults: no files, 16 colours, a sample of 20,000 pixels, seed 0, no overwriting */
  public static QuantizerNodeSettings defaults() {
    return new QuantizerNodeSettings("", DEFAULT_NUM_COLORS, QuantizeParams.DEFAULT_SAMPLE_SIZE, 0, "", "", false);
  }

  /**
   * Checks the values without looking at the file system.
   *
   * @throws SettingsException naming the setting
   */
  public void validate() throws SettingsException {
    if (inputFile.isBlank()) {
      throw new SettingsException(INPUT + ": choose the PNG image to quantise.");
    }
    if (numColors < 1) {
      throw new SettingsException(NUM_COLORS + " must be at least 1, got " + numColors + ".");
    }
    if (sampleSize < numColors) {
      throw new SettingsException(SAMPLE_SIZE + " (" + sampleSize + ") must be at least the " + NUM_COLORS
          + " (" + numColors + "): the sample must hold at least one pixel per colour.");
    }
    if (outputFile.isBlank()) {
      throw new SettingsException(OUTPUT + ": choose where to write the quantised image.");
    }
    requireExtension(OUTPUT, outputFile, ".png");
    if (!paletteFile.isBlank()) {
      requireExtension(PALETTE, paletteFile, ".png", ".svg");
    }
    Path in = path(INPUT, inputFile);
    Path out = path(OUTPUT, outputFile);
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new SettingsException(OUTPUT + " is the " + INPUT + " ('" + outputFile + "'); choose another file.");
    }
    if (!paletteFile.isBlank() && path(PALETTE, paletteFile).toAbsolutePath().normalize().equals(
        out.toAbsolutePath().normalize())) {
      throw new SettingsException(PALETTE + " is the " + OUTPUT + " ('" + paletteFile + "'); choose another file.");
    }
  }

  private static void requireExtension(String name, String file, String... extensions) throws SettingsException {
    String lower = file.toLowerCase(Locale.ROOT);
    for (String e : extensions) {
      if (lower.endsWith(e)) {
        return;
      }
    }
    throw new SettingsException(name + " '" + file + "' must end in " + String.join(" or ", extensions) + ".");
  }

  private static Path path(String name, String file) throws SettingsException {
    try {
      return Paths.get(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw new SettingsException(name + " '" + file + "' is not a valid path: " + e.getMessage(), e);
    }
  }

  /**
   * Checks the file system: the input is a file, the output folders exist, and without {@link #overwrite} the
   * output files do not exist yet.
   *
   * @throws SettingsException naming the setting
   */
  public void checkFiles() throws SettingsException {
    validate();
    Path in = input();
    if (!Files.isRegularFile(in)) {
      throw new SettingsException(INPUT + " '" + inputFile + "' " + (Files.isDirectory(in) ? "is a folder."
          : "does not exist."));
    }
    checkTarget(OUTPUT, output());
    if (palette() != null) {
      checkTarget(PALETTE, palette());
    }
  }

  private void checkTarget(String name, Path file) throws SettingsException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new SettingsException(name + " '" + file + "': the folder '" + dir + "' does not exist.");
    }
    if (Files.isDirectory(file)) {
      throw new SettingsException(name + " '" + file + "' is a folder.");
    }
    if (!overwrite && Files.exists(file)) {
      throw new SettingsException(name + " '" + file + "' exists; tick '" + OVERWRITE + "' to replace it.");
    }
  }

  /** @return the input file */
  public Path input() {
    return Paths.get(inputFile);
  }

  /** @return the output file */
  public Path output() {
    return Paths.get(outputFile);
  }

  /** @return the palette picture file, or null for none */
  public Path palette() {
    return paletteFile.isBlank() ? null : Paths.get(paletteFile);
  }

  /** @return the core's parameters: k, sample size and seed, the default restarts and all processors */
  public QuantizeParams params() {
    return QuantizeParams.of(numColors).withSampleSize(sampleSize).withSeed(seed);
  }

  /**
   * Writes the settings under the frozen keys.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_INPUT, inputFile);
    writer.putInt(KEY_NUM_COLORS, numColors);
    writer.putInt(KEY_SAMPLE_SIZE, sampleSize);
    writer.putLong(KEY_SEED, seed);
    writer.putString(KEY_OUTPUT, outputFile);
    writer.putString(KEY_PALETTE, paletteFile);
    writer.putBoolean(KEY_OVERWRITE, overwrite);
  }

  /**
   * Reads the settings without validating them: a new node's settings have no files yet, and a workflow must load
   * with them; configure and execute call {@link #checkFiles()}.
   *
   * @param reader where to read
   * @return the settings written by {@link #saveTo}
   * @throws SettingsException if a key is missing or has the wrong type
   */
  public static QuantizerNodeSettings loadFrom(SettingsReader reader) throws SettingsException {
    return new QuantizerNodeSettings(reader.getString(KEY_INPUT), reader.getInt(KEY_NUM_COLORS),
        reader.getInt(KEY_SAMPLE_SIZE), reader.getLong(KEY_SEED), reader.getString(KEY_OUTPUT),
        reader.getString(KEY_PALETTE), reader.getBoolean(KEY_OVERWRITE));
  }
}
