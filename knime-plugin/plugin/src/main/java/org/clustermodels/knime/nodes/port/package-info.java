/**
 * The one ClusterModels model port (registered as "ClusterModels model"): its port object carries a k-means model
 * or a cut dendrogram model, its spec what a model promises at configure time. Both are saved as KNIME model
 * content through the node logic's {@code ClusterModelContent} and {@code ClusterModelSpec}.
 */
package org.clustermodels.knime.nodes.port;
