/** Stand-in for KNIME's {@code org.knime.core.node.util.filter}: the result of a column filter. */
package org.knime.core.node.util.filter;
