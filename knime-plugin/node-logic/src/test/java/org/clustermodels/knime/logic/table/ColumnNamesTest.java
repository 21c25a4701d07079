package org.clustermodels.knime.logic.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.Test;

/** KNIME's unique-name rule, as read in DataTableSpec.getUniqueColumnName (5.0 and 5.12 agree). */
public class ColumnNamesTest {

  @Test
  public void givenAFreeName_whenMadeUnique_thenItIsKept() {
    assertEquals("Cluster", ColumnNames.unique(List.of("a", "b"), "Cluster"));
  }

  @Test
  public void givenATakenName_whenMadeUnique_thenTheFirstFreeRunningIndexIsAppended() {
    assertEquals("Cluster (#1)", ColumnNames.unique(List.of("Cluster"), "Cluster"));
    assertEquals("Cluster (#2)", ColumnNames.unique(List.of("Cluster", "Cluster (#1)"), "Cluster"));
    assertEquals("Cluster (#1)", ColumnNames.unique(List.of("Cluster", "Cluster (#2)"), "Cluster"));
  }

  @Test
  public void givenBlanksAroundTheName_whenMadeUnique_thenTheNameIsTrimmedFirst() {
    assertEquals("Cluster", ColumnNames.unique(List.of(), "  Cluster\t"));
    assertEquals("Cluster (#1)", ColumnNames.unique(List.of("Cluster"), " Cluster "));
  }

  @Test
  public void givenANameInOtherCase_whenMadeUnique_thenItDoesNotClash() {
    assertEquals("Cluster", ColumnNames.unique(List.of("cluster", "CLUSTER"), "Cluster"));
  }

  @Test
  public void givenSeveralAppendedColumns_whenAppended_thenEachAvoidsTheInputAndTheEarlierOnes() {
    List<OutputColumn> out = ColumnNames.appendTo(List.of("x", "Cluster"), List.of(
        OutputColumn.ofString("Cluster", List.of("cluster_0")), OutputColumn.ofDouble("x"),
        OutputColumn.ofDouble("Cluster")));
    assertEquals(List.of(OutputColumn.ofString("Cluster (#1)", List.of("cluster_0")),
        OutputColumn.ofDouble("x (#1)"), OutputColumn.ofDouble("Cluster (#2)")), out);
  }

  @Property
  void theUniqueNameIsFreeAndStartsWithTheTrimmedName(@ForAll @Size(max = 6) List<@StringLength(max = 4) String> taken,
      @ForAll @StringLength(max = 4) String wanted) {
    Set<String> existing = new HashSet<>(taken);
    existing.add(wanted.trim()); // at least one clash
    String name = ColumnNames.unique(existing, wanted);
    assertFalse(existing.contains(name));
    assertTrue(name.startsWith(wanted.trim() + " (#"));
  }
}
