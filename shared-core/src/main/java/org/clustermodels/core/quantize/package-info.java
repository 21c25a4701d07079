/**
 * Colour quantisation: an image's pixels reduced to a palette of k colours found by k-means on the pixels'
 * colours, every pixel then replaced by its nearest palette colour. The {@link
 * org.clustermodels.core.quantize.ColorTable} collapses the pixels to their distinct colours with counts, the
 * {@link org.clustermodels.core.quantize.ColorQuantizer} fits the palette (on a sample of the pixels for large
 * images) and assigns every pixel, and the immutable {@link org.clustermodels.core.quantize.Quantization} holds
 * the palette, the labels and the {@link org.clustermodels.core.quantize.ReconstructionError} (mean squared
 * error and PSNR). These work on rows of integer channel values. For PNG files, the pipeline the command line,
 * Weka and KNIME share: {@link org.clustermodels.core.quantize.PngPixels} reads a PNG as opaque 8-bit RGB pixels,
 * {@link org.clustermodels.core.quantize.ImageQuantizer} counts their colours and quantises them, and
 * {@link org.clustermodels.core.quantize.QuantizedImage} gives the figures and writes the quantised image as the
 * smallest indexed PNG and the palette strip. Their messages start with what the caller says named the file or
 * the palette size (an option, a setting).
 */
package org.clustermodels.core.quantize;
