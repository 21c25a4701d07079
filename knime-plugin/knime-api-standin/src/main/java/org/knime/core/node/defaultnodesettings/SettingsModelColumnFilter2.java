package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/** Stand-in for KNIME's column filter settings model. */
public final class SettingsModelColumnFilter2 extends SettingsModel {
  /** @param configName the key */
  public SettingsModelColumnFilter2(final String configName) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param configName the key
   * @param allowedTypes the value types of the columns offered
   */
  @SafeVarargs
  public SettingsModelColumnFilter2(final String configName, final Class<? extends DataValue>... allowedTypes) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param inSpec the input table spec
   * @return the included and excluded columns
   */
  public FilterResult applyTo(final DataTableSpec inSpec) {
    throw new UnsupportedOperationException("stand-in");
  }
}
