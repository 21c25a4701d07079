package org.knime.core.node.config;

import javax.swing.tree.TreeNode;

import org.knime.core.node.config.base.ConfigBaseRO;

/** Stand-in for KNIME's read-only configuration (super-interface of node settings and model content). */
public interface ConfigRO extends ConfigBaseRO, TreeNode, Iterable<String> {
}
