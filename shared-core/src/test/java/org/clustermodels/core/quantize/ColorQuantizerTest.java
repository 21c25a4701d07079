package org.clustermodels.core.quantize;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/** Colour quantisation on small images worked out by hand, and its invariants on random ones. */
public class ColorQuantizerTest {
  private final ColorQuantizer quantizer = new ColorQuantizer();

  private static ColorTable table(double[]... pixels) {
    return ColorTable.of(DenseMatrix.of(pixels), 255);
  }

  @Test
  public void twoColoursOfFivePixelsByHand() {
    // black-ish pair and three whites: k = 2 separates them; the dark centre is (0, 0, 1) exactly
    ColorTable t = table(new double[] {0, 0, 0}, new double[] {255, 255, 255}, new double[] {0, 0, 2},
        new double[] {255, 255, 255}, new double[] {255, 255, 255});
    Quantization q = quantizer.quantize(t, QuantizeParams.of(2));
    // palette ordered by use: white (3 pixels), then the dark centre (2 pixels)
    assertArrayEquals(new double[] {255, 255, 255}, q.color(0), 0);
    assertArrayEquals(new double[] {0, 0, 1}, q.color(1), 0);
    assertArrayEquals(new int[] {3, 2}, q.pixelCounts());
    assertArrayEquals(new int[] {1, 0, 1, 0, 0}, q.labels());
    // errors: pixel 0 off by 1 in blue, pixel 2 off by 1 in blue: 2 over 5 pixels x 3 channels
    assertEquals(2, q.error().sumSquaredError(), 0);
    assertEquals(2.0 / 15, q.error().mse(), 1e-15);
    assertEquals(56.88142, q.error().psnr(), 1e-5);
    assertEquals(1, q.bitsPerPixel());
    assertEquals(5, q.fitPixels());
    assertEquals(3, q.fitColors());
  }

  @Test
  public void thePaletteIsRoundedToIntegersAndTheErrorIsThatOfTheRoundedPalette() {
    // one cluster of (0,0,0), (0,0,1), (0,0,1): its mean (0, 0, 2/3) is stored as (0, 0, 1)
    ColorTable t = table(new double[] {0, 0, 0}, new double[] {0, 0, 1}, new double[] {0, 0, 1});
    Quantization q = quantizer.quantize(t, QuantizeParams.of(1));
    assertArrayEquals(new double[] {0, 0, 1}, q.color(0), 0);
    assertEquals(2.0 / 3, q.fitInertia(), 1e-12); // before rounding: 4/9 + 1/9 + 1/9
    assertEquals(1, q.error().sumSquaredError(), 0); // after: only pixel 0 is off, by 1
    assertEquals(0, q.bitsPerPixel());
  }

  @Test
  public void anImageWithExactlyKColoursIsReproducedExactly() {
    SplittableRandom rng = new SplittableRandom(7);
    int[][] colours = {{12, 200, 7}, {255, 255, 0}, {0, 0, 0}, {99, 98, 97}};
    double[][] pixels = new double[500][];
    for (int i = 0; i < pixels.length; i++) {
      int[] c = colours[i < colours.length ? i : rng.nextInt(colours.length)];
      pixels[i] = new double[] {c[0], c[1], c[2]};
    }
    for (int sample : new int[] {4, 50, 20_000}) {
      Quantization q = quantizer.quantize(table(pixels), QuantizeParams.of(4).withSampleSize(sample));
      assertEquals(0, q.error().mse(), 0);
      assertTrue(Double.isInfinite(q.error().psnr()));
      Set<List<Double>> palette = new HashSet<>();
      for (double[] c : q.palette()) {
        palette.add(List.of(c[0], c[1], c[2]));
      }
      assertEquals(Set.of(List.of(12.0, 200.0, 7.0), List.of(255.0, 255.0, 0.0), List.of(0.0, 0.0, 0.0),
          List.of(99.0, 98.0, 97.0)), palette);
      for (int i = 0; i < pixels.length; i++) {
        assertArrayEquals(pixels[i], q.color(q.label(i)), 0);
      }
    }
  }

  @Test
  public void everyPixelGetsItsNearestPaletteColourAndTheErrorAddsUp() {
    SplittableRandom rng = new SplittableRandom(11);
    double[][] pixels = new double[3000][];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = new double[] {rng.nextInt(256), rng.nextInt(128), rng.nextInt(64)};
    }
    ColorTable t = table(pixels);
    Quantization q = quantizer.quantize(t, QuantizeParams.of(6).withSampleSize(500).withSeed(3));
    assertEquals(500, q.fitPixels());
    double[][] palette = q.palette();
    int[] counts = new int[6];
    double sse = 0;
    for (int i = 0; i < pixels.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (double[] c : palette) {
        best = Math.min(best, sq(pixels[i], c));
      }
      assertEquals("pixel " + i, best, sq(pixels[i], palette[q.label(i)]), 0);
      sse += best;
      counts[q.label(i)]++;
    }
    assertEquals(sse, q.error().sumSquaredError(), 0);
    assertEquals(sse / (3.0 * pixels.length), q.error().mse(), 1e-12);
    assertArrayEquals(counts, q.pixelCounts());
    for (int c = 1; c < counts.length; c++) {
      assertTrue("palette ordered by use", counts[c - 1] >= counts[c]);
    }
    for (double[] c : palette) {
      for (double v : c) {
        assertTrue(v == Math.rint(v) && v >= 0 && v <= 255);
      }
    }
    Quantization again = quantizer.quantize(t, QuantizeParams.of(6).withSampleSize(500).withSeed(3).withThreads(1));
    assertArrayEquals("same seed, same result at any thread count", q.labels(), again.labels());
  }

  @Test
  public void aSampleWithFewerThanKColoursFallsBackToEveryPixel() {
    // 10,000 pixels of one colour and 3 single pixels of others: a sample of 4 pixels almost surely misses some
    double[][] pixels = new double[10_003][];
    for (int i = 0; i < 10_000; i++) {
      pixels[i] = new double[] {50, 50, 50};
    }
    pixels[10_000] = new double[] {0, 0, 0};
    pixels[10_001] = new double[] {255, 0, 0};
    pixels[10_002] = new double[] {0, 255, 0};
    Quantization q = quantizer.quantize(table(pixels), QuantizeParams.of(4).withSampleSize(4));
    assertEquals(10_003, q.fitPixels());
    assertEquals(4, q.fitColors());
    assertEquals(0, q.error().mse(), 0);
  }

  @Test
  public void moreColoursThanTheImageHasAreRejected() {
    ColorTable t = table(new double[] {1, 2, 3}, new double[] {1, 2, 3}, new double[] {4, 5, 6});
    String m = assertThrows(IllegalArgumentException.class, () -> quantizer.quantize(t, QuantizeParams.of(3)))
        .getMessage();
    assertTrue(m, m.contains("numColors = 3") && m.contains("distinct colours (2)"));
  }

  @Test
  public void parametersAreValidatedByName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> QuantizeParams.of(0)).getMessage()
        .contains("numColors"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> QuantizeParams.of(8).withSampleSize(7))
        .getMessage().contains("sampleSize"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> QuantizeParams.of(8).withRestarts(0))
        .getMessage().contains("restarts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> QuantizeParams.of(8).withThreads(-1))
        .getMessage().contains("threads"));
    assertEquals(30_000, QuantizeParams.of(30_000).sampleSize());
  }

  @Test
  public void indexBitsAreTheCeilingOfLog2() {
    int[] k = {1, 2, 3, 4, 5, 8, 9, 16, 17, 32, 256, 257};
    int[] bits = {0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 8, 9};
    for (int i = 0; i < k.length; i++) {
      assertEquals("k = " + k[i], bits[i], Quantization.indexBits(k[i]));
    }
  }

  private static double sq(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return s;
  }
}
