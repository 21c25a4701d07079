/**
 * The k-Means learner node's behaviour without KNIME types: its settings with validation and frozen keys, the run
 * from table rows to labelled rows, centres table, k scan and model content, and its Swing view.
 */
package org.clustermodels.knime.logic.kmeans;
