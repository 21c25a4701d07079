/**
 * What a flat clustering says about the rows, for any clustering result (a k-means fit, a cut of a tree): the
 * profile of each cluster, or segment ({@link org.clustermodels.core.profile.SegmentProfile}: size, share, means,
 * standard deviations and standardised differences per column), and anomaly scores with an outlier rule
 * ({@link org.clustermodels.core.profile.AnomalyScores}). The pictures of both are in
 * {@code org.clustermodels.core.render}. No Weka or KNIME types.
 */
package org.clustermodels.core.profile;
