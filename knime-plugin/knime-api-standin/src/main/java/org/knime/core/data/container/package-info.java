/** Stand-in for KNIME's {@code org.knime.core.data.container}: containers, column rearrangers and cell factories. */
package org.knime.core.data.container;
