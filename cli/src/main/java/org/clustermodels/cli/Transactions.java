package org.clustermodels.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;

/**
 * Converts transactions, one basket per line with its items separated by commas, to a 0/1 {@link BasketTable}.
 *
 * <ul>
 *   <li>Items are trimmed of surrounding white space; empty items (as in {@code a,,b} or a trailing comma) are
 *       ignored. Names are kept as written: case matters, and there is no quoting (an item cannot contain a
 *       comma).</li>
 *   <li>An item listed twice in a basket counts once.</li>
 *   <li>The items are the table's columns in the order they first appear in the file.</li>
 *   <li>A blank line (nothing but white space) is not a basket and is skipped; a line with only commas is a
 *       basket with no items.</li>
 *   <li>Baskets are named by their 1-based line number in the file, so that the leaves of a tree point back to
 *       the lines.</li>
 *   <li>There is no header line; a leading byte order mark is ignored.</li>
 * </ul>
 */
final class Transactions {
  /** The leaf axis title when baskets are named by line. */
  static final String BASKETS_NAMED_BY = "Basket (line number)";

  private Transactions() {
  }

  /**
   * @param reader the text; not closed
   * @param source the file name, for messages
   * @param memory the memory check for the table (8 bytes per basket and item)
   * @return the baskets x items table
   * @throws IOException if reading fails
   * @throws CliException if the file holds no basket, or no item
   */
  static BasketTable read(Reader reader, String source, MemoryCheck memory) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    Map<String, Integer> columns = new LinkedHashMap<>();
    List<int[]> baskets = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    int lineNumber = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (lineNumber == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      Set<Integer> basket = new LinkedHashSet<>();
      for (String field : line.split(",", -1)) {
        String item = field.strip();
        if (!item.isEmpty()) {
          basket.add(columns.computeIfAbsent(item, k -> columns.size()));
        }
      }
      baskets.add(basket.stream().mapToInt(Integer::intValue).toArray());
      lines.add(Integer.toString(lineNumber));
    }
    String expected = " (expected one basket per line, its items separated by commas)";
    if (baskets.isEmpty()) {
      throw new CliException(source + ": no baskets: the file is empty or has only blank lines" + expected);
    }
    if (columns.isEmpty()) {
      throw new CliException(source + ": no items: every one of its " + baskets.size() + " lines is empty "
          + "between its commas" + expected);
    }
    int n = baskets.size();
    int d = columns.size();
    if ((long) n * d > DenseMatrix.MAX_VALUES) {
      throw new CliException(source + ": " + n + " baskets x " + d + " items is more than a table holds ("
          + DenseMatrix.MAX_VALUES + " values)");
    }
    memory.require(8L * n * d, "the 0/1 table of " + n + " baskets x " + d + " items of " + source,
        "give Java more memory (e.g. CLUSTERMODELS_JAVA_OPTS=-Xmx8g) or use fewer baskets");
    double[] values = new double[n * d];
    for (int r = 0; r < n; r++) {
      for (int j : baskets.get(r)) {
        values[r * d + j] = 1;
      }
    }
    int[] matrixRow = new int[n];
    Arrays.setAll(matrixRow, r -> r);
    List<String> notes = new ArrayList<>();
    notes.add("read " + n + " baskets with " + d + " distinct items from " + source + " (one basket per line)");
    if (columns.containsKey("0") && columns.containsKey("1")) {
      notes.add("items named '0' and '1': if " + source + " is a 0/1 table (a header row, then a 0/1 row per "
          + "basket), leave out --transactions");
    }
    return new BasketTable(source, DenseMatrix.ofRowMajor(n, d, values), new ArrayList<>(columns.keySet()),
        lines.toArray(new String[0]), BASKETS_NAMED_BY, matrixRow, notes, List.of());
  }
}
