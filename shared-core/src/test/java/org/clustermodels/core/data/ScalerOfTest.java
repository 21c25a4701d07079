package org.clustermodels.core.data;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class ScalerOfTest {
  private static final DenseMatrix DATA = DenseMatrix.of(new double[][] {{1, 10, 5}, {3, 30, 5}, {8, 20, 5}});

  @Test
  public void givenTheFiguresOfAFittedScaler_whenRebuilt_thenItScalesBitForBitTheSame() {
    for (Standardization m : Standardization.values()) {
      Scaler fitted = Scaler.fit(m, DATA);
      Scaler rebuilt = Scaler.of(fitted.method(), fitted.offsets(), fitted.divisors());
      assertEquals(m, rebuilt.method());
      assertArrayEquals(fitted.transform(DATA).toArray(), rebuilt.transform(DATA).toArray(), 0.0);
      double[] row = {2.5, -7, 6};
      assertArrayEquals(fitted.transform(row), rebuilt.transform(row), 0.0);
    }
  }

  @Test
  public void givenHandMadeZScoreFigures_whenScaling_thenValueMinusOffsetOverDivisor() {
    Scaler s = Scaler.of(Standardization.ZSCORE, new double[] {1, 2}, new double[] {2, 0});
    assertArrayEquals(new double[] {1.5, 0.0}, s.transform(new double[] {4, 9}), 0.0);
  }

  @Test
  public void givenBadFigures_whenRebuilding_thenTheColumnIsNamed() {
    assertThat(assertThrows(IllegalArgumentException.class, () -> Scaler.of(Standardization.ZSCORE,
        new double[] {0, 0}, new double[] {1})).getMessage(), containsString("2 offsets and 1 divisors"));
    assertThat(assertThrows(IllegalArgumentException.class, () -> Scaler.of(Standardization.MINMAX,
        new double[] {0, Double.NaN}, new double[] {1, 1})).getMessage(), containsString("column 2"));
    assertThat(assertThrows(IllegalArgumentException.class, () -> Scaler.of(Standardization.MINMAX,
        new double[] {0, 0}, new double[] {-1, 1})).getMessage(), containsString("column 1"));
    assertThat(assertThrows(IllegalArgumentException.class, () -> Scaler.of(Standardization.NONE,
        new double[] {0, 3}, new double[] {1, 1})).getMessage(), containsString("expected 0 and 1"));
  }
}
