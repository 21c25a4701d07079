/**
 * Cluster quality measures, each a final class of static methods that give the same values as scikit-learn's
 * {@code sklearn.metrics} functions of the same name.
 *
 * <p>Internal measures (read the data and one partition): {@link org.clustermodels.core.quality.Silhouette},
 * {@link org.clustermodels.core.quality.CalinskiHarabasz}, {@link org.clustermodels.core.quality.DaviesBouldin}.
 * Their labels are arbitrary non-negative ints, one per data row (for example 0..k-1, or cluster ids with gaps);
 * they need between 2 and n - 1 distinct labels, like scikit-learn. Distances are Euclidean.
 *
 * <p>External measures (compare two partitions of the same rows):
 * {@link org.clustermodels.core.quality.AdjustedRandIndex},
 * {@link org.clustermodels.core.quality.NormalizedMutualInformation}. Their labels are arbitrary ints, negative
 * ones included; only equality of labels matters.
 *
 * <p>Every measure class carries a {@link org.clustermodels.core.Reference} to its paper.
 */
package org.clustermodels.core.quality;
