package org.knime.core.data;

/** Stand-in for KNIME's StringValue. */
public interface StringValue extends DataValue {
  /** @return the value */
  String getStringValue();
}
