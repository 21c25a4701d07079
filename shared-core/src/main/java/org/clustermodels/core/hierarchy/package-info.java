/**
 * Hierarchical clustering: the one {@link org.clustermodels.core.hierarchy.Dendrogram dendrogram model} in SciPy's
 * merge-list convention, the algorithms that build it, and the views derived from it.
 *
 * <ul>
 *   <li>Agglomerative: {@link org.clustermodels.core.hierarchy.Agglomerative} with its
 *       {@link org.clustermodels.core.hierarchy.AgglomerativeParams parameters} and
 *       {@link org.clustermodels.core.hierarchy.AgglomerativeResult result}; seven Lance–Williams linkages as
 *       strategies ({@link org.clustermodels.core.hierarchy.LinkageMethod}); on the distance matrix a minimum
 *       spanning tree (single), the nearest-neighbour chain (complete, average, weighted, Ward) and Müllner's
 *       generic algorithm (centroid, median); on the vectors, in O(n d) memory,
 *       {@link org.clustermodels.core.hierarchy.VectorSingleLinkage},
 *       {@link org.clustermodels.core.hierarchy.VectorWardLinkage},
 *       {@link org.clustermodels.core.hierarchy.VectorCentroidLinkage} and
 *       {@link org.clustermodels.core.hierarchy.VectorMedianLinkage}.</li>
 *   <li>Divisive: {@link org.clustermodels.core.hierarchy.Divisive} runs {@link org.clustermodels.core.hierarchy.Diana
 *       DIANA} or bisecting k-means, written into the same dendrogram model.</li>
 *   <li>Views of a dendrogram: cuts by count and by height ({@link org.clustermodels.core.hierarchy.DendrogramCut}),
 *       the leaf order for drawing ({@link org.clustermodels.core.hierarchy.LeafOrder}), cophenetic distances and
 *       correlation, the banner (agglomerative or divisive) coefficient, and Newick export
 *       ({@link org.clustermodels.core.hierarchy.NewickWriter}). Pictures of it are in
 *       {@code org.clustermodels.core.render}.</li>
 * </ul>
 */
package org.clustermodels.core.hierarchy;
