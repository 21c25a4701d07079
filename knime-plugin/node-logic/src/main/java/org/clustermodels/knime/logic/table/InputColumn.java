package org.clustermodels.knime.logic.table;

import java.util.Objects;

/**
 * A column of a node's input table as the checks need it: the glue builds one per column of KNIME's
 * {@code DataTableSpec}, with {@code numeric} true when the column's type is compatible with {@code DoubleValue}.
 *
 * @param name the column name
 * @param typeName the type as KNIME names it, for messages (e.g. "String")
 * @param numeric whether the node can read the column's values as doubles
 */
public record InputColumn(String name, String typeName, boolean numeric) {
  /**
   * @param name the column name
   * @param typeName the type as KNIME names it
   * @param numeric whether the node can read the values as doubles
   * @throws NullPointerException if the name or the type name is null
   */
  public InputColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(typeName, "typeName");
  }
}
