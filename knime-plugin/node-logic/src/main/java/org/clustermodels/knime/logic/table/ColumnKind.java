package org.clustermodels.knime.logic.table;

/**
 * The type of an output column, which the glue maps to KNIME's cell types; the Java type of its values in an
 * {@link OutputTable} row is given with each constant ({@code null} stands for a missing cell in every kind).
 */
public enum ColumnKind {
  /** KNIME's DoubleCell; values are {@link Double}. */
  DOUBLE(Double.class),
  /** KNIME's IntCell; values are {@link Integer}. */
  INT(Integer.class),
  /** KNIME's StringCell; values are {@link String}. */
  STRING(String.class),
  /** KNIME's BooleanCell; values are {@link Boolean}. */
  BOOLEAN(Boolean.class);

  private final Class<?> valueType;

  ColumnKind(Class<?> valueType) {
    this.valueType = valueType;
  }

  /** @return the Java type of this kind's values */
  public Class<?> valueType() {
    return valueType;
  }
}
