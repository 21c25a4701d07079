package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's write-only node settings. */
public interface NodeSettingsWO extends ConfigWO {
  /**
   * @param key the key of a new nested group
   * @return the group
   */
  NodeSettingsWO addNodeSettings(String key);
}
