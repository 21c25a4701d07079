/**
 * What the ClusterModels KNIME nodes do, free of KNIME types so that it is tested for real: node settings with
 * their validation and frozen keys, the conversion of table rows to the core's matrix, output column
 * descriptors, model content as plain data, PMML and the view components. The KNIME glue in the plug-in only
 * translates between KNIME's types and these classes.
 */
package org.clustermodels.knime.logic;
