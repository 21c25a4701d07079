package org.clustermodels.core.quantize;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/** The distinct colours of a handful of pixels, counted by hand. */
public class ColorTableTest {

  @Test
  public void colorsAreNumberedByFirstPixelAndCounted() {
    DenseMatrix pixels = DenseMatrix.of(new double[][] {
        {255, 0, 0}, {0, 0, 255}, {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 0, 0}});
    ColorTable t = ColorTable.of(pixels, 255);
    assertEquals(6, t.pixels());
    assertEquals(3, t.channels());
    assertEquals(3, t.size());
    assertArrayEquals(new double[] {255, 0, 0}, t.color(0), 0);
    assertArrayEquals(new double[] {0, 0, 255}, t.color(1), 0);
    assertArrayEquals(new double[] {0, 255, 0}, t.color(2), 0);
    assertArrayEquals(new int[] {3, 2, 1}, t.counts());
    int[] expected = {0, 1, 0, 2, 1, 0};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], t.colorOf(i));
    }
  }

  @Test
  public void colorsDifferingInOneChannelAreDistinct() {
    // keys pack channels in base maxValue + 1: (0, 1) and (1, 0) must not collide, nor (0, 256) exist
    ColorTable t = ColorTable.of(DenseMatrix.of(new double[][] {{0, 1}, {1, 0}, {0, 255}, {255, 0}}), 255);
    assertEquals(4, t.size());
  }

  @Test
  public void manyColoursAreNumberedAndCountedAsAnOrderedMapDoes() {
    SplittableRandom rng = new SplittableRandom(5);
    double[][] pixels = new double[20_000][];
    Map<List<Double>, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = new double[] {rng.nextInt(40), rng.nextInt(40), rng.nextInt(8)};
      counts.merge(List.of(pixels[i][0], pixels[i][1], pixels[i][2]), 1, Integer::sum);
    }
    ColorTable t = ColorTable.of(DenseMatrix.of(pixels), 255);
    assertEquals(counts.size(), t.size());
    int c = 0;
    for (Map.Entry<List<Double>, Integer> e : counts.entrySet()) {
      double[] color = t.color(c);
      assertEquals(e.getKey(), List.of(color[0], color[1], color[2]));
      assertEquals((int) e.getValue(), t.count(c++));
    }
    for (int i = 0; i < pixels.length; i++) {
      assertArrayEquals(pixels[i], t.color(t.colorOf(i)), 0);
    }
  }

  @Test
  public void valuesThatAreNotIntegersInRangeAreRejectedWithPixelAndChannel() {
    String m = assertThrows(IllegalArgumentException.class,
        () -> ColorTable.of(DenseMatrix.of(new double[][] {{1, 2, 3}, {4, 256, 6}}), 255)).getMessage();
    assertTrue(m, m.contains("pixel 1, channel 1") && m.contains("0..255"));
    m = assertThrows(IllegalArgumentException.class,
        () -> ColorTable.of(DenseMatrix.of(new double[][] {{1, 2.5, 3}}), 255)).getMessage();
    assertTrue(m, m.contains("pixel 0, channel 1"));
    m = assertThrows(IllegalArgumentException.class,
        () -> ColorTable.of(DenseMatrix.of(new double[][] {{-1, 2, 3}}), 255)).getMessage();
    assertTrue(m, m.contains("pixel 0, channel 0"));
    assertThrows(IllegalArgumentException.class, () -> ColorTable.of(DenseMatrix.of(new double[][] {{1}}), 0));
    m = assertThrows(IllegalArgumentException.class,
        () -> ColorTable.of(DenseMatrix.of(new double[][] {new double[8]}), 255)).getMessage();
    assertTrue(m, m.contains("62 bits"));
  }
}
