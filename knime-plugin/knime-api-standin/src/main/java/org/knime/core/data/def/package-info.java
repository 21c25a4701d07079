/** Stand-in for KNIME's {@code org.knime.core.data.def}: the standard cells and rows. */
package org.knime.core.data.def;
