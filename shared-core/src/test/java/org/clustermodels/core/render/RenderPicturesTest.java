package org.clustermodels.core.render;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.junit.Test;

/** Renders the pictures to look at (target/render-pictures) from SciPy's trees in the oracles. */
public class RenderPicturesTest {
  static {
    RenderTrees.headless();
  }

  @Test
  public void usArrestsAverageLinkageWithStateNamesAndFourClusters() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    List<String> states = RenderTrees.csvColumn("/usarrests.csv", 0);
    DendrogramPlot plot = new DendrogramPlot(tree, DendrogramPlotOptions.builder()
        .title("US arrests (1973), average linkage on z-scores")
        .heightAxisTitle("Euclidean distance (average linkage)").leafAxisTitle("States")
        .leafLabels(states).cut(CutLine.atCount(4)).build());
    write(plot, "usarrests-average");
    write(new DendrogramPlot(tree, plot.options().toBuilder().orientation(Orientation.LEFT).size(900, 900)
        .build()), "usarrests-average-left");
  }

  @Test
  public void irisAverageLinkageTruncated() throws Exception {
    Dendrogram tree = RenderTrees.scipy("iris", "raw", "average");
    DendrogramPlot plot = new DendrogramPlot(tree, DendrogramPlotOptions.builder()
        .title("Iris, average linkage (SciPy tree from the oracle)")
        .heightAxisTitle("Euclidean distance").cut(CutLine.atCount(3)).build());
    write(plot, "iris-average");
  }

  @Test
  public void irisCentroidLinkageWithInversions() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "centroid");
    DendrogramPlot plot = new DendrogramPlot(tree, DendrogramPlotOptions.builder()
        .title("US arrests, centroid linkage").leafLabels(RenderTrees.csvColumn("/usarrests.csv", 0)).build());
    write(plot, "usarrests-centroid");
  }

  @Test
  public void usArrestsMergeHeights() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    write(MergeHeightPlot.of(tree).withTitle("US arrests, average linkage: merge heights").withHighlight(4),
        "usarrests-merge-heights");
  }

  @Test
  public void panelZoomedIntoIrisWithHoverAndACut() throws Exception {
    Dendrogram tree = RenderTrees.scipy("iris", "raw", "average");
    List<String> species = RenderTrees.csvColumn("/iris.csv", 4);
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < species.size(); i++) {
      labels.add(species.get(i) + " " + i);
    }
    DendrogramPanel panel = new DendrogramPanel(new DendrogramPlot(tree, DendrogramPlotOptions.builder()
        .title("Iris, average linkage (interactive view, zoomed)").leafLabels(labels).maxLeaves(1000)
        .cut(CutLine.atCount(3)).build()));
    panel.setSize(900, 560);
    DendrogramFrame f = panel.frame();
    panel.zoom(3, f.plot.x() + f.plot.width() * 0.45, f.plot.bottom() - 5, false);
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(900, 560,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    panel.paint(g);
    g.dispose();
    Path file = RenderTrees.pictures().resolve("iris-panel-zoomed.png");
    javax.imageio.ImageIO.write(image, "png", file.toFile());
    assertTrue(Files.size(file) > 1000);
    write(new DendrogramPlot(tree, DendrogramPlotOptions.builder().title("Iris, 150 rows, 300 x 260").size(300, 260)
        .maxLeaves(150).build()), "iris-small");
  }

  private static void write(Plot plot, String name) throws Exception {
    Path dir = RenderTrees.pictures();
    plot.writePng(dir.resolve(name + ".png"));
    plot.writeSvg(dir.resolve(name + ".svg"));
    assertTrue(Files.size(dir.resolve(name + ".png")) > 1000);
  }
}
