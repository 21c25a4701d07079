package org.knime.core.data;

/** Stand-in for KNIME's DataValue, the super-interface of all value interfaces. */
public interface DataValue {
}
