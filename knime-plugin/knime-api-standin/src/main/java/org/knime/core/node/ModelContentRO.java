package org.knime.core.node;

import org.knime.core.node.config.ConfigRO;

/** Stand-in for KNIME's read-only model content. */
public interface ModelContentRO extends ConfigRO {
  /**
   * @param key the key of a nested group
   * @return the group
   * @throws InvalidSettingsException if there is none
   */
  ModelContentRO getModelContent(String key) throws InvalidSettingsException;
}
