/**
 * Generic adapters between KNIME's API and the project's KNIME-free interfaces: settings and model content
 * ({@link org.clustermodels.knime.nodes.util.KnimeSettings}) and progress with cancellation
 * ({@link org.clustermodels.knime.nodes.util.KnimeProgress}).
 */
package org.clustermodels.knime.nodes.util;
