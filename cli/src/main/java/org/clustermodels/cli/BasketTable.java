package org.clustermodels.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.clustermodels.core.data.DenseMatrix;

/**
 * Market-basket data: a 0/1 table of baskets (rows) x items (columns), 1 where the basket holds the item, with
 * the names of both. Read from a 0/1 table ({@link #fromTable}) or converted from transactions
 * ({@link Transactions}); gives the rows to cluster, either the baskets ({@link #baskets()}) or the items, the
 * columns of the table ({@link #items()}).
 *
 * <p>A basket with no items, or an item in no basket, is an all-zero row of what is clustered. It is kept: the
 * core's Jaccard distance takes 0/0 as 0, as SciPy does, so such rows are at distance 0 from each other and 1
 * from every other row; a note names them.
 */
final class BasketTable {
  /** Names listed in a note before "and N more". */
  private static final int NAMES_IN_NOTE = 5;

  private final String source;
  private final DenseMatrix matrix;
  private final List<String> items;
  private final String[] baskets;
  private final String basketsNamedBy;
  private final int[] matrixRowOfInputRow;
  private final List<String> notes;
  private final List<String> basketNotes;

  /**
   * @param source the file name, for messages
   * @param matrix baskets x items, every value 0 or 1
   * @param items the item names, one per column
   * @param baskets the basket names, one per row
   * @param basketsNamedBy what names the baskets (a column, or line numbers), for the pictures' leaf axis; null
   *     for data row numbers
   * @param matrixRowOfInputRow for each input basket its matrix row, or -1 if it was left out
   * @param notes notes about how the data was read
   * @param basketNotes notes that matter only when the baskets are clustered (where their names come from)
   */
  BasketTable(String source, DenseMatrix matrix, List<String> items, String[] baskets, String basketsNamedBy,
      int[] matrixRowOfInputRow, List<String> notes, List<String> basketNotes) {
    this.source = source;
    this.matrix = matrix;
    this.items = List.copyOf(items);
    this.baskets = baskets.clone();
    this.basketsNamedBy = basketsNamedBy;
    this.matrixRowOfInputRow = matrixRowOfInputRow.clone();
    this.notes = List.copyOf(notes);
    this.basketNotes = List.copyOf(basketNotes);
  }

  /**
   * Reads a 0/1 table: the numeric columns (or those named) are the items, every row a basket, named as the
   * leaves of the tree commands are ({@link RowNames}).
   *
   * @param table the table, read with the text of its non-numeric columns kept
   * @param columns the columns to use, or null for every numeric column
   * @param missing what to do with missing values: fail or skip the row
   * @return the baskets
   * @throws CliException naming the row and column of a value that is not 0 or 1, or of a missing value
   */
  static BasketTable fromTable(Table table, List<String> columns, MissingPolicy missing) {
    InputData data = InputOptions.prepare(table, columns, missing);
    DenseMatrix m = data.matrix();
    int[] matrixRow = new int[data.inputRows()];
    int[] inputRow = new int[m.rows()];
    for (int i = 0; i < matrixRow.length; i++) {
      matrixRow[i] = data.matrixRow(i);
      if (matrixRow[i] >= 0) {
        inputRow[matrixRow[i]] = i;
      }
    }
    for (int r = 0; r < m.rows(); r++) {
      for (int j = 0; j < m.cols(); j++) {
        double v = m.get(r, j);
        if (v != 0.0 && v != 1.0) {
          throw new CliException(data.source() + ": row " + (inputRow[r] + 1) + ", column '"
              + data.columns().get(j) + "': " + BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
              + " is not 0 or 1 (a 0/1 table has one row per basket and a 0/1 column per item; leave other "
              + "columns out with --columns, or give a file of one basket per line with --transactions)");
        }
      }
    }
    List<String> nameNotes = new ArrayList<>();
    RowNames.Named named = RowNames.of(table, matrixRow, m.rows(), nameNotes);
    return new BasketTable(data.source(), m, data.columns(), named.names(), named.source(), matrixRow,
        data.notes(), nameNotes);
  }

  /** @return baskets x items, 0/1 */
  DenseMatrix matrix() {
    return matrix;
  }

  /** @return the item names, in column order */
  List<String> itemNames() {
    return items;
  }

  /** @return the basket names, in row order */
  List<String> basketNames() {
    return List.of(baskets);
  }

  /**
   * @return the baskets as the rows to cluster: their values are the items, their names the baskets'
   * @throws CliException if there are fewer than 2 baskets
   */
  InputData baskets() {
    requireTwo(baskets.length, "basket", "baskets");
    List<String> all = new ArrayList<>(notes);
    all.addAll(basketNotes);
    allZero(matrix, List.of(baskets), "baskets with no items", "basket").ifPresent(all::add);
    return new InputData(source, matrix, items, matrixRowOfInputRow,
        new RowNames.Named(baskets, basketsNamedBy), all);
  }

  /**
   * @return the items as the rows to cluster (the table transposed): their values say which baskets hold them,
   *     their names are the items'
   * @throws CliException if there are fewer than 2 items
   */
  InputData items() {
    requireTwo(items.size(), "item", "items");
    int n = matrix.rows();
    int d = matrix.cols();
    double[] transposed = new double[n * d];
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        transposed[j * n + r] = matrix.get(r, j);
      }
    }
    DenseMatrix t = DenseMatrix.ofRowMajor(d, n, transposed);
    int[] identity = new int[d];
    Arrays.setAll(identity, j -> j);
    List<String> all = new ArrayList<>();
    for (String note : notes) { // the baskets left out by --missing skip-row have no labels when items are clustered
      all.add(note.replace("; their labels are null", "; they are in no item's set"));
    }
    allZero(t, items, "items in no basket", "item").ifPresent(all::add);
    return new InputData(source, t, List.of(baskets), identity,
        new RowNames.Named(items.toArray(new String[0]), "Item"), all);
  }

  private void requireTwo(int count, String one, String many) {
    if (count < 2) {
      throw new CliException(source + ": " + count + " " + (count == 1 ? one : many) + "; clustering the " + many
          + " needs at least 2");
    }
  }

  /**
   * @param rows what is clustered
   * @param names their names
   * @param what what an all-zero row is, plural, e.g. "baskets with no items"
   * @param other what the others are, e.g. "basket"
   * @return a note naming the all-zero rows, if any
   */
  private static Optional<String> allZero(DenseMatrix rows, List<String> names, String what, String other) {
    List<String> zero = new ArrayList<>();
    for (int r = 0; r < rows.rows(); r++) {
      boolean all = true;
      for (int j = 0; j < rows.cols() && all; j++) {
        all = rows.get(r, j) == 0.0;
      }
      if (all) {
        zero.add(names.get(r));
      }
    }
    if (zero.isEmpty()) {
      return Optional.empty();
    }
    String listed = String.join(", ", zero.subList(0, Math.min(NAMES_IN_NOTE, zero.size())))
        + (zero.size() > NAMES_IN_NOTE ? " and " + (zero.size() - NAMES_IN_NOTE) + " more" : "");
    return Optional.of(what + " (" + zero.size() + "): " + listed + "; their Jaccard distance is 0 to each other "
        + "and 1 to every other " + other + " (0/0 taken as 0, as SciPy does)");
  }
}
