package org.clustermodels.knime.logic.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

public class OutputTableTest {
  private static final List<OutputColumn> COLUMNS = List.of(OutputColumn.ofString("Cluster", List.of()),
      OutputColumn.ofInt("Size"), OutputColumn.ofDouble("SSE"), OutputColumn.ofBoolean("Chosen"));

  @Test
  public void givenValuesOfTheColumnKinds_whenATableIsMade_thenTheyAreKeptAndNullIsAMissingCell() {
    OutputTable t = new OutputTable(COLUMNS, List.of(new Object[] {"c", 3, 1.5, true},
        new Object[] {null, null, null, null}));
    assertEquals(2, t.rowCount());
    assertEquals(3, t.get(0, 1));
    assertNull(t.get(1, 2));
  }

  @Test
  public void givenAValueOfTheWrongType_whenATableIsMade_thenTheMessageNamesRowAndColumn() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OutputTable(COLUMNS, List.<Object[]>of(new Object[] {"c", 3.0, 1.5, true})));
    assertEquals("row 0, column \"Size\": expected Integer, got Double", e.getMessage());
  }

  @Test
  public void givenADuplicateColumnName_whenATableIsMade_thenItIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OutputTable.empty(List.of(OutputColumn.ofInt("k"), OutputColumn.ofDouble("k"))));
    assertEquals("the column name \"k\" occurs twice", e.getMessage());
  }

  @Test
  public void givenARowArray_whenChangedAfterwards_thenTheTableIsNot() {
    Object[] row = {"c", 3, 1.5, true};
    OutputTable t = new OutputTable(COLUMNS, List.<Object[]>of(row));
    row[1] = 4;
    t.row(0)[1] = 5;
    assertEquals(3, t.get(0, 1));
  }
}
