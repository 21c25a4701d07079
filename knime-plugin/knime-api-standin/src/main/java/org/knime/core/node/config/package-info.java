/** Stand-in for KNIME's {@code org.knime.core.node.config}: read-only and write-only configuration trees. */
package org.knime.core.node.config;
