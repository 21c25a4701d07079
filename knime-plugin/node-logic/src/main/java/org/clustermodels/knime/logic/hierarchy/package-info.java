/**
 * The hierarchical (agglomerative) and divisive clustering nodes without KNIME types: their settings with frozen
 * keys and validation ({@link org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings},
 * {@link org.clustermodels.knime.logic.hierarchy.DivisiveNodeSettings}), what they execute
 * ({@link org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeRun},
 * {@link org.clustermodels.knime.logic.hierarchy.DivisiveNodeRun}) and the dendrogram model they output
 * ({@link org.clustermodels.knime.logic.hierarchy.DendrogramModelContent} with its
 * {@link org.clustermodels.knime.logic.hierarchy.DendrogramModelSpec}).
 */
package org.clustermodels.knime.logic.hierarchy;
