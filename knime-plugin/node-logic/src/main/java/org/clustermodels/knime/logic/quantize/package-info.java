/**
 * The Colour Quantizer node without KNIME types: its settings, the run over the core's quantisation pipeline
 * ({@link org.clustermodels.core.quantize.ImageQuantizer}), its output tables, its view and its dialog panel.
 */
package org.clustermodels.knime.logic.quantize;
