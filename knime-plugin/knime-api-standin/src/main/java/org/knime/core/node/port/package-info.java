/** Stand-in for KNIME's {@code org.knime.core.node.port}: port objects, specs, their types and serializers. */
package org.knime.core.node.port;
