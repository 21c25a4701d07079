/**
 * The "Segment profile" output of the clustering nodes without KNIME types: the core's
 * {@link org.clustermodels.core.profile.SegmentProfile} as a table, one row per cluster and column.
 */
package org.clustermodels.knime.logic.profile;
