/**
 * Colour quantisation: an image's pixels reduced to a palette of k colours found by k-means on the pixels'
 * colours, every pixel then replaced by its nearest palette colour. The {@link
 * org.clustermodels.core.quantize.ColorTable} collapses the pixels to their distinct colours with counts, the
 * {@link org.clustermodels.core.quantize.ColorQuantizer} fits the palette (on a sample of the pixels for large
 * images) and assigns every pixel, and the immutable {@link org.clustermodels.core.quantize.Quantization} holds
 * the palette, the labels and the {@link org.clustermodels.core.quantize.ReconstructionError} (mean squared
 * error and PSNR). Pixels are rows of integer channel values; no image types: reading and writing image files is
 * the caller's part.
 */
package org.clustermodels.core.quantize;
