/**
 * The KNIME glue of ClusterModels: node factories, models, dialogs, views and port objects that only translate
 * between KNIME's API and the KNIME-free behaviour in {@code org.clustermodels.knime.logic} and the core.
 */
package org.clustermodels.knime.nodes;
