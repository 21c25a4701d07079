package org.clustermodels.core.kmeans;

/**
 * The scores of one k in a {@link KScan}.
 *
 * @param k the number of clusters
 * @param inertia the inertia (lower is tighter; always falls with k)
 * @param silhouette the mean silhouette (higher is better, in [-1, 1])
 * @param calinskiHarabasz the Calinski–Harabasz index (higher is better)
 * @param daviesBouldin the Davies–Bouldin index (lower is better)
 */
public record KScore(int k, double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin) {
}
