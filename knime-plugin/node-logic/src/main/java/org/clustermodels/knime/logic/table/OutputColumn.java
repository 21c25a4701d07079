package org.clustermodels.knime.logic.table;

import java.util.List;
import java.util.Objects;

/**
 * A column a node outputs, described without KNIME types: its name, its kind and, for a string column whose values
 * are known in advance (e.g. the cluster labels), those values for KNIME's column domain. Immutable.
 */
public final class OutputColumn {
  private final String name;
  private final ColumnKind kind;
  private final List<String> possibleValues;

  private OutputColumn(String name, ColumnKind kind, List<String> possibleValues) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.possibleValues = List.copyOf(possibleValues);
  }

  /**
   * @param name the column name
   * @return a double column
   */
  public static OutputColumn ofDouble(String name) {
    return new OutputColumn(name, ColumnKind.DOUBLE, List.of());
  }

  /**
   * @param name the column name
   * @return an int column
   */
  public static OutputColumn ofInt(String name) {
    return new OutputColumn(name, ColumnKind.INT, List.of());
  }

  /**
   * @param name the column name
   * @return a boolean column
   */
  public static OutputColumn ofBoolean(String name) {
    return new OutputColumn(name, ColumnKind.BOOLEAN, List.of());
  }

  /**
   * @param name the column name
   * @param possibleValues the values the column can hold, in display order, for the domain; empty if not known
   * @return a string column
   */
  public static OutputColumn ofString(String name, List<String> possibleValues) {
    return new OutputColumn(name, ColumnKind.STRING, possibleValues);
  }

  /** @return the column name */
  public String name() {
    return name;
  }

  /** @return the kind of values */
  public ColumnKind kind() {
    return kind;
  }

  /** @return the possible values of a string column (empty if unknown, and for other kinds), unmodifiable */
  public List<String> possibleValues() {
    return possibleValues;
  }

  /**
   * @param newName another name
   * @return this column under that name
   */
  public OutputColumn withName(String newName) {
    return new OutputColumn(newName, kind, possibleValues);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputColumn c && c.name.equals(name) && c.kind == kind
        && c.possibleValues.equals(possibleValues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, possibleValues);
  }

  @Override
  public String toString() {
    return name + " (" + kind + (possibleValues.isEmpty() ? "" : ", values " + possibleValues) + ")";
  }
}
