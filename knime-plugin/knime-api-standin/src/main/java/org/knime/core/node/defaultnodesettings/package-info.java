/** Stand-in for KNIME's {@code org.knime.core.node.defaultnodesettings}: settings models and dialog components. */
package org.knime.core.node.defaultnodesettings;
