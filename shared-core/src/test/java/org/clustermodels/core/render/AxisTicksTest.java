package org.clustermodels.core.render;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.Test;

/** Nice ticks against cases worked out by hand (the arithmetic is in each comment), and their invariants. */
public class AxisTicksTest {
  private static List<String> labels(AxisTicks t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.count(); i++) {
      out.add(t.label(i));
    }
    return out;
  }

  @Test
  public void looseRangeGrowsToTheEnclosingMultiplesOfTheSmallestStepThatFits() {
    // step 20 would need 0..160, 9 ticks > 6; step 50 needs 0..200, 5 ticks
    AxisTicks t = AxisTicks.loose(0, 152.31, 6);
    assertEquals(50, t.step(), 0);
    assertEquals(0, t.lower(), 0);
    assertEquals(200, t.upper(), 0);
    assertEquals(List.of("0", "50", "100", "150", "200"), labels(t));
  }

  @Test
  public void decimalStepsAreExactAndLabelledWithTheirDecimals() {
    // step 0.2 gives 0, 0.2, ..., 1.0: 6 ticks; 0.6000000000000001 must not appear
    AxisTicks t = AxisTicks.loose(0, 1, 6);
    assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, t.values(), 0);
    assertEquals(List.of("0.0", "0.2", "0.4", "0.6", "0.8", "1.0"), labels(t));
    // 0.0012..0.0047: step 0.001 from 0.001 to 0.005 is 5 ticks
    assertEquals(List.of("0.001", "0.002", "0.003", "0.004", "0.005"), labels(AxisTicks.loose(0.0012, 0.0047, 5)));
  }

  @Test
  public void negativeRangesUseFloorAndCeiling() {
    // step 1: -4..13 = 18 ticks > 10; step 2: floor(-1.85) = -2 -> -4, ceil(6.05) = 7 -> 14: 10 ticks
    AxisTicks t = AxisTicks.loose(-3.7, 12.1, 10);
    assertEquals(2, t.step(), 0);
    assertEquals(-4, t.lower(), 0);
    assertEquals(14, t.upper(), 0);
    assertEquals(10, t.count());
  }

  @Test
  public void ticksWithinAFixedRangeKeepTheRange() {
    // step 5: 15..45 = 7 ticks > 5; step 10: 20, 30, 40
    AxisTicks t = AxisTicks.within(12.3, 47.9, 5, 0);
    assertArrayEquals(new double[] {20, 30, 40}, t.values(), 0);
    assertEquals(12.3, t.lower(), 0);
    assertEquals(47.9, t.upper(), 0);
  }

  @Test
  public void aMinimumStepKeepsCountsOnIntegers() {
    // 0.5..3.5 with room for 10 ticks would take step 0.5; the minimum step 1 gives 1, 2, 3
    assertArrayEquals(new double[] {1, 2, 3}, AxisTicks.within(0.5, 3.5, 10, 1).values(), 0);
    // 0.5..30.5 with at most 8: step 2 gives 15 ticks, step 5 gives 5..30, 6 ticks
    assertArrayEquals(new double[] {5, 10, 15, 20, 25, 30}, AxisTicks.within(0.5, 30.5, 8, 1).values(), 0);
  }

  @Test
  public void aSingleValueGetsARangeAroundIt() {
    // 5 +- 5%: 4.75..5.25; step 0.1 gives 4.7..5.3 = 7 > 5; step 0.2 gives 4.6..5.4 = 5 ticks
    assertEquals(List.of("4.6", "4.8", "5.0", "5.2", "5.4"), labels(AxisTicks.loose(5, 5, 5)));
    // zero: 0..1; step 0.2 gives 6 > 5 ticks, step 0.5 gives 3
    assertEquals(List.of("0.0", "0.5", "1.0"), labels(AxisTicks.loose(0, 0, 5)));
  }

  @Test
  public void zeroIsNeverNegativeAndLabelsIgnoreTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals(List.of("-1.0", "-0.5", "0.0", "0.5", "1.0"), labels(AxisTicks.within(-1, 1, 5, 0)));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  public void aLooseRangeAcrossZeroGetsThreeTicksWhenTwoAreAskedFor() {
    // two ticks cannot cover a range across zero; step 0.01 gives -0.01, 0, 0.01 (the bounds are multiples)
    assertArrayEquals(new double[] {-0.01, 0, 0.01}, AxisTicks.loose(-0.01, 0.01, 2).values(), 0);
    // -0.013..0.004: step 0.01 needs -0.02..0.01, 4 ticks; step 0.02 gives -0.02, 0, 0.02
    assertArrayEquals(new double[] {-0.02, 0, 0.02}, AxisTicks.loose(-0.013, 0.004, 2).values(), 0);
  }

  @Test
  public void hugeValuesAreLabelledInScientificNotation() {
    // step 1e9 over 0..3.2e9: 0..4e9, 5 ticks
    assertEquals(List.of("0", "1e9", "2e9", "3e9", "4e9"), labels(AxisTicks.loose(0, 3.2e9, 5)));
  }

  @Test
  public void givenBadRangesWhenChoosingTicksThenTheMessageSaysWhy() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> AxisTicks.loose(2, 1, 5)).getMessage()
        .contains("min <= max"));
    assertThrows(IllegalArgumentException.class, () -> AxisTicks.loose(0, Double.NaN, 5));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> AxisTicks.loose(0, 1, 1)).getMessage()
        .contains("at least 2 ticks"));
    assertThrows(IllegalArgumentException.class, () -> AxisTicks.within(0, 1, 5, -1));
  }

  @Property(tries = 300)
  void ticksAreFewEnoughNiceAndCoverTheRange(@ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = 0, max = 1e6) double span, @ForAll @IntRange(min = 2, max = 20) int maxTicks) {
    AxisTicks t = AxisTicks.loose(a, a + span, maxTicks);
    int limit = a < 0 && a + span > 0 ? Math.max(3, maxTicks) : maxTicks; // -step, 0, step at least
    assertTrue(t + " for max " + maxTicks, t.count() >= 2 && t.count() <= limit);
    assertTrue(t.lower() <= a && t.upper() >= a + span);
    double m = t.step() / Math.pow(10, Math.floor(Math.log10(t.step()) + 1e-9));
    assertTrue("step " + t.step(), Math.abs(m - 1) < 1e-9 || Math.abs(m - 2) < 1e-9 || Math.abs(m - 5) < 1e-9);
    for (int i = 1; i < t.count(); i++) {
      // each value is exactly rounded, so a difference is off by at most a few units in the last place
      assertEquals(t.step(), t.value(i) - t.value(i - 1), 4 * Math.ulp(Math.abs(t.value(i)) + t.step()));
    }
  }
}
