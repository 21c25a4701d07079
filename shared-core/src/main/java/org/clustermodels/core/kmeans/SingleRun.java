package org.clustermodels.core.kmeans;

/**
 * The outcome of one restart (internal): centres (k*d, row-major, scaled units), labels, inertia,
 * iterations and whether the stopping rule was met.
 */
record SingleRun(double[] centers, int[] labels, double inertia, int iterations, boolean converged) {
}
