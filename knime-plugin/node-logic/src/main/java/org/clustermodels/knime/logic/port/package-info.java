/** The content of the ClusterModels model port: a k-means model or a dendrogram model, saved and loaded. */
package org.clustermodels.knime.logic.port;
