/**
 * Hierarchical clustering: the one {@link org.clustermodels.core.hierarchy.Dendrogram dendrogram model} in
 * SciPy's merge-list convention, and the algorithms that build it.
 */
package org.clustermodels.core.hierarchy;
