/**
 * PMML 4.4 ClusteringModel output of centre-based models, written with the JDK's XML APIs, in the subset that
 * KNIME's PMML Reader and Cluster Assigner read (they parse PMML with their 4.2 schema).
 */
package org.clustermodels.knime.logic.pmml;
