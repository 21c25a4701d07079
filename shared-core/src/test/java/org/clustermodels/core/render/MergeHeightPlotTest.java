package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.junit.Test;
import org.w3c.dom.Element;

/** The merge-height plot: one point per shown merge at its height, the cut marked, labelled axes. */
public class MergeHeightPlotTest {
  static {
    RenderTrees.headless();
  }

  @Test
  public void pointsSitAtTheHeightsOfTheLastMergesFromTheRootOn() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    double[] heights = tree.heights();
    MergeHeightPlot plot = MergeHeightPlot.of(tree);
    assertEquals(30, plot.shownMerges());
    Svg svg = Svg.parse(plot.toSvg());
    List<Element> points = svg.in("merges", "circle");
    assertEquals(30, points.size());
    // k = 1 is the root (the last merge), k = 30 the 30th merge from the end; y grows downwards
    double y1 = Double.parseDouble(points.get(0).getAttribute("cy"));
    double y2 = Double.parseDouble(points.get(1).getAttribute("cy"));
    double y30 = Double.parseDouble(points.get(29).getAttribute("cy"));
    double perUnit = (y30 - y1) / (heights[48] - heights[19]);
    assertEquals(heights[48] - heights[47], (y2 - y1) / perUnit, 0.01);
    double x1 = Double.parseDouble(points.get(0).getAttribute("cx"));
    double x2 = Double.parseDouble(points.get(1).getAttribute("cx"));
    double x30 = Double.parseDouble(points.get(29).getAttribute("cx"));
    assertEquals(29 * (x2 - x1), x30 - x1, 30 * 0.01); // SVG keeps two decimals; 29 steps add up
    List<String> axis = svg.texts("axis");
    assertTrue(axis.contains("Merge height"));
    assertTrue(axis.contains("Number of clusters after the merge (k)"));
  }

  @Test
  public void theHighlightedCutGreysTheMergesItUndoes() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    Svg svg = Svg.parse(MergeHeightPlot.of(tree).withHighlight(4).toSvg());
    String grey = SvgSurface.hex(Theme.UNCLUSTERED);
    assertEquals(3, svg.in("merges", "circle").stream().filter(c -> c.getAttribute("fill").equals(grey)).count());
    assertEquals(1, svg.in("highlight", "line").size());
    assertEquals(List.of("cut: k = 4"), svg.texts("highlight"));
  }

  @Test
  public void smallTreesShowAllTheirMergesAndNoTextOverlaps() {
    MergeHeightPlot plot = MergeHeightPlot.of(RenderTrees.five()).withSize(300, 200).withLastMerges(100);
    assertEquals(4, plot.shownMerges());
    RecordingSurface s = new RecordingSurface();
    plot.paint(s, plot.width(), plot.height());
    assertNull(s.firstOverlap());
    assertThrows(IllegalArgumentException.class, () -> plot.withLastMerges(0));
    assertThrows(IllegalArgumentException.class, () -> plot.withHighlight(-1));
    assertThrows(IllegalArgumentException.class, () -> plot.withSize(10, 10));
  }
}
