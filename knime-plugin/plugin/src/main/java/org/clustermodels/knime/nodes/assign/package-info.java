/**
 * The Cluster Assigner node: applies a ClusterModels model (k-means, or a cut dendrogram through the centroids of
 * its clusters) to the rows of a table, with the node logic's {@code NearestCentreAssigner}.
 */
package org.clustermodels.knime.nodes.assign;
