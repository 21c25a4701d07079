/**
 * K-Means clustering: the {@link org.clustermodels.core.kmeans.KMeans} entry point, its immutable
 * {@link org.clustermodels.core.kmeans.KMeansParams parameters} and
 * {@link org.clustermodels.core.kmeans.KMeansResult result}, the fitted
 * {@link org.clustermodels.core.kmeans.KMeansModel model} that scores new rows, Lloyd's algorithm as a template
 * whose exact accelerated variants (Hamerly, Elkan) replace only the assignment step, mini-batch k-means, a
 * Hartigan refinement of the partition, and the scan over k.
 *
 * <p>Numerics follow scikit-learn: inertia is the SUM of (weighted) squared Euclidean distances of the rows to
 * their centres; the tolerance is relative to the mean per-column variance.
 */
package org.clustermodels.core.kmeans;
