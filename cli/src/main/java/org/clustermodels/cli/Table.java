package org.clustermodels.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table as read from a CSV or ARFF file: named columns of equal length. Numeric columns keep their values
 * ({@code NaN} = missing, infinities as read); other columns keep only the first value that made them
 * non-numeric, for messages, and, when the builder was asked to keep text, every cell's text (to name the rows,
 * e.g. the leaves of a tree). Row numbers in this class's API are 1-based data rows (header excluded), as in
 * every message to the user.
 */
final class Table {
  private final String source;
  private final List<Column> columns;
  private final int rows;

  private Table(String source, List<Column> columns, int rows) {
    this.source = source;
    this.columns = columns;
    this.rows = rows;
  }

  /** @return the file name, for messages */
  String source() {
    return source;
  }

  /** @return the columns, in file order */
  List<Column> columns() {
    return columns;
  }

  /** @return the number of data rows */
  int rows() {
    return rows;
  }

  /** One column. */
  static final class Column {
    private final String name;
    private final String kind;
    private final double[] values;
    private final String[] texts;
    private final String example;
    private final int exampleRow;

    private Column(String name, String kind, double[] values, String[] texts, String example, int exampleRow) {
      this.name = name;
      this.kind = kind;
      this.values = values;
      this.texts = texts;
      this.example = example;
      this.exampleRow = exampleRow;
    }

    /** @return the column name */
    String name() {
      return name;
    }

    /** @return whether the column holds numbers */
    boolean numeric() {
      return values != null;
    }

    /** @return why it is not numeric, e.g. "a nominal attribute" or "not numeric (row 1 has 'setosa')" */
    String whyNotNumeric() {
      if (example != null) {
        return "not numeric (row " + exampleRow + " has '" + example + "')";
      }
      return "not numeric (" + kind + ")";
    }

    /**
     * @param row 0-based row index
     * @return the value, NaN if missing
     */
    double value(int row) {
      return values[row];
    }

    /** @return whether {@link #text} is available: a non-numeric column read with {@code keepText} */
    boolean hasText() {
      return texts != null;
    }

    /**
     * @param row 0-based row index
     * @return the cell as read (trimmed, unquoted); only if {@link #hasText()}
     */
    String text(int row) {
      return texts[row];
    }
  }

  /** Builds a table row by row; a column's values are kept until one is not a number. */
  static final class Builder {
    private final String source;
    private final boolean keepText;
    private final List<ColumnBuilder> columns = new ArrayList<>();
    private int rows;

    /**
     * @param source the file name, for messages
     * @param keepText whether to keep the text of every cell of the columns that turn out non-numeric (the text
     *     of columns not declared numeric is held until the end of the file, so this costs memory)
     */
    Builder(String source, boolean keepText) {
      this.source = source;
      this.keepText = keepText;
    }

    /**
     * Adds a column whose type is decided by its values (CSV).
     *
     * @param name the name
     */
    void addInferredColumn(String name) {
      columns.add(new ColumnBuilder(name, null, false, keepText));
    }

    /**
     * Adds a column of a declared type (ARFF).
     *
     * @param name the name
     * @param numeric whether values must be numbers
     * @param kind the declared type in words, e.g. "a nominal attribute"
     */
    void addDeclaredColumn(String name, boolean numeric, String kind) {
      columns.add(new ColumnBuilder(name, kind, !numeric, keepText && !numeric));
    }

    /** @return the number of columns */
    int width() {
      return columns.size();
    }

    /**
     * @param col 0-based column
     * @return its name
     */
    String name(int col) {
      return columns.get(col).name;
    }

    /**
     * @param col 0-based column
     * @return whether values of this column are still read as numbers
     */
    boolean readsNumbers(int col) {
      return columns.get(col).values != null;
    }

    /** @return the 1-based number of the row that {@link #cell} calls now fill */
    int currentRow() {
      return rows + 1;
    }

    /**
     * Sets a cell of the current row; call for every column, then {@link #endRow()}.
     *
     * @param col 0-based column
     * @param text the cell text, trimmed, unquoted
     * @param strict whether a non-number is an error (declared numeric column)
     */
    void cell(int col, String text, boolean strict) {
      ColumnBuilder c = columns.get(col);
      if (c.texts != null) {
        c.texts.add(text);
      }
      if (c.values == null) {
        return;
      }
      double v;
      if (NumberText.isMissing(text)) {
        v = Double.NaN;
      } else {
        try {
          v = NumberText.parse(text);
        } catch (NumberFormatException e) {
          if (strict) {
            throw new CliException(source + ": row " + currentRow() + ", column '" + c.name + "': '" + text
                + "' is not a number (the column is declared numeric)");
          }
          c.values = null;
          c.example = text;
          c.exampleRow = currentRow();
          return;
        }
      }
      c.add(v);
    }

    /** Ends the current row. */
    void endRow() {
      rows++;
    }

    /** @return the table */
    Table build() {
      List<Column> out = new ArrayList<>();
      for (ColumnBuilder c : columns) {
        double[] values = c.values == null ? null : Arrays.copyOf(c.values, c.size);
        String[] texts = c.values == null && c.texts != null ? c.texts.toArray(new String[0]) : null;
        out.add(new Column(c.name, c.kind, values, texts, c.example, c.exampleRow));
      }
      return new Table(source, List.copyOf(out), rows);
    }
  }

  private static final class ColumnBuilder {
    final String name;
    final String kind;
    double[] values;
    int size;
    final List<String> texts;
    String example;
    int exampleRow;

    ColumnBuilder(String name, String kind, boolean skip, boolean keepText) {
      this.name = name;
      this.kind = kind;
      this.values = skip ? null : new double[16];
      this.texts = keepText ? new ArrayList<>() : null;
    }

    void add(double v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = v;
    }
  }
}
