package org.clustermodels.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.quantize.ImageQuantizer;
import org.clustermodels.core.quantize.PngPixels;
import org.clustermodels.core.quantize.QuantizeParams;
import org.clustermodels.core.quantize.Quantization;
import org.clustermodels.core.quantize.QuantizedImage;
import org.clustermodels.core.render.ImageGallery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clustermodels quantize}: colour quantisation (image compression) of a PNG image with k-means. */
@Command(name = "quantize", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, synopsisHeading = "",
    customSynopsis = {
        "Usage: clustermodels quantize -i FILE.png -k K -o OUT.png [--palette FILE]",
        "         [--sample N] [--seed S] [--restarts R]",
        "         [--compare FILE [--compare-k K,K,...]] [--json] [--threads N]",
        "         [--progress] [-h] [-V]",
        ""},
    description = {"Colour quantisation (image compression) of a PNG image with k-means: finds a palette of K "
        + "colours by k-means on the pixels' colours (on a sample of the pixels for large images), replaces every "
        + "pixel by its nearest palette colour, writes the quantised image as PNG and prints the figures: palette "
        + "size, bits per pixel before and after, mean squared error and PSNR against the original."},
    footer = {
        "",
        "Input: a PNG file, read as 8-bit RGB (palette and grey images become RGB;%n"
            + "16-bit channels are reduced to 8 bits, with a note, and the error is measured%n"
            + "against the 8-bit image). Transparency is refused: an image with an alpha%n"
            + "channel is read only if every pixel is fully opaque (the alpha is dropped).",
        "",
        "Method: distinct colours are counted once and weighted by their pixel counts%n"
            + "(the same k-means problem as one row per pixel). K-means (k-means++ starts,%n"
            + "Hartigan refinement, the lowest inertia of --restarts runs) runs on every%n"
            + "pixel of an image with at most --sample pixels, else on --sample pixels drawn%n"
            + "without replacement with --seed. The centres are rounded to 8-bit colours;%n"
            + "every pixel then gets its nearest palette colour. The palette is ordered by%n"
            + "use, most used colour first.",
        "",
        "Output: -o is a palette PNG of 1, 2, 4 or 8 bits per pixel (the smallest that%n"
            + "holds K indices) for K <= 256, an RGB PNG for more colours. --palette and%n"
            + "--compare write PNG or SVG pictures by the file name's extension.",
        "",
        "Figures (printed as text, or with --json as one JSON object):",
        "  bits/pixel before   as the file stores the colour: 24 for 8-bit RGB, 8 for%n"
            + "                      8-bit grey, the index size of a palette PNG",
        "  bits/pixel after    ceil(log2 K), the size of a palette index (0 for K = 1)",
        "  MSE                 mean over all pixels and the 3 channels of the squared%n"
            + "                      difference to the original, in 8-bit units (0..255)",
        "  PSNR                10 log10(255^2 / MSE) in dB; for MSE = 0 (an image with at%n"
            + "                      most K colours) the text says 'infinite' and the JSON%n"
            + "                      has psnr_db null and lossless true",
        "",
        "JSON fields: input, width, height, pixels, distinct_colors, k,%n"
            + "bits_per_pixel_before, bits_per_pixel_after, mse, psnr_db, lossless, palette%n"
            + "(K [r, g, b] rows, most used first), pixel_counts (per palette colour),%n"
            + "fit_pixels and fit_colors (the pixels and distinct colours the k-means saw),%n"
            + "seed, restarts, output_bytes (size of -o), compare (with --compare: k,%n"
            + "bits_per_pixel, mse, psnr_db per compared K), timing (read_seconds: reading%n"
            + "and counting colours; fit_seconds: all quantisations).",
        "",
        HelpText.EXIT_CODES,
        "",
        "Example: clustermodels quantize -i photo.png -k 16 -o photo-16.png --palette palette.png"})
public final class QuantizeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE.png",
      description = "The image, a PNG file.")
  Path input;

  @Option(names = "-k", required = true, paramLabel = "K",
      description = "Palette size: number of colours (>= 1, at most the image's number of distinct colours).")
  int k;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.png",
      description = "Write the quantised image to this PNG file.")
  Path output;

  @Option(names = "--palette", paramLabel = "FILE",
      description = "Also draw the palette as a strip of swatches with their #rrggbb codes and pixel shares "
          + "(FILE ending in .png or .svg).")
  Path palette;

  @Option(names = "--sample", paramLabel = "N",
      description = "Fit the palette on at most N pixels (>= K); every pixel is still assigned. "
          + "Default: " + QuantizeParams.DEFAULT_SAMPLE_SIZE + " (or K if larger).")
  Integer sample;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Random seed of the sample and the k-means starts. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--restarts", paramLabel = "R", defaultValue = "" + QuantizeParams.DEFAULT_RESTARTS,
      description = "K-means restarts; the lowest inertia wins. Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--compare", paramLabel = "FILE",
      description = "Also draw the original next to the image quantised with each K of --compare-k, with the "
          + "figures and palettes (FILE ending in .png or .svg).")
  Path compare;

  @Option(names = "--compare-k", split = ",", paramLabel = "K",
      description = "The palette sizes --compare shows, comma-separated, e.g. 4,8,16,32. Default: -k.")
  List<Integer> compareK;

  @Option(names = "--json", description = "Print the figures as one JSON object instead of text.")
  boolean json;

  @Mixin
  RunOptions run;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Integer> ks = checkOptions();
    ProgressLine progress = new ProgressLine(err, run.progress());

    progress.step("reading " + input);
    long t0 = System.nanoTime();
    PngPixels image = readInput();
    MemoryCheck.runtime().require(image.pixels() * PngPixels.BYTES_PER_PIXEL, "quantising the " + image.width()
        + " x " + image.height() + " image " + input, "give Java more memory (e.g. CLUSTERMODELS_JAVA_OPTS=-Xmx8g) "
        + "or use a smaller image");
    if (image.sixteenBit()) {
      Main.note(err, input + " has 16-bit channels: they are reduced to 8 bits, and the error is measured "
          + "against the 8-bit image");
    }
    ImageQuantizer pipeline = ImageQuantizer.of(image);
    long readNanos = System.nanoTime() - t0;
    pipeline.requirePaletteSize("-k " + k, k);
    for (int c : ks) {
      pipeline.requirePaletteSize("--compare-k: " + c, c);
    }

    long t1 = System.nanoTime();
    Map<Integer, QuantizedImage> results = new LinkedHashMap<>();
    results.put(k, quantize(pipeline, k, progress));
    for (int c : ks) {
      if (!results.containsKey(c)) {
        results.put(c, quantize(pipeline, c, progress));
      }
    }
    long fitNanos = System.nanoTime() - t1;

    QuantizedImage quantized = results.get(k);
    OutputFiles files = new OutputFiles();
    files.addBinary("-o", output, quantized::writePng);
    if (palette != null) {
      files.addPicture("--palette", palette, quantized.paletteStrip());
    }
    if (compare != null) {
      files.addPicture("--compare", compare, gallery(pipeline, ks, results));
    }
    files.commit();

    long outputBytes = Files.size(output);
    if (json) {
      JsonOutput.write(report(pipeline, quantized, ks, results, outputBytes, readNanos, fitNanos), out);
    } else {
      printText(out, pipeline, quantized, ks, results, outputBytes);
    }
    return Main.EXIT_OK;
  }

  /** Reads -i; a file that cannot be read is bad input too (the core's other errors are IllegalArgumentExceptions). */
  private PngPixels readInput() {
    try {
      return PngPixels.read(input, "-i");
    } catch (UncheckedIOException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  /** Checks the options before any work; returns the palette sizes --compare shows (empty without it). */
  private List<Integer> checkOptions() {
    if (k < 1) {
      throw new CliException("-k must be >= 1, got " + k);
    }
    if (restarts < 1) {
      throw new CliException("--restarts must be >= 1, got " + restarts);
    }
    run.threads();
    if (compareK != null && compare == null) {
      throw new CliException("--compare-k needs --compare (the picture it fills)");
    }
    List<Integer> ks = new ArrayList<>();
    if (compare != null) {
      ks.addAll(new LinkedHashSet<>(compareK == null ? List.of(k) : compareK));
    }
    for (int c : ks) {
      if (c < 1) {
        throw new CliException("--compare-k: every K must be >= 1, got " + c);
      }
    }
    if (sample != null) {
      if (sample < 1) {
        throw new CliException("--sample must be >= 1, got " + sample);
      }
      int largest = ks.stream().mapToInt(Integer::intValue).max().orElse(k);
      if (sample < Math.max(k, largest)) {
        throw new CliException("--sample " + sample + " is smaller than the palette size " + Math.max(k, largest)
            + " (the sample must hold at least K pixels)");
      }
    }
    OutputFiles.requireExtension("-o", output, ".png");
    OutputFiles.requirePicture("--palette", palette);
    OutputFiles.requirePicture("--compare", compare);
    Map<String, Path> targets = new LinkedHashMap<>();
    targets.put("-o", output);
    targets.put("--palette", palette);
    targets.put("--compare", compare);
    OutputFiles.checkTargets(input, targets);
    return ks;
  }

  private QuantizedImage quantize(ImageQuantizer pipeline, int numColors, ProgressLine progress) {
    progress.step("quantising to " + numColors + " colours");
    int n = sample != null ? sample : Math.max(QuantizeParams.DEFAULT_SAMPLE_SIZE, numColors);
    QuantizeParams params = new QuantizeParams(numColors, n, seed, restarts, run.threads());
    return pipeline.quantize(params, "-k", progress);
  }

  private ImageGallery gallery(ImageQuantizer pipeline, List<Integer> ks, Map<Integer, QuantizedImage> results) {
    PngPixels image = pipeline.image();
    List<ImageGallery.Panel> panels = new ArrayList<>();
    panels.add(new ImageGallery.Panel(image.toRgbImage(), "original", image.storedBitsPerPixel()
        + " bits per pixel, " + count(pipeline.distinctColors()) + " colours", new int[0]));
    for (int c : ks) {
      QuantizedImage q = results.get(c);
      panels.add(new ImageGallery.Panel(q.toRgbImage(), "k = " + c, q.bitsPerPixelAfter() + " bits per pixel, "
          + "MSE " + decimals(q.mse(), 1) + ", PSNR " + psnrText(q.psnr(), 1), q.palette()));
    }
    Quantization any = results.get(k).quantization();
    String sampled = any.fitPixels() < any.pixels() ? "k-means on " + count(any.fitPixels()) + " sampled pixels"
        : "k-means on every pixel";
    return ImageGallery.of("Colour quantisation of " + input.getFileName() + " with k-means", panels)
        .withSubtitle(image.width() + " x " + image.height() + " pixels; every pixel replaced by the nearest of k "
            + "palette colours (" + sampled + ", seed " + seed + "); palettes below, most used colour first");
  }

  private ObjectNode report(ImageQuantizer pipeline, QuantizedImage quantized, List<Integer> ks,
      Map<Integer, QuantizedImage> results, long outputBytes, long readNanos, long fitNanos) {
    PngPixels image = pipeline.image();
    Quantization q = quantized.quantization();
    ObjectNode o = JsonOutput.object();
    o.put("input", input.toString());
    o.put("width", image.width());
    o.put("height", image.height());
    o.put("pixels", image.pixels());
    o.put("distinct_colors", pipeline.distinctColors());
    o.put("k", q.numColors());
    o.put("bits_per_pixel_before", quantized.bitsPerPixelBefore());
    o.put("bits_per_pixel_after", quantized.bitsPerPixelAfter());
    o.set("mse", JsonOutput.number(quantized.mse()));
    o.set("psnr_db", JsonOutput.number(quantized.psnr()));
    o.put("lossless", quantized.mse() == 0);
    o.set("palette", JsonOutput.matrix(q.palette()));
    ArrayNode counts = o.putArray("pixel_counts");
    for (int c : q.pixelCounts()) {
      counts.add(c);
    }
    o.put("fit_pixels", q.fitPixels());
    o.put("fit_colors", q.fitColors());
    o.put("seed", seed);
    o.put("restarts", restarts);
    o.put("output_bytes", outputBytes);
    if (!ks.isEmpty()) {
      ArrayNode rows = o.putArray("compare");
      for (int c : ks) {
        QuantizedImage r = results.get(c);
        ObjectNode row = rows.addObject();
        row.put("k", c);
        row.put("bits_per_pixel", r.bitsPerPixelAfter());
        row.set("mse", JsonOutput.number(r.mse()));
        row.set("psnr_db", JsonOutput.number(r.psnr()));
      }
    }
    o.set("timing", JsonOutput.timing(readNanos, fitNanos));
    return o;
  }

  private void printText(PrintWriter out, ImageQuantizer pipeline, QuantizedImage quantized, List<Integer> ks,
      Map<Integer, QuantizedImage> results, long outputBytes) {
    PngPixels image = pipeline.image();
    Quantization q = quantized.quantization();
    String fit = (q.fitPixels() < q.pixels() ? "a sample of " : "all ") + count(q.fitPixels()) + " pixels with "
        + count(q.fitColors()) + " colours";
    out.println("input:           " + input + ", " + image.width() + " x " + image.height() + " = "
        + count(image.pixels()) + " pixels, " + count(pipeline.distinctColors()) + " distinct colours");
    out.println("palette size:    " + q.numColors() + " colours (k-means on " + fit + ", seed " + seed + ", "
        + restarts + " restarts)");
    out.println("bits per pixel:  " + quantized.bitsPerPixelBefore() + " before, " + quantized.bitsPerPixelAfter()
        + " after");
    out.println("MSE:             " + decimals(quantized.mse(), 2));
    out.println("PSNR:            " + psnrText(quantized.psnr(), 2));
    out.println("written:         " + output + " (" + quantized.pngFormat() + ", " + count(outputBytes) + " bytes)");
    if (palette != null) {
      out.println("                 " + palette + " (palette strip)");
    }
    if (compare != null) {
      out.println("                 " + compare + " (comparison of k = " + ks.toString().replaceAll("[\\[\\] ]", "")
          + ")");
      out.println();
      out.println(String.format(Locale.ROOT, "%8s  %10s  %10s  %10s", "k", "bits/pixel", "MSE", "PSNR (dB)"));
      for (int c : ks) {
        QuantizedImage r = results.get(c);
        out.println(String.format(Locale.ROOT, "%8d  %10d  %10s  %10s", c, r.bitsPerPixelAfter(),
            decimals(r.mse(), 2), Double.isInfinite(r.psnr()) ? "infinite" : decimals(r.psnr(), 2)));
      }
    }
    out.flush();
  }

  private static String psnrText(double psnr, int places) {
    return Double.isInfinite(psnr) ? "infinite (no error)" : decimals(psnr, places) + " dB";
  }

  private static String decimals(double v, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", v);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
