/**
 * The Hierarchical Clustering (agglomerative) and Divisive Clustering nodes: factories, node models, dialogs and
 * the dendrogram view. They only translate between KNIME and the node logic
 * ({@link org.clustermodels.knime.logic.hierarchy}, {@link org.clustermodels.knime.logic.view}).
 */
package org.clustermodels.knime.nodes.hierarchy;
