package org.clustermodels.knime.logic.table;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.junit.Test;

public class ColumnCheckTest {
  private static final List<InputColumn> INPUT = List.of(new InputColumn("id", "String", false),
      new InputColumn("a", "Number (double)", true), new InputColumn("b", "Number (integer)", true));

  @Test
  public void givenNumericSelectedColumns_whenChecked_thenTheirInputPositionsAreReturnedInSelectionOrder()
      throws SettingsException {
    assertArrayEquals(new int[] {2, 1}, ColumnCheck.selectedNumeric(List.of("b", "a"), INPUT));
  }

  @Test
  public void givenNoSelection_whenChecked_thenTheMessageSaysSo() {
    SettingsException e = assertThrows(SettingsException.class, () -> ColumnCheck.selectedNumeric(List.of(), INPUT));
    assertEquals("No column is selected: select at least one numeric column to cluster.", e.getMessage());
  }

  @Test
  public void givenAStringColumn_whenChecked_thenTheMessageNamesItAndItsType() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> ColumnCheck.selectedNumeric(List.of("a", "id", "zz"), INPUT));
    assertEquals("The selected column \"id\" is not numeric (its type is String).", e.getMessage());
  }

  @Test
  public void givenAColumnNotInTheInput_whenChecked_thenTheMessageNamesIt() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> ColumnCheck.selectedNumeric(List.of("a", "zz", "id"), INPUT));
    assertEquals("The selected column \"zz\" is not in the input table.", e.getMessage());
  }

  @Test
  public void givenAColumnSelectedTwice_whenChecked_thenTheMessageNamesIt() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> ColumnCheck.selectedNumeric(List.of("a", "a"), INPUT));
    assertEquals("The selected column \"a\" is listed twice.", e.getMessage());
  }

  @Test
  public void givenANewTableWithoutAModelColumn_whenChecked_thenTheMessageNamesTheMissingColumn() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> ColumnCheck.modelColumns(List.of("b", "c"), INPUT));
    assertEquals("The model's column \"c\" is not in the input table.", e.getMessage());
  }
}
