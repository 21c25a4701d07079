package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

public class NumberTextTest {

  @Test
  public void missingTokens() {
    for (String s : new String[] {"", "?", "NA", "na", "NaN", "nan", "NAN"}) {
      assertTrue(s, NumberText.isMissing(s));
    }
    for (String s : new String[] {"0", "N/A", "null", "-"}) {
      assertFalse(s, NumberText.isMissing(s));
    }
  }

  @Test
  public void decimals() {
    assertEquals(3.0, NumberText.parse("3"), 0);
    assertEquals(-0.5, NumberText.parse("-0.5"), 0);
    assertEquals(0.5, NumberText.parse(".5"), 0);
    assertEquals(5.0, NumberText.parse("5."), 0);
    assertEquals(3.0, NumberText.parse("+3"), 0);
    assertEquals(1.5e-3, NumberText.parse("1.5e-3"), 0);
    assertEquals(2e10, NumberText.parse("2E+10"), 0);
  }

  @Test
  public void infinities() {
    assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("Inf"), 0);
    assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("+infinity"), 0);
    assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse("-Infinity"), 0);
    assertEquals(Double.NEGATIVE_INFINITY, NumberText.parse("-INF"), 0);
    assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("1e999"), 0);
  }

  @Test
  public void notNumbers() {
    for (String s : new String[] {"abc", "1d", "1f", "0x1p3", "1e", "e5", ".", "-", "1.2.3", "1,5", "1 2",
        "infinite", "setosa"}) {
      try {
        NumberText.parse(s);
        fail(s + " was read as a number");
      } catch (NumberFormatException expected) {
        // fine
      }
    }
  }
}
