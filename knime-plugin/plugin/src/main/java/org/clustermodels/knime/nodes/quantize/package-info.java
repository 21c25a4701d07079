/**
 * The Colour Quantizer node: factory, model, dialog and view over the node logic's quantize package
 * ({@code org.clustermodels.knime.logic.quantize}).
 */
package org.clustermodels.knime.nodes.quantize;
