/**
 * The k-Means Learner node: factory, model, dialog and view over the node logic's k-means package
 * ({@code org.clustermodels.knime.logic.kmeans}).
 */
package org.clustermodels.knime.nodes.kmeans;
