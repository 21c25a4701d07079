package org.clustermodels.benchmarks.quantize;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.quantize.ColorQuantizer;
import org.clustermodels.core.quantize.ColorTable;
import org.clustermodels.core.quantize.QuantizeParams;
import org.clustermodels.core.quantize.Quantization;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Colour quantisation of data/chelsea.png (451 x 300 = 135,300 pixels) at k = 16 with the command line's
 * defaults (a sample of 20,000 pixels, 3 restarts, seed 0, all processors): counting the distinct colours
 * ({@link ColorTable#of}) and {@link ColorQuantizer#quantize} (the k-means fit on the sample, rounding, assigning
 * every pixel, the error). Reading the PNG into the pixel matrix happens in the trial set-up, untimed.
 *
 * <p>{@code cold} is the first call in a fresh JVM (no warm-up: the k-means code still runs interpreted), one call
 * per fork, the time a command-line run spends on the work after the JVM has started; {@code warm} is the same
 * call after 5 warm-up calls in one JVM. Run from the repository root (the image path is relative), e.g. with
 * {@code benchmarks/run-quantize.sh}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class QuantizeBenchmark {
  /** The image, relative to the working directory. */
  @Param("data/chelsea.png")
  public String image;

  /** The palette size. */
  @Param("16")
  public int k;

  private DenseMatrix pixels;

  /**
   * Reads the image into one row (R, G, B) per pixel.
   *
   * @throws IOException if the image cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    BufferedImage img = ImageIO.read(new File(image));
    if (img == null) {
      throw new IOException(image + " is not an image");
    }
    int w = img.getWidth();
    int h = img.getHeight();
    int[] rgb = img.getRGB(0, 0, w, h, null, 0, w);
    double[] values = new double[3 * rgb.length];
    for (int i = 0; i < rgb.length; i++) {
      values[3 * i] = (rgb[i] >> 16) & 0xFF;
      values[3 * i + 1] = (rgb[i] >> 8) & 0xFF;
      values[3 * i + 2] = rgb[i] & 0xFF;
    }
    pixels = DenseMatrix.ofRowMajor(rgb.length, 3, values);
  }

  /** @return the quantisation, first call in the JVM */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 10, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
  public Quantization cold() {
    return quantize();
  }

  /** @return the quantisation, after warm-up */
  @Benchmark
  @Warmup(iterations = 5)
  @Measurement(iterations = 10)
  @Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djava.awt.headless=true"})
  public Quantization warm() {
    return quantize();
  }

  private Quantization quantize() {
    return new ColorQuantizer().quantize(ColorTable.of(pixels, 255), QuantizeParams.of(k));
  }
}
