/**
 * Pictures of clustering results, drawn with the JDK alone (java.desktop): a small drawing abstraction
 * ({@link org.clustermodels.core.render.Surface}) with a Java2D and an SVG implementation, plots that paint on it
 * through one code path ({@link org.clustermodels.core.render.DendrogramPlot},
 * {@link org.clustermodels.core.render.MergeHeightPlot}, the k-selection picture
 * {@link org.clustermodels.core.render.KScanPlot}, the segment profile heatmap
 * {@link org.clustermodels.core.render.ProfileHeatmap}, the cluster and outlier scatter
 * {@link org.clustermodels.core.render.ClusterScatterPlot}, the colour quantisation pictures
 * {@link org.clustermodels.core.render.PaletteStrip} and {@link org.clustermodels.core.render.ImageGallery}), SVG
 * and PNG export that never leaves a half-written file,
 * and Swing components on the same drawing code ({@link org.clustermodels.core.render.DendrogramPanel},
 * {@link org.clustermodels.core.render.PlotPanel}) for the Weka and KNIME views. No Weka or KNIME types.
 */
package org.clustermodels.core.render;
