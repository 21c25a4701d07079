package org.clustermodels.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustermodels.core.data.DenseMatrix;
import picocli.CommandLine.Option;

/**
 * Input options shared by the clustering commands ({@code -i}, {@code --columns}, {@code --missing}) and the
 * step that turns the file into an {@link InputData}: column selection, checks for infinite values, the
 * missing-value policy and the minimum of 2 rows. Picocli mixin.
 */
public final class InputOptions implements TreeInput {

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
      description = "Input data: CSV with a header row, or ARFF (by the .arff extension or an @relation "
          + "header). Relative paths are relative to the current directory.")
  Path input;

  @Option(names = "--columns", split = ",", paramLabel = "NAME",
      description = "Columns to use, comma-separated, in this order (default: every numeric column; other "
          + "columns are skipped with a note on stderr).")
  List<String> columns;

  @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "fail",
      converter = MissingPolicy.Converter.class, completionCandidates = MissingPolicy.Converter.class,
      description = "Missing values (empty cell, ?, NA, NaN) in a used column: ${COMPLETION-CANDIDATES}. "
          + "fail: stop with an error naming row and column; skip-row: leave such rows out (their label is "
          + "null in the JSON and empty in kmeans' --labels-out, so both keep one entry per input row; n counts "
          + "the rows used); mean: replace by the column mean. Default: ${DEFAULT-VALUE}.")
  MissingPolicy missing = MissingPolicy.FAIL;

  /** @return the input file as given */
  @Override
  public Path input() {
    return input;
  }

  /**
   * Reads the input file and prepares the numeric data.
   *
   * @return the data, with notes about skipped columns or rows and imputed values (see
   *     {@link InputData#notes()})
   * @throws CliException naming the file, row, column or option at fault
   */
  public InputData load() {
    return load(false);
  }

  /**
   * Reads the input file and prepares the numeric data, optionally with names for the rows.
   *
   * @param rowNames whether to name the rows (see {@link RowNames}): keeps the text of non-numeric columns while
   *     reading
   * @return the data, with notes about skipped columns or rows, imputed values and where the row names come from
   * @throws CliException naming the file, row, column or option at fault
   */
  @Override
  public InputData load(boolean rowNames) {
    Table table = TableReader.read(input, rowNames);
    return prepare(table, columns, missing, rowNames);
  }

  static InputData prepare(Table table, List<String> names, MissingPolicy missing) {
    return prepare(table, names, missing, false);
  }

  static InputData prepare(Table table, List<String> names, MissingPolicy missing, boolean rowNames) {
    String src = table.source();
    List<String> notes = new ArrayList<>();
    List<Table.Column> used = select(table, names, notes);
    int d = used.size();
    int rows = table.rows();
    if (rows == 0) {
      throw new CliException(src + ": no data rows (only a header)");
    }
    boolean[] incomplete = new boolean[rows];
    int incompleteRows = 0;
    int missingCells = 0;
    for (int i = 0; i < rows; i++) {
      for (Table.Column c : used) {
        double v = c.value(i);
        if (Double.isInfinite(v)) {
          throw new CliException(src + ": row " + (i + 1) + ", column '" + c.name()
              + "': infinite value (or a number too large for a double)");
        }
        if (Double.isNaN(v)) {
          if (missing == MissingPolicy.FAIL) {
            throw new CliException(src + ": row " + (i + 1) + ", column '" + c.name()
                + "': missing value (empty, ?, NA or NaN); use --missing skip-row or --missing mean");
          }
          missingCells++;
          if (!incomplete[i]) {
            incomplete[i] = true;
            incompleteRows++;
          }
        }
      }
    }
    double[] means = new double[d];
    if (missing == MissingPolicy.MEAN && missingCells > 0) {
      for (int j = 0; j < d; j++) {
        Table.Column c = used.get(j);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < rows; i++) {
          double v = c.value(i);
          if (!Double.isNaN(v)) {
            sum += v;
            count++;
          }
        }
        if (count == 0) {
          throw new CliException(src + ": column '" + c.name() + "' has no values, so --missing mean has no mean");
        }
        means[j] = sum / count;
      }
    }
    boolean skip = missing == MissingPolicy.SKIP_ROW;
    int n = skip ? rows - incompleteRows : rows;
    if (n < 2) {
      String why = skip && incompleteRows > 0 ? " left after skipping " + incompleteRows
          + " row(s) with missing values" : "";
      throw new CliException(src + ": " + n + " data row" + (n == 1 ? "" : "s") + why
          + "; clustering needs at least 2");
    }
    double[] values = new double[n * d];
    int[] matrixRow = new int[rows];
    int r = 0;
    for (int i = 0; i < rows; i++) {
      if (skip && incomplete[i]) {
        matrixRow[i] = -1;
        continue;
      }
      for (int j = 0; j < d; j++) {
        double v = used.get(j).value(i);
        values[r * d + j] = Double.isNaN(v) ? means[j] : v;
      }
      matrixRow[i] = r++;
    }
    if (skip && incompleteRows > 0) {
      notes.add("skipped " + incompleteRows + " row(s) with missing values; their labels are null");
    } else if (missing == MissingPolicy.MEAN && missingCells > 0) {
      notes.add("replaced " + missingCells + " missing value(s) by column means");
    }
    List<String> colNames = new ArrayList<>();
    for (Table.Column c : used) {
      colNames.add(c.name());
    }
    RowNames.Named named = rowNames ? RowNames.of(table, matrixRow, n, notes) : null;
    return new InputData(src, DenseMatrix.ofRowMajor(n, d, values), colNames, matrixRow, named, notes);
  }

  private static List<Table.Column> select(Table table, List<String> names, List<String> notes) {
    String src = table.source();
    List<Table.Column> used = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      List<String> skipped = new ArrayList<>();
      for (Table.Column c : table.columns()) {
        if (c.numeric()) {
          used.add(c);
        } else {
          skipped.add(c.name());
        }
      }
      if (used.isEmpty()) {
        throw new CliException(src + ": no numeric columns (non-numeric: " + String.join(", ", skipped) + ")");
      }
      if (!skipped.isEmpty()) {
        notes.add("skipping non-numeric column" + (skipped.size() == 1 ? "" : "s") + " "
            + String.join(", ", skipped));
      }
      return used;
    }
    Set<String> seen = new HashSet<>();
    for (String raw : names) {
      String name = raw.trim();
      if (!seen.add(name)) {
        throw new CliException("--columns: column '" + name + "' is given twice");
      }
      Table.Column found = null;
      int matches = 0;
      for (Table.Column c : table.columns()) {
        if (c.name().equals(name)) {
          found = c;
          matches++;
        }
      }
      if (matches == 0) {
        List<String> all = new ArrayList<>();
        table.columns().forEach(c -> all.add(c.name()));
        throw new CliException("--columns: unknown column '" + name + "' (" + src + " has: "
            + String.join(", ", all) + ")");
      }
      if (matches > 1) {
        throw new CliException("--columns: column name '" + name + "' occurs " + matches + " times in " + src);
      }
      if (!found.numeric()) {
        throw new CliException("--columns: column '" + name + "' is " + found.whyNotNumeric());
      }
      used.add(found);
    }
    return used;
  }
}
