package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in for KNIME's read-only node settings. */
public interface NodeSettingsRO extends ConfigRO {
  /**
   * @param key the key of a nested group
   * @return the group
   * @throws InvalidSettingsException if there is none
   */
  NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException;
}
