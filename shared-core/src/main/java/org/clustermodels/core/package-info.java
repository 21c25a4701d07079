/**
 * ClusterModels' shared core: clustering algorithms, models and quality measures in pure Java 17, with no
 * dependency on Weka, KNIME or any GUI framework. Sub-packages: {@code data} (matrices, scaling, validation),
 * {@code progress} (progress and cancellation), {@code kmeans} (K-Means and its variants), {@code quality}
 * (internal and external cluster quality measures), {@code profile} (segment profiles and anomaly scores of a
 * clustering).
 */
package org.clustermodels.core;
