package org.knime.core.node;

import org.knime.core.node.config.ConfigWO;

/** Stand-in for KNIME's write-only model content. */
public interface ModelContentWO extends ConfigWO {
  /**
   * @param key the key of a new nested group
   * @return the group
   */
  ModelContentWO addModelContent(String key);
}
