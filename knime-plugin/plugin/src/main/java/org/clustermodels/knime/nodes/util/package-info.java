/**
 * Generic adapters between KNIME's API and the project's KNIME-free interfaces: settings and model content
 * ({@link org.clustermodels.knime.nodes.util.KnimeSettings}), progress with cancellation
 * ({@link org.clustermodels.knime.nodes.util.KnimeProgress}), tables, columns and cells
 * ({@link org.clustermodels.knime.nodes.util.KnimeTables}) and a node's internals
 * ({@link org.clustermodels.knime.nodes.util.KnimeInternals}).
 */
package org.clustermodels.knime.nodes.util;
