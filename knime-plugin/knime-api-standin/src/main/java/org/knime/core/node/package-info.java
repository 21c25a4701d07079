/**
 * Stand-in for KNIME's {@code org.knime.core.node} (bundles {@code org.knime.core} and {@code org.knime.core.util}):
 * the signatures ClusterModels' glue compiles against, bodies that throw. Never at run time: KNIME provides the
 * real types. docs/knime.md says how the signatures were checked against KNIME's sources.
 */
package org.knime.core.node;
