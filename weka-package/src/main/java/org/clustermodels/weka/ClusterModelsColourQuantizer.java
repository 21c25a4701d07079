package org.clustermodels.weka;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.quantize.ImageQuantizer;
import org.clustermodels.core.quantize.QuantizeParams;
import org.clustermodels.core.quantize.Quantization;
import org.clustermodels.core.quantize.QuantizedImage;
import weka.core.CommandlineRunnable;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.RevisionHandler;
import weka.core.RevisionUtils;
import weka.core.Utils;
import weka.core.WekaException;

/**
 * Colour quantisation (image compression) of a PNG image as a Weka command-line tool: k-means on the pixels'
 * colours finds a palette of k colours, every pixel is replaced by its nearest palette colour, the quantised image
 * is written as the smallest indexed PNG and, optionally, the palette as a strip of swatches; the report gives the
 * palette size, bits per pixel before and after, the mean squared error and the PSNR. A thin adapter over the
 * shared core's {@link ImageQuantizer}, the same pipeline as {@code clustermodels quantize}: with the same k, sample
 * and seed both give the same palette and figures.
 *
 * <pre>
 * java weka.Run ClusterModelsColourQuantizer -i photo.png -N 16 -o photo-16.png -palette palette.png
 * </pre>
 *
 * <p>Options: {@code -i <file.png>} (required), {@code -N <k>} (default {@value #DEFAULT_NUM_COLOURS}),
 * {@code -sample <n>}, {@code -S <seed>} (default {@value #DEFAULT_SEED}), {@code -o <out.png>} (required),
 * {@code -palette <file.png|file.svg>}, {@code -h}. Bad options and bad images are reported on stderr in one
 * message naming the option; nothing is written then.
 */
public class ClusterModelsColourQuantizer implements OptionHandler, CommandlineRunnable, RevisionHandler,
    Serializable {
  private static final long serialVersionUID = 1L;

  /** Default -N. */
  public static final int DEFAULT_NUM_COLOURS = 16;
  /** Default -S: the command line's default, so that both give the same palette by default. */
  public static final long DEFAULT_SEED = 0;

  private File input;
  private int numColours = DEFAULT_NUM_COLOURS;
  private int sample;
  private long seed = DEFAULT_SEED;
  private File output;
  private File palette;

  /** @return a description of the tool */
  public String globalInfo() {
    return "Colour quantisation (image compression) of a PNG image with k-means: finds a palette of N colours "
        + "by k-means on the pixels' colours (on a sample of the pixels for large images), replaces every pixel "
        + "by its nearest palette colour, writes the quantised image as the smallest palette PNG (1, 2, 4 or 8 "
        + "bits per pixel) and optionally the palette strip, and reports palette size, bits per pixel before and "
        + "after, mean squared error and PSNR. From the ClusterModels package (the same pipeline as "
        + "'clustermodels quantize').";
  }

  @Override
  public Enumeration<Option> listOptions() {
    List<Option> options = new ArrayList<>();
    options.add(new Option("\tThe image, a PNG file (opaque; palette and grey images are read as RGB).", "i", 1,
        "-i <file.png>"));
    options.add(new Option("\tPalette size: number of colours (>= 1, at most the image's distinct colours).\n"
        + "\t(default " + DEFAULT_NUM_COLOURS + ")", "N", 1, "-N <num>"));
    options.add(new Option("\tFit the palette on at most this many pixels (>= N); every pixel is still assigned.\n"
        + "\t(default " + QuantizeParams.DEFAULT_SAMPLE_SIZE + ", or N if larger)", "sample", 1, "-sample <num>"));
    options.add(new Option("\tRandom seed of the sample and the k-means starts.\n\t(default " + DEFAULT_SEED + ")",
        "S", 1, "-S <num>"));
    options.add(new Option("\tWrite the quantised image to this PNG file.", "o", 1, "-o <out.png>"));
    options.add(new Option("\tAlso draw the palette as a strip of swatches with their #rrggbb codes and pixel\n"
        + "\tshares (PNG, or SVG if the name ends in .svg).", "palette", 1, "-palette <file>"));
    options.add(new Option("\tThis help.", "h", 0, "-h"));
    return Collections.enumeration(options);
  }

  /**
   * Parses the options; every absent one gets its default.
   *
   * @param options the options; those read are removed
   * @throws Exception naming the option if one is missing, malformed or out of range, or is not known
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    String in = Utils.getOption('i', options);
    String n = Utils.getOption('N', options);
    String s = Utils.getOption("sample", options);
    String sd = Utils.getOption('S', options);
    String out = Utils.getOption('o', options);
    String strip = Utils.getOption("palette", options);
    Utils.checkForRemainingOptions(options);
    setInput(in.isEmpty() ? null : new File(in));
    setNumColours(n.isEmpty() ? DEFAULT_NUM_COLOURS : parseInt("-N", n));
    setSample(s.isEmpty() ? 0 : parseInt("-sample", s));
    setSeed(sd.isEmpty() ? DEFAULT_SEED : parseLong("-S", sd));
    setOutput(out.isEmpty() ? null : new File(out));
    setPalette(strip.isEmpty() ? null : new File(strip));
  }

  private static int parseInt(String option, String value) throws WekaException {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new WekaException(option + " must be a whole number, got '" + value + "'");
    }
  }

  private static long parseLong(String option, String value) throws WekaException {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new WekaException(option + " must be a whole number, got '" + value + "'");
    }
  }

  @Override
  public String[] getOptions() {
    List<String> options = new ArrayList<>();
    if (input != null) {
      options.addAll(List.of("-i", input.getPath()));
    }
    options.addAll(List.of("-N", Integer.toString(numColours)));
    if (sample > 0) {
      options.addAll(List.of("-sample", Integer.toString(sample)));
    }
    options.addAll(List.of("-S", Long.toString(seed)));
    if (output != null) {
      options.addAll(List.of("-o", output.getPath()));
    }
    if (palette != null) {
      options.addAll(List.of("-palette", palette.getPath()));
    }
    return options.toArray(new String[0]);
  }

  /** @return the PNG image (-i), or null */
  public File getInput() {
    return input;
  }

  /** @param input the PNG image (-i) */
  public void setInput(File input) {
    this.input = input;
  }

  /** @return the palette size (-N) */
  public int getNumColours() {
    return numColours;
  }

  /** @param numColours the palette size (-N) */
  public void setNumColours(int numColours) {
    this.numColours = numColours;
  }

  /** @return the sample size (-sample), 0 for the default */
  public int getSample() {
    return sample;
  }

  /** @param sample the sample size (-sample), 0 for the default */
  public void setSample(int sample) {
    this.sample = sample;
  }

  /** @return the seed (-S) */
  public long getSeed() {
    return seed;
  }

  /** @param seed the seed (-S) */
  public void setSeed(long seed) {
    this.seed = seed;
  }

  /** @return the quantised PNG (-o), or null */
  public File getOutput() {
    return output;
  }

  /** @param output the quantised PNG (-o) */
  public void setOutput(File output) {
    this.output = output;
  }

  /** @return the palette strip (-palette), or null for none */
  public File getPalette() {
    return palette;
  }

  /** @param palette the palette strip (-palette), or null for none */
  public void setPalette(File palette) {
    this.palette = palette;
  }

  /**
   * Checks the options that need no image, then reads, quantises and writes.
   *
   * @return the quantised image, already written
   * @throws WekaException naming the option when an option or the image is bad (nothing is written then)
   * @throws IOException if a file cannot be written
   */
  public QuantizedImage quantize() throws Exception {
    QuantizeParams params = params();
    ImageQuantizer pipeline;
    try {
      pipeline = ImageQuantizer.read(input.toPath(), "-i");
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new WekaException(e.getMessage(), e);
    }
    try {
      QuantizedImage q = pipeline.quantize(params, "-N", ProgressMonitor.none());
      q.write(output.toPath(), "-o", palette == null ? null : palette.toPath(), "-palette");
      return q;
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  private QuantizeParams params() throws WekaException {
    if (input == null) {
      throw new WekaException("-i is required: the PNG image to quantise");
    }
    if (output == null) {
      throw new WekaException("-o is required: the PNG file to write the quantised image to");
    }
    if (numColours < 1) {
      throw new WekaException("-N must be >= 1 (the palette size), got " + numColours);
    }
    if (sample < 0) {
      throw new WekaException("-sample must be >= 1, got " + sample);
    }
    if (sample > 0 && sample < numColours) {
      throw new WekaException("-sample " + sample + " is smaller than the palette size " + numColours
          + " (the sample must hold at least N pixels)");
    }
    if (!output.getName().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new WekaException("-o: '" + output + "' must end in .png (the quantised image is written as PNG)");
    }
    if (palette != null && !palette.getName().toLowerCase(Locale.ROOT).matches(".*\\.(png|svg)")) {
      throw new WekaException("-palette: '" + palette + "' must end in .png or .svg");
    }
    Path in = input.toPath().toAbsolutePath().normalize();
    if (in.equals(output.toPath().toAbsolutePath().normalize())
        || palette != null && in.equals(palette.toPath().toAbsolutePath().normalize())) {
      throw new WekaException((in.equals(output.toPath().toAbsolutePath().normalize()) ? "-o" : "-palette")
          + ": '" + input + "' is the input image; write to another file");
    }
    int n = sample > 0 ? sample : Math.max(QuantizeParams.DEFAULT_SAMPLE_SIZE, numColours);
    return new QuantizeParams(numColours, n, seed, QuantizeParams.DEFAULT_RESTARTS, 0);
  }

  /**
   * The report, Weka style: a header, the options, the figures.
   *
   * @param q the quantised image
   * @return the text
   */
  public String report(QuantizedImage q) {
    Quantization quantization = q.quantization();
    StringBuilder sb = new StringBuilder();
    sb.append("=== Run information ===\n\n");
    sb.append("Scheme:       ").append(getClass().getName()).append(' ')
        .append(Utils.joinOptions(getOptions())).append('\n');
    sb.append("Image:        ").append(input).append(String.format(Locale.ROOT, " (%d x %d = %d pixels)%n",
        q.width(), q.height(), quantization.pixels()));
    sb.append("\n=== Colour quantisation (ClusterModels k-means) ===\n\n");
    sb.append(String.format(Locale.ROOT, "Palette size:        %d colours%n", q.paletteSize()));
    sb.append(String.format(Locale.ROOT, "Fitted on:           %s%d pixels with %d distinct colours (seed %d)%n",
        quantization.fitPixels() < quantization.pixels() ? "a sample of " : "all ", quantization.fitPixels(),
        quantization.fitColors(), seed));
    sb.append(String.format(Locale.ROOT, "Bits per pixel:      %d before, %d after%n", q.bitsPerPixelBefore(),
        q.bitsPerPixelAfter()));
    sb.append(String.format(Locale.ROOT, "Mean squared error:  %.2f%n", q.mse()));
    sb.append("PSNR:                ").append(Double.isInfinite(q.psnr()) ? "infinite (no error)"
        : String.format(Locale.ROOT, "%.2f dB", q.psnr())).append('\n');
    sb.append("\nPalette (most used first):\n");
    int[] colours = q.palette();
    int[] counts = quantization.pixelCounts();
    for (int c = 0; c < colours.length; c++) {
      sb.append(String.format(Locale.ROOT, "  %3d  #%06x  %7.3f %%%n", c, colours[c],
          100.0 * counts[c] / quantization.pixels()));
    }
    sb.append("\nWritten:             ").append(output).append(" (").append(q.pngFormat()).append(")\n");
    if (palette != null) {
      sb.append("                     ").append(palette).append(" (palette strip)\n");
    }
    return sb.toString();
  }

  /**
   * Runs the tool with command-line options: prints the report to {@code out}, or the help or an error to
   * {@code err}.
   *
   * @param args the options
   * @param out the report
   * @param err help and errors
   * @return 0 on success (or help), 1 on an error
   */
  public int execute(String[] args, PrintStream out, PrintStream err) {
    String[] options = args.clone();
    try {
      if (Utils.getFlag('h', options) || Utils.getFlag("help", options)) {
        err.println(help());
        return 0;
      }
      setOptions(options);
      QuantizedImage q = quantize();
      out.print(report(q));
      out.flush();
      return 0;
    } catch (Exception e) {
      err.println(getClass().getSimpleName() + ": " + e.getMessage());
      err.println("(-h lists the options)");
      err.flush();
      return 1;
    }
  }

  /** @return the usage and the options */
  public String help() {
    StringBuilder sb = new StringBuilder(globalInfo()).append("\n\nUsage: java weka.Run ")
        .append(getClass().getSimpleName()).append(" -i <file.png> [-N <num>] [-sample <num>] [-S <num>] "
            + "-o <out.png> [-palette <file>]\n\nOptions:\n\n");
    for (Option o : Collections.list(listOptions())) {
      sb.append(o.synopsis()).append('\n').append(o.description()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public void preExecution() {
    // nothing to set up
  }

  /**
   * Runs the tool for {@code weka.Run}; errors are printed, not thrown.
   *
   * @param toRun this tool
   * @param options the command-line options
   */
  @Override
  public void run(Object toRun, String[] options) {
    ((ClusterModelsColourQuantizer) toRun).execute(options, System.out, System.err);
  }

  @Override
  public void postExecution() {
    // nothing to clean up
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Runs the tool; exits with status 1 on an error.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    int status = new ClusterModelsColourQuantizer().execute(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }
}
