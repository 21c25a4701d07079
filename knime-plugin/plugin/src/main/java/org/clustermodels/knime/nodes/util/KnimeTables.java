package org.clustermodels.knime.nodes.util;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.knime.logic.table.ColumnKind;
import org.clustermodels.knime.logic.table.InputColumn;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * Translates between KNIME's tables and the node logic's plain descriptors: input columns for the logic's checks,
 * {@link OutputColumn}s as KNIME column specs (a String column's known values become its domain, as KNIME's
 * k-Means sets the domain of its cluster column), values as cells (null as KNIME's missing cell), an
 * {@link OutputTable} as a table, and a row's numeric cells as doubles (a missing cell as NaN).
 */
public final class KnimeTables {
  private KnimeTables() {
  }

  /**
   * @param spec a table spec
   * @return its columns as the logic's checks see them: name, KNIME's type name, and whether the values are
   *     numbers (compatible with DoubleValue)
   */
  public static List<InputColumn> inputColumns(DataTableSpec spec) {
    List<InputColumn> out = new ArrayList<>();
    for (DataColumnSpec c : spec) {
      out.add(new InputColumn(c.getName(), c.getType().getName(), c.getType().isCompatible(DoubleValue.class)));
    }
    return out;
  }

  /**
   * For a dialog's loadSettingsFrom: a clustering dialog cannot be configured without a numeric input column.
   *
   * @param spec the input table's spec (KNIME passes an empty spec for an unconnected input)
   * @throws NotConfigurableException if no column holds numbers
   */
  public static void requireNumericColumn(PortObjectSpec spec) throws NotConfigurableException {
    if (!(spec instanceof DataTableSpec table) || inputColumns(table).stream().noneMatch(InputColumn::numeric)) {
      throw new NotConfigurableException("The input table has no numeric column to cluster; connect a table with "
          + "numeric columns first.");
    }
  }

  /**
   * @param spec a table spec
   * @return its column names, in order
   */
  public static List<String> names(DataTableSpec spec) {
    return List.of(spec.getColumnNames());
  }

  /**
   * @param kind a kind of output column
   * @return KNIME's cell type for it
   */
  public static DataType type(ColumnKind kind) {
    return switch (kind) {
      case DOUBLE -> DoubleCell.TYPE;
      case INT -> IntCell.TYPE;
      case STRING -> StringCell.TYPE;
      case BOOLEAN -> BooleanCell.TYPE;
    };
  }

  /**
   * @param column an output column
   * @return its KNIME spec, with the possible values of a String column as its domain
   */
  public static DataColumnSpec columnSpec(OutputColumn column) {
    DataColumnSpecCreator creator = new DataColumnSpecCreator(column.name(), type(column.kind()));
    if (!column.possibleValues().isEmpty()) {
      DataCell[] values = column.possibleValues().stream().map(StringCell::new).toArray(DataCell[]::new);
      creator.setDomain(new DataColumnDomainCreator(values).createDomain());
    }
    return creator.createSpec();
  }

  /**
   * @param columns output columns
   * @return their KNIME specs, in order
   */
  public static DataColumnSpec[] columnSpecs(List<OutputColumn> columns) {
    return columns.stream().map(KnimeTables::columnSpec).toArray(DataColumnSpec[]::new);
  }

  /**
   * @param columns output columns
   * @return a table spec of them
   */
  public static DataTableSpec tableSpec(List<OutputColumn> columns) {
    return new DataTableSpec(columnSpecs(columns));
  }

  /**
   * @param kind the column's kind
   * @param value a value of the kind's Java type ({@link ColumnKind#valueType()}), or null
   * @return the cell; KNIME's missing cell for null
   */
  public static DataCell cell(ColumnKind kind, Object value) {
    if (value == null) {
      return DataType.getMissingCell();
    }
    return switch (kind) {
      case DOUBLE -> new DoubleCell((Double) value);
      case INT -> new IntCell((Integer) value);
      case STRING -> new StringCell((String) value);
      case BOOLEAN -> (Boolean) value ? BooleanCell.TRUE : BooleanCell.FALSE;
    };
  }

  /**
   * @param columns the columns
   * @param values one value per column (null for a missing cell)
   * @return the cells
   */
  public static DataCell[] cells(List<OutputColumn> columns, Object[] values) {
    DataCell[] out = new DataCell[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cell(columns.get(i).kind(), values[i]);
    }
    return out;
  }

  /**
   * Writes a small table; rows are named "Row0", "Row1", ...
   *
   * @param exec the node's execution context, which creates the table
   * @param table the table
   * @return KNIME's table
   */
  public static BufferedDataTable table(ExecutionContext exec, OutputTable table) {
    BufferedDataContainer container = exec.createDataContainer(tableSpec(table.columns()));
    for (int r = 0; r < table.rowCount(); r++) {
      container.addRowToTable(new DefaultRow(RowKey.createRowKey((long) r), cells(table.columns(), table.row(r))));
    }
    container.close();
    return container.getTable();
  }

  /**
   * Reads the numeric cells of a row.
   *
   * @param row the row
   * @param columns the indices of the columns to read (numeric ones, checked at configure)
   * @return their values, NaN for a missing cell
   */
  public static double[] values(DataRow row, int[] columns) {
    double[] out = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      DataCell cell = row.getCell(columns[j]);
      out[j] = cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
    }
    return out;
  }
}
