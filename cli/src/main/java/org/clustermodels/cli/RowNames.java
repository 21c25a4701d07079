package org.clustermodels.cli;

import java.util.List;
import java.util.Locale;

/**
 * Names for the rows, written at the leaves of a tree (Newick, SVG, PNG). The names come from the first
 * non-numeric column called {@code label}, {@code name} or {@code id} (any case), else from the first non-numeric
 * column (such as the state names of usarrests), else they are the 1-based data row numbers, as in messages.
 * A row whose name cell is missing (empty, {@code ?}, {@code NA}, {@code NaN}) is named by its row number too.
 */
final class RowNames {
  /** Column names that mark a column of row names, in lower case. */
  static final List<String> NAME_COLUMNS = List.of("label", "name", "id");

  private RowNames() {
  }

  /**
   * @param table the table, read with the text of its non-numeric columns kept
   * @return the column that names the rows, or null for row numbers
   */
  static Table.Column column(Table table) {
    Table.Column first = null;
    for (Table.Column c : table.columns()) {
      if (c.numeric() || !c.hasText()) {
        continue;
      }
      if (NAME_COLUMNS.contains(c.name().strip().toLowerCase(Locale.ROOT))) {
        return c;
      }
      if (first == null) {
        first = c;
      }
    }
    return first;
  }

  /**
   * The names of the rows and where they come from.
   *
   * @param names one name per matrix row
   * @param source the column they come from, or null for row numbers
   */
  record Named(String[] names, String source) {
  }

  /**
   * @param table the table, read with the text of its non-numeric columns kept
   * @param matrixRowOfInputRow for each input row its matrix row, or -1 if it was left out
   * @param n the number of matrix rows
   * @param notes receives a note saying where the names come from
   * @return one name per matrix row, and the column they come from
   */
  static Named of(Table table, int[] matrixRowOfInputRow, int n, List<String> notes) {
    Table.Column column = column(table);
    String[] names = new String[n];
    for (int i = 0; i < matrixRowOfInputRow.length; i++) {
      int r = matrixRowOfInputRow[i];
      if (r >= 0) {
        String text = column == null ? null : column.text(i);
        names[r] = text == null || NumberText.isMissing(text) ? Integer.toString(i + 1) : text;
      }
    }
    notes.add(column == null ? "the tree's leaves are named by data row number (1-based; no non-numeric column)"
        : "the tree's leaves are named by column '" + column.name() + "'");
    return new Named(names, column == null ? null : column.name());
  }
}
