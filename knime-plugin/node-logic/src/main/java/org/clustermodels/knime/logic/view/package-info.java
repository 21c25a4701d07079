/**
 * The views of the ClusterModels KNIME nodes as Swing components free of KNIME types, composed of the core's
 * render components: {@link org.clustermodels.knime.logic.view.DendrogramViewPanel} for the hierarchical and
 * divisive clustering nodes.
 */
package org.clustermodels.knime.logic.view;
