package org.clustermodels.knime.logic.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Names of appended columns that do not clash with the input's, by KNIME's rule
 * ({@code DataTableSpec.getUniqueColumnName} in KNIME 5.0 to 5.12): the wanted name is trimmed
 * ({@link String#trim()}); if a column of that exact name (case-sensitive) exists, " (#1)" is appended, then
 * " (#2)" and so on, always to the trimmed name, until the name is free.
 */
public final class ColumnNames {
  private ColumnNames() {
  }

  /**
   * @param existing the names already taken
   * @param wanted the name wanted
   * @return {@code wanted.trim()} if free, else the trimmed name with the first free " (#i)", i = 1, 2, ...
   */
  public static String unique(Collection<String> existing, String wanted) {
    Objects.requireNonNull(wanted, "wanted");
    Set<String> taken = existing instanceof Set<String> s ? s : new HashSet<>(existing);
    String trimmed = wanted.trim();
    String name = trimmed;
    for (int i = 1; taken.contains(name); i++) {
      name = trimmed + " (#" + i + ")";
    }
    return name;
  }

  /**
   * Renames columns appended to a table, in order, so that each name is unique among the input's columns and the
   * columns appended before it (as KNIME does when a node appends them one after the other).
   *
   * @param inputColumns the input table's column names
   * @param appended the columns to append, under the names wanted
   * @return the same columns under unique names
   */
  public static List<OutputColumn> appendTo(List<String> inputColumns, List<OutputColumn> appended) {
    Set<String> taken = new HashSet<>(inputColumns);
    List<OutputColumn> out = new ArrayList<>(appended.size());
    for (OutputColumn c : appended) {
      String name = unique(taken, c.name());
      taken.add(name);
      out.add(c.withName(name));
    }
    return List.copyOf(out);
  }
}
