package org.clustermodels.cli;

import java.io.PrintWriter;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The numeric data a clustering command works on, with the way back to the input rows.
 *
 * <p>{@link #matrix()} holds the used rows only (all rows, unless {@code --missing skip-row} left some out);
 * {@link #matrixRow(int)} maps an input row to its matrix row, so that per-row output can keep input row order
 * with a gap for each left-out row.
 */
public final class InputData {
  private final String source;
  private final DenseMatrix matrix;
  private final List<String> columns;
  private final int[] matrixRowOfInputRow;
  private final RowNames.Named rowNames;
  private final List<String> notes;

  InputData(String source, DenseMatrix matrix, List<String> columns, int[] matrixRowOfInputRow,
      RowNames.Named rowNames, List<String> notes) {
    this.source = source;
    this.matrix = matrix;
    this.columns = List.copyOf(columns);
    this.matrixRowOfInputRow = matrixRowOfInputRow;
    this.rowNames = rowNames;
    this.notes = List.copyOf(notes);
  }

  /**
   * @return notes for the user about how the input was read (skipped columns, skipped rows, imputed values);
   *     a command prints them with {@link #printNotes} once it has accepted the input, so that a rejected input
   *     gets one error line only
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Prints the notes, one line {@code clustermodels: note: ...} each.
   *
   * @param err stderr
   */
  public void printNotes(PrintWriter err) {
    for (String note : notes) {
      Main.note(err, note);
    }
  }

  /**
   * @return one name per matrix row, for the leaves of a tree (see {@link RowNames}); null unless the input was
   *     loaded with row names
   */
  public String[] rowNames() {
    return rowNames == null ? null : rowNames.names().clone();
  }

  /**
   * @return the column the {@link #rowNames()} come from; null when they are row numbers or were not asked for
   */
  public String rowNamesColumn() {
    return rowNames == null ? null : rowNames.source();
  }

  /** @return the input file name, for messages */
  public String source() {
    return source;
  }

  /** @return the used rows x the used columns, in original units */
  public DenseMatrix matrix() {
    return matrix;
  }

  /** @return the names of the used columns, in matrix column order */
  public List<String> columns() {
    return columns;
  }

  /** @return the number of data rows in the input, used or not */
  public int inputRows() {
    return matrixRowOfInputRow.length;
  }

  /**
   * @param inputRow 0-based input data row
   * @return its 0-based matrix row, or -1 if the row was left out
   */
  public int matrixRow(int inputRow) {
    return matrixRowOfInputRow[inputRow];
  }
}
