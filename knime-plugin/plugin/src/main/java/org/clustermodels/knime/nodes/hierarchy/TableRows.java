package org.clustermodels.knime.nodes.hierarchy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.TrainingRows;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * The selected columns of a KNIME table read into the logic's {@link TrainingRows} (a missing cell is NaN, which
 * the missing-value policy then treats), with the key of every input row, so that output rows can be matched to
 * matrix rows.
 */
final class TableRows {
  private static final int CHECK_EVERY = 1024;

  private final TrainingRows training;
  private final String[] inputKeys;

  private TableRows(TrainingRows training, String[] inputKeys) {
    this.training = training;
    this.inputKeys = inputKeys;
  }

  /**
   * @param table the input table
   * @param columnIndices the positions of the selected (numeric) columns
   * @param columns their names
   * @param policy the missing-value policy
   * @param memory checked before the matrix grows
   * @param exec progress and cancel
   * @return the rows
   * @throws CanceledExecutionException if the user cancelled
   * @throws IllegalArgumentException naming the row key and column of a value the policy refuses, or for too
   *     little memory
   */
  static TableRows read(BufferedDataTable table, int[] columnIndices, List<String> columns,
      MissingValuePolicy policy, MemoryCheck memory, ExecutionMonitor exec) throws CanceledExecutionException {
    long size = table.size();
    TrainingRows.Builder builder = TrainingRows.builder(columns, policy, memory).expectRows(size);
    List<String> keys = new ArrayList<>((int) Math.min(size, 1 << 16));
    double[] values = new double[columnIndices.length];
    try (CloseableRowIterator it = table.iterator()) {
      while (it.hasNext()) {
        DataRow row = it.next();
        for (int j = 0; j < columnIndices.length; j++) {
          DataCell cell = row.getCell(columnIndices[j]);
          values[j] = cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
        }
        String key = row.getKey().getString();
        builder.add(key, values);
        keys.add(key);
        if (keys.size() % CHECK_EVERY == 0) {
          exec.checkCanceled();
          exec.setProgress((double) keys.size() / size, String.format(Locale.ROOT, "Reading row %,d of %,d",
              keys.size(), size));
        }
      }
    }
    return new TableRows(builder.build(), keys.toArray(String[]::new));
  }

  /** @return the rows as the logic takes them */
  TrainingRows training() {
    return training;
  }

  /** @return the row key of every matrix row */
  String[] matrixRowKeys() {
    String[] keys = new String[training.rowCount()];
    for (int m = 0; m < keys.length; m++) {
      keys[m] = inputKeys[training.inputRowOf(m)];
    }
    return keys;
  }

  /**
   * @param inputRow an input row's index
   * @param key the key of the row KNIME gives for that index
   * @return the row's matrix row, or -1 if it was left out (missing value)
   * @throws IllegalStateException if the row is not the one read at that index
   */
  int matrixRowOf(long inputRow, String key) {
    if (inputRow < 0 || inputRow >= inputKeys.length || !inputKeys[(int) inputRow].equals(key)) {
      throw new IllegalStateException("Row \"" + key + "\" at index " + inputRow + " is not the row read there "
          + "(the table changed while the node ran)");
    }
    return training.matrixRowOf((int) inputRow);
  }
}
