package org.clustermodels.knime.logic.table;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clustermodels.knime.logic.settings.SettingsException;

/**
 * Checks, at configure time, that the columns a node reads exist in its input table and are numeric, and finds
 * their positions. Messages name the first column at fault.
 */
public final class ColumnCheck {
  private ColumnCheck() {
  }

  /**
   * Checks the columns selected in a learner's dialog.
   *
   * @param selected the selected column names, in the order the node reads them
   * @param input the input table's columns
   * @return the index in {@code input} of each selected column
   * @throws SettingsException if nothing is selected, or naming the first selected column that is selected twice,
   *     is not in the input table, or is not numeric
   */
  public static int[] selectedNumeric(List<String> selected, List<InputColumn> input) throws SettingsException {
    if (selected.isEmpty()) {
      throw new SettingsException("No column is selected: select at least one numeric column to cluster.");
    }
    return indices(selected, input, "The selected column");
  }

  /**
   * Checks that a table to which a model is applied has the model's columns.
   *
   * @param modelColumns the columns the model was trained on, in its order
   * @param input the new table's columns
   * @return the index in {@code input} of each model column
   * @throws SettingsException naming the first model column that is not in the table or not numeric
   */
  public static int[] modelColumns(List<String> modelColumns, List<InputColumn> input) throws SettingsException {
    return indices(modelColumns, input, "The model's column");
  }

  private static int[] indices(List<String> names, List<InputColumn> input, String what) throws SettingsException {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < input.size(); i++) {
      byName.putIfAbsent(input.get(i).name(), i);
    }
    int[] out = new int[names.size()];
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      if (!seen.add(name)) {
        throw new SettingsException(what + " \"" + name + "\" is listed twice.");
      }
      Integer i = byName.get(name);
      if (i == null) {
        throw new SettingsException(what + " \"" + name + "\" is not in the input table.");
      }
      InputColumn c = input.get(i);
      if (!c.numeric()) {
        throw new SettingsException(what + " \"" + name + "\" is not numeric (its type is " + c.typeName() + ").");
      }
      out[j] = i;
    }
    return out;
  }
}
