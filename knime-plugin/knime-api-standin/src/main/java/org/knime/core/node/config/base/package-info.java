/** Stand-in for KNIME's {@code org.knime.core.node.config.base} (bundle org.knime.core.util): typed getters and adders. */
package org.knime.core.node.config.base;
