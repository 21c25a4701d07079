package org.clustermodels.knime.logic.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small output table as plain data (e.g. the cluster centres or the scores per k): its columns and its rows, each
 * row an array with one value per column of the Java type its {@link ColumnKind} names, or {@code null} for a
 * missing cell. The glue turns it into a KNIME table, naming rows "Row0", "Row1", ... or by the first column.
 * Immutable: rows are copied in and out.
 */
public final class OutputTable {
  private final List<OutputColumn> columns;
  private final List<Object[]> rows;

  /**
   * @param columns the columns
   * @param rows the rows; each must have one value per column, of the column kind's type or null
   * @throws IllegalArgumentException naming a column name that occurs twice, or the row and column of a value
   *     that does not fit
   */
  public OutputTable(List<OutputColumn> columns, List<Object[]> rows) {
    this.columns = List.copyOf(columns);
    Set<String> names = new HashSet<>();
    for (OutputColumn c : this.columns) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException("the column name \"" + c.name() + "\" occurs twice");
      }
    }
    List<Object[]> copy = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r);
      if (row.length != this.columns.size()) {
        throw new IllegalArgumentException("row " + r + " has " + row.length + " values for "
            + this.columns.size() + " columns");
      }
      for (int c = 0; c < row.length; c++) {
        Class<?> type = this.columns.get(c).kind().valueType();
        if (row[c] != null && !type.isInstance(row[c])) {
          throw new IllegalArgumentException("row " + r + ", column \"" + this.columns.get(c).name() + "\": expected "
              + type.getSimpleName() + ", got " + row[c].getClass().getSimpleName());
        }
      }
      copy.add(row.clone());
    }
    this.rows = copy;
  }

  /** @return the columns, unmodifiable */
  public List<OutputColumn> columns() {
    return columns;
  }

  /** @return the number of rows */
  public int rowCount() {
    return rows.size();
  }

  /**
   * @param row a row index
   * @return a copy of the row's values
   */
  public Object[] row(int row) {
    return rows.get(row).clone();
  }

  /**
   * @param row a row index
   * @param column a column index
   * @return the value, of the column kind's type, or null for a missing cell
   */
  public Object get(int row, int column) {
    return rows.get(row)[column];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof OutputTable t) || !t.columns.equals(columns) || t.rows.size() != rows.size()) {
      return false;
    }
    for (int r = 0; r < rows.size(); r++) {
      if (!Arrays.equals(rows.get(r), t.rows.get(r))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = columns.hashCode();
    for (Object[] row : rows) {
      h = 31 * h + Arrays.hashCode(row);
    }
    return h;
  }

  @Override
  public String toString() {
    return "OutputTable" + columns + ", " + rows.size() + " rows";
  }

  /**
   * @param columns columns
   * @return an empty table with them
   */
  public static OutputTable empty(List<OutputColumn> columns) {
    return new OutputTable(columns, List.of());
  }
}
