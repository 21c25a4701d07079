/**
 * Distances between rows: the metrics and the condensed distance matrix that the hierarchical algorithms read.
 */
package org.clustermodels.core.distance;
