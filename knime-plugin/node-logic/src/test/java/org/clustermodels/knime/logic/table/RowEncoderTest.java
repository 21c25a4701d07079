package org.clustermodels.knime.logic.table;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SkippingWriter;
import org.junit.Test;

public class RowEncoderTest {
  private static final List<String> COLUMNS = List.of("a", "b", "c");

  @Test
  public void givenTheMeanPolicy_whenANewRowHasHoles_thenTheTrainingMeansFillThem() {
    RowEncoder e = RowEncoder.of(COLUMNS, MissingValuePolicy.MEAN, new double[] {10, 20, 30});
    assertArrayEquals(new double[] {1, 20, 30}, e.encode("r", new double[] {1, Double.NaN, Double.NaN}), 0);
    assertArrayEquals(new double[] {1, 2, 3}, e.encode("r", new double[] {1, 2, 3}), 0);
  }

  @Test
  public void givenTheSkipPolicy_whenANewRowHasAHole_thenItIsNotAssigned() {
    RowEncoder e = RowEncoder.of(COLUMNS, MissingValuePolicy.SKIP_ROWS, null);
    assertNull(e.encode("r", new double[] {1, Double.NaN, 3}));
    assertArrayEquals(new double[] {1, 2, 3}, e.encode("r", new double[] {1, 2, 3}), 0);
  }

  @Test
  public void givenTheFailPolicy_whenANewRowHasAHole_thenTheMessageNamesRowAndColumn() {
    RowEncoder e = RowEncoder.of(COLUMNS, MissingValuePolicy.FAIL, new double[0]);
    IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
        () -> e.encode("Row7", new double[] {1, 2, Double.NaN}));
    assertEquals(true, ex.getMessage().startsWith("Row \"Row7\", column \"c\": the value is missing"));
  }

  @Test
  public void givenAnEncoder_whenSavedAndLoaded_thenItIsEqualAndUnderTheDocumentedKeys() throws SettingsException {
    RowEncoder e = RowEncoder.of(COLUMNS, MissingValuePolicy.MEAN, new double[] {10, 20.5, -3});
    MapSettings s = new MapSettings();
    e.saveTo(s);
    assertEquals(List.of("columns (string[]) = [a, b, c]", "missingValues (string) = mean",
        "fillValues (double[]) = [10.0, 20.5, -3.0]"), s.lines());
    assertEquals(e, RowEncoder.loadFrom(s));
  }

  @Test
  public void givenAnUnknownStoredPolicy_whenLoaded_thenTheMessageNamesTheOptionAndTheAllowedValues() {
    MapSettings s = new MapSettings();
    RowEncoder.of(List.of("a"), MissingValuePolicy.FAIL, null)
        .saveTo(new SkippingWriter(s, RowEncoder.KEY_MISSING_VALUES));
    s.putString(RowEncoder.KEY_MISSING_VALUES, "guess");
    SettingsException ex = assertThrows(SettingsException.class, () -> RowEncoder.loadFrom(s));
    assertEquals("Option \"missingValues\": the value \"guess\" is unknown; allowed: skip, mean, fail",
        ex.getMessage());
  }

  @Test
  public void givenFillValuesThatDoNotFit_whenLoaded_thenTheMessageSaysTheEncodingIsInvalid() {
    MapSettings s = new MapSettings();
    RowEncoder.of(List.of("a", "b"), MissingValuePolicy.MEAN, new double[] {1, 2})
        .saveTo(new SkippingWriter(s, RowEncoder.KEY_FILL_VALUES));
    s.putDoubleArray(RowEncoder.KEY_FILL_VALUES, 1.0);
    SettingsException ex = assertThrows(SettingsException.class, () -> RowEncoder.loadFrom(s));
    assertEquals("The model's column encoding is invalid: 1 fill values for 2 columns", ex.getMessage());
  }
}
