/**
 * Table rows to the core's matrix and back, without KNIME types: the missing-value policy, the conversion of the
 * selected columns' values, and the descriptors of the columns a node appends.
 */
package org.clustermodels.knime.logic.table;
