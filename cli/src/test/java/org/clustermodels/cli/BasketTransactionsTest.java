package org.clustermodels.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.junit.Test;

/** Transactions (one basket per line) converted to a 0/1 table, as {@link Transactions} documents it. */
public class BasketTransactionsTest {
  private static final MemoryCheck PLENTY = MemoryCheck.fixed(1L << 30);

  static BasketTable convert(String text) {
    try {
      return Transactions.read(new StringReader(text), "t.txt", PLENTY);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String fails(String text) {
    return assertThrows(CliException.class, () -> Transactions.read(new StringReader(text), "t.txt", PLENTY))
        .getMessage();
  }

  @Test
  public void itemsAreColumnsInTheOrderTheyFirstAppear() {
    BasketTable t = convert("milk,bread\nbutter,milk\nbeer\n");
    assertEquals(List.of("milk", "bread", "butter", "beer"), t.itemNames());
    assertArrayEquals(new double[] {1, 1, 0, 0}, t.matrix().row(0), 0);
    assertArrayEquals(new double[] {1, 0, 1, 0}, t.matrix().row(1), 0);
    assertArrayEquals(new double[] {0, 0, 0, 1}, t.matrix().row(2), 0);
  }

  @Test
  public void anItemTwiceInABasketCountsOnce() {
    BasketTable t = convert("bread,milk,bread\nmilk\n");
    assertEquals(List.of("bread", "milk"), t.itemNames());
    assertArrayEquals(new double[] {1, 1}, t.matrix().row(0), 0);
    assertArrayEquals(new double[] {0, 1}, t.matrix().row(1), 0);
  }

  @Test
  public void surroundingSpacesAreTrimmedInnerSpacesKeptCaseKept() {
    BasketTable t = convert("  whole milk ,\tbread\nbread , Bread,whole  milk\n");
    assertEquals(List.of("whole milk", "bread", "Bread", "whole  milk"), t.itemNames());
    assertArrayEquals(new double[] {1, 1, 0, 0}, t.matrix().row(0), 0);
    assertArrayEquals(new double[] {0, 1, 1, 1}, t.matrix().row(1), 0);
  }

  @Test
  public void emptyItemsAreIgnored() {
    BasketTable t = convert("a,,b,\n,c\n");
    assertEquals(List.of("a", "b", "c"), t.itemNames());
    assertArrayEquals(new double[] {1, 1, 0}, t.matrix().row(0), 0);
    assertArrayEquals(new double[] {0, 0, 1}, t.matrix().row(1), 0);
  }

  /** Blank lines are not baskets; a line of only commas is an empty basket; baskets are named by line. */
  @Test
  public void blankLinesAreSkippedAndBasketsNamedByLine() {
    BasketTable t = convert("\uFEFFa,b\n\n   \nb\r\n , ,\nc\n\n");
    assertEquals(List.of("a", "b", "c"), t.itemNames());
    assertEquals(List.of("1", "4", "5", "6"), t.basketNames());
    assertEquals(4, t.matrix().rows());
    assertArrayEquals(new double[] {0, 0, 0}, t.matrix().row(2), 0);
    InputData baskets = t.baskets();
    assertEquals(Transactions.BASKETS_NAMED_BY, baskets.rowNamesColumn());
    assertTrue(baskets.notes().toString(), baskets.notes().stream().anyMatch(n -> n.startsWith(
        "baskets with no items (1): 5; their Jaccard distance is 0 to each other and 1 to every other basket")));
  }

  /** The items as rows: the table transposed, named by the items, the baskets as columns. */
  @Test
  public void itemsAreTheTransposedTable() {
    InputData items = convert("a,b\nb,c\nc\n").items();
    assertEquals(3, items.matrix().rows());
    assertEquals(3, items.matrix().cols());
    assertArrayEquals(new String[] {"a", "b", "c"}, items.rowNames());
    assertEquals(List.of("1", "2", "3"), items.columns());
    assertArrayEquals(new double[] {1, 0, 0}, items.matrix().row(0), 0);
    assertArrayEquals(new double[] {1, 1, 0}, items.matrix().row(1), 0);
    assertArrayEquals(new double[] {0, 1, 1}, items.matrix().row(2), 0);
  }

  @Test
  public void emptyFileIsRefused() {
    for (String text : new String[] {"", "\n", "  \n\t\n", "\uFEFF"}) {
      String m = fails(text);
      assertTrue(m, m.startsWith("t.txt: no baskets: the file is empty or has only blank lines"));
      assertTrue(m, m.contains("one basket per line, its items separated by commas"));
    }
  }

  @Test
  public void fileWithoutItemsIsRefused() {
    String m = fails(",\n , ,\n\n,,\n");
    assertTrue(m, m.startsWith("t.txt: no items: every one of its 3 lines is empty between its commas"));
  }

  @Test
  public void oneItemCannotBeClusteredAsItems() {
    BasketTable t = convert("a\na\n");
    String m = assertThrows(CliException.class, t::items).getMessage();
    assertEquals("t.txt: 1 item; clustering the items needs at least 2", m);
    String b = assertThrows(CliException.class, () -> convert("a,b\n").baskets()).getMessage();
    assertEquals("t.txt: 1 basket; clustering the baskets needs at least 2", b);
  }

  @Test
  public void aZeroOneTableReadAsTransactionsGetsANote() {
    BasketTable t = convert("a,b\n0,1\n1,0\n");
    assertTrue(t.items().notes().toString(), t.items().notes().stream().anyMatch(n -> n.contains(
        "items named '0' and '1'") && n.contains("leave out --transactions")));
  }

  @Test
  public void tableLargerThanTheMemoryIsRefused() {
    String m = assertThrows(IllegalArgumentException.class, () -> Transactions.read(new StringReader("a,b\nc\n"),
        "t.txt", MemoryCheck.fixed(10))).getMessage();
    assertTrue(m, m.startsWith("the 0/1 table of 2 baskets x 3 items of t.txt needs 48 bytes"));
  }
}
