package org.knime.core.node.config;

import org.knime.core.node.config.base.ConfigBaseWO;

/** Stand-in for KNIME's write-only configuration (super-interface of node settings and model content). */
public interface ConfigWO extends ConfigBaseWO {
}
