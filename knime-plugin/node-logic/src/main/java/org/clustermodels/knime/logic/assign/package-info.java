/**
 * Applying a centre-based cluster model to new rows, without KNIME types: the plain model data
 * ({@link org.clustermodels.knime.logic.assign.CentreModel}: columns, scaling, centres, labels, metric, the new-row
 * encoder, an optional outlier rule), the nearest-centre assigner used for k-means models and for cut dendrogram
 * models alike, its output columns, and the spec of a model port.
 */
package org.clustermodels.knime.logic.assign;
