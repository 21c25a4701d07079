package org.clustermodels.core.kmeans;

import org.clustermodels.core.progress.ProgressMonitor;

/**
 * One restart's input, as the single-run algorithms see it: validated, scaled data in one flat row-major
 * array, unit or given row weights, and the stopping rule in absolute units. Internal; shared read-only
 * between parallel restarts.
 *
 * @param x the n*d data values, row-major; never modified
 * @param n number of rows
 * @param d number of columns
 * @param w n row weights (all 1 when none were given); never modified
 * @param k number of clusters
 * @param maxIterations iteration limit
 * @param absTolerance the tolerance times the mean column variance: stop when the summed squared centre
 *     shift is at most this
 * @param emptyClusterPolicy what to do with empty clusters
 * @param batchSize mini-batch size
 * @param monitor cancellation (progress is reported by the caller)
 */
record KMeansProblem(double[] x, int n, int d, double[] w, int k, int maxIterations, double absTolerance,
    EmptyClusterPolicy emptyClusterPolicy, int batchSize, ProgressMonitor monitor) {
}
