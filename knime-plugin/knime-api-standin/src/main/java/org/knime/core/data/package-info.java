/** Stand-in for KNIME's {@code org.knime.core.data}: table specs, rows, cells and value interfaces. */
package org.knime.core.data;
