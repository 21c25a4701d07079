package org.clustermodels.knime.logic.table;

import java.util.List;

/** The checks every row's values pass, in training and in assignment alike. */
final class RowValues {
  private RowValues() {
  }

  /**
   * Checks a row's values and finds its first missing value.
   *
   * @param rowKey the row's key, for messages
   * @param values the values of the columns, NaN for a missing cell
   * @param columns the column names
   * @param policy the missing-value policy
   * @return the index of the first missing value, or -1 if there is none
   * @throws IllegalArgumentException for a wrong number of values, an infinite value, or (policy FAIL) a missing
   *     value, naming the row key and the column
   */
  static int firstMissing(String rowKey, double[] values, List<String> columns, MissingValuePolicy policy) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("Row \"" + rowKey + "\": " + values.length + " values given for "
          + columns.size() + " columns");
    }
    int missing = -1;
    for (int j = 0; j < values.length; j++) {
      double v = values[j];
      if (Double.isNaN(v)) {
        if (policy == MissingValuePolicy.FAIL) {
          throw new IllegalArgumentException("Row \"" + rowKey + "\", column \"" + columns.get(j)
              + "\": the value is missing, and the missing-value policy is \"" + policy.label() + "\" (choose \""
              + MissingValuePolicy.SKIP_ROWS.label() + "\" or \"" + MissingValuePolicy.MEAN.label()
              + "\" to go on).");
        }
        missing = missing < 0 ? j : missing;
      } else if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("Row \"" + rowKey + "\", column \"" + columns.get(j) + "\": the value "
            + v + " is not a finite number; only finite numbers can be clustered (filter the row or replace the "
            + "value first).");
      }
    }
    return missing;
  }
}
