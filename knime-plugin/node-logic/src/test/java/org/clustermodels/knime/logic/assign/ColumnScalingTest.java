package org.clustermodels.knime.logic.assign;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

public class ColumnScalingTest {

  /** The plain-data scaling computes bit for bit what the core's scaler computes, constant columns included. */
  @Property(tries = 60)
  void transformAndInverseEqualTheCoresScaler(@ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 1, max = 5) int d, @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[][] rows = new double[n][d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        row[j] = j == 0 ? 7.25 : rnd.nextDouble(-1e3, 1e3); // column 0 is constant
      }
    }
    for (Standardization method : Standardization.values()) {
      Scaler core = Scaler.fit(method, DenseMatrix.of(rows));
      ColumnScaling ours = ColumnScaling.of(core);
      assertEquals(Scaling.of(method), ours.scaling());
      double[] probe = new double[d];
      for (int j = 0; j < d; j++) {
        probe[j] = rnd.nextDouble(-2e3, 2e3);
      }
      assertArrayEquals(core.transform(probe), ours.transform(probe), 0);
      double[][] scaled = {ours.transform(rows[0]), probe};
      double[][] expected = core.inverse(scaled);
      double[][] actual = ours.inverse(scaled);
      for (int r = 0; r < 2; r++) {
        assertArrayEquals(expected[r], actual[r], 0);
      }
    }
  }

  @Test
  public void givenZScores_whenARowIsScaled_thenEachValueIsItsDistanceFromTheMeanInStandardDeviations() {
    ColumnScaling s = ColumnScaling.of(Scaling.ZSCORE, new double[] {10, 5, 3}, new double[] {2, 0, 0.5});
    assertArrayEquals(new double[] {(13 - 10) / 2.0, 0, (2 - 3) / 0.5}, s.transform(new double[] {13, 99, 2}), 0);
    assertArrayEquals(new double[] {13, 5, 2}, s.inverse(new double[][] {{1.5, 0, -2}})[0], 0);
  }

  @Test
  public void givenAScaling_whenSavedAndLoaded_thenItIsEqualUnderTheDocumentedKeys() throws SettingsException {
    ColumnScaling s = ColumnScaling.of(Scaling.MINMAX, new double[] {1, 2}, new double[] {3, 0});
    MapSettings m = new MapSettings();
    s.saveTo(m);
    assertEquals(List.of("scaling (string) = minmax", "offsets (double[]) = [1.0, 2.0]",
        "divisors (double[]) = [3.0, 0.0]"), m.lines());
    assertEquals(s, ColumnScaling.loadFrom(m));
  }

  @Test
  public void givenANegativeStoredDivisor_whenLoaded_thenTheMessageSaysTheScalingIsInvalid() {
    MapSettings m = new MapSettings();
    m.putString(ColumnScaling.KEY_SCALING, "zscore");
    m.putDoubleArray(ColumnScaling.KEY_OFFSETS, 0);
    m.putDoubleArray(ColumnScaling.KEY_DIVISORS, -1);
    SettingsException e = assertThrows(SettingsException.class, () -> ColumnScaling.loadFrom(m));
    assertEquals("The model's scaling is invalid: column 1 of the scaler has offset 0.0 and divisor -1.0; offsets "
        + "must be finite, divisors finite and >= 0", e.getMessage());
  }
}
