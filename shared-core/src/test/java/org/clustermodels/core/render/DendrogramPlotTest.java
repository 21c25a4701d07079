package org.clustermodels.core.render;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.junit.Test;
import org.w3c.dom.Element;

/** The dendrogram picture as SVG and as recorded drawing: links, labels, truncation, cut, legend, no overlaps. */
public class DendrogramPlotTest {
  static {
    RenderTrees.headless();
  }

  private static double[][] points(Element polyline) {
    String[] pairs = polyline.getAttribute("points").split(" ");
    double[][] p = new double[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      p[i] = Arrays.stream(pairs[i].split(",")).mapToDouble(Double::parseDouble).toArray();
    }
    return p;
  }

  @Test
  public void aFiveRowTreeHasOneUShapedLinkPerMergeInLeafOrderAtItsHeight() throws Exception {
    Svg svg = Svg.parse(DendrogramPlot.of(RenderTrees.five()).toSvg());
    List<Element> links = svg.in("links", "polyline");
    assertEquals(4, links.size());
    // leaf order by hand: the root joins row 4 (smaller id) with cluster 7 = (0, 1) + (2, 3)
    assertEquals(List.of("4", "0", "1", "2", "3"), svg.texts("labels"));
    double[][] first = points(links.get(0)); // rows 0 and 1 at height 1: leaf positions 1 and 2
    double[][] root = points(links.get(3)); // row 4 (position 0) and cluster 7 (position 2.5) at height 7
    double leaf = first[3][0] - first[0][0];
    assertTrue(leaf > 10);
    assertEquals(first[0][0] - leaf, root[0][0], 0.02);
    assertEquals(first[0][0] + 1.5 * leaf, root[3][0], 0.02);
    double base = first[0][1]; // rows sit at height 0
    assertEquals(7.0, (base - root[1][1]) / (base - first[1][1]), 0.01);
    assertEquals(root[1][1], root[2][1], 0);
    assertEquals(base, root[0][1], 0);
  }

  @Test
  public void leafLabelsAreEscapedAndKeptOnOneLine() throws Exception {
    List<String> labels = List.of("<a&b>", "\"quoted\"", "it's", "two\nlines", "plain");
    Svg svg = Svg.parse(new DendrogramPlot(RenderTrees.five(), DendrogramPlotOptions.builder().leafLabels(labels)
        .build()).toSvg());
    assertEquals(List.of("plain", "<a&b>", "\"quoted\"", "it's", "two lines"), svg.texts("labels"));
  }

  @Test
  public void treesAboveTheLeafLimitAreTruncatedToTheirLastMergesLikeSciPyLastp() throws Exception {
    Dendrogram iris = RenderTrees.scipy("iris", "raw", "average");
    int n = iris.leafCount();
    DendrogramPlot plot = DendrogramPlot.of(iris);
    assertTrue(plot.isTruncated());
    Svg svg = Svg.parse(plot.toSvg());
    assertEquals(49, svg.in("links", "polyline").size());
    // the leaves: children of the last 49 merges that are not themselves among them
    Set<Integer> top = new HashSet<>();
    for (int t = n - 50; t < n - 1; t++) {
      top.add(n + t);
    }
    int clusters = 0;
    int rows = 0;
    for (int t = n - 50; t < n - 1; t++) {
      for (int child : new int[] {iris.left(t), iris.right(t)}) {
        if (!top.contains(child)) {
          clusters += child >= n ? 1 : 0;
          rows += child >= n ? 0 : 1;
        }
      }
    }
    List<String> texts = svg.texts("labels");
    assertEquals(clusters + rows, texts.size());
    assertEquals(clusters, texts.stream().filter(s -> s.startsWith("(")).count());
    int covered = texts.stream().mapToInt(s -> s.startsWith("(") ? Integer.parseInt(s.replaceAll("[()]", "")) : 1)
        .sum();
    assertEquals(n, covered);
    assertEquals(clusters, svg.in("collapsed", "line").size());
    assertEquals(n - 1, Svg.parse(new DendrogramPlot(iris, DendrogramPlotOptions.builder().maxLeaves(n).build())
        .toSvg()).in("links", "polyline").size());
  }

  @Test
  public void fiftyRowsAreDrawnInFullAndTheLimitIsExact() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    DendrogramPlot full = DendrogramPlot.of(tree);
    assertFalse(full.isTruncated());
    assertEquals(50, full.shownLeafCount());
    DendrogramPlot cut = new DendrogramPlot(tree, DendrogramPlotOptions.builder().maxLeaves(49).build());
    assertTrue(cut.isTruncated());
    assertEquals(48, Svg.parse(cut.toSvg()).in("links", "polyline").size());
  }

  private static RecordingSurface record(DendrogramPlot plot) {
    RecordingSurface s = new RecordingSurface();
    plot.paint(s, plot.width(), plot.height());
    assertEquals("clips balanced", 0, s.clips);
    return s;
  }

  @Test
  public void noTextOverlapsAnotherWithFiftyLabelsInEitherOrientationAndWhenNarrow() {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    List<String> states = RenderTrees.csvColumn("/usarrests.csv", 0);
    DendrogramPlotOptions options = DendrogramPlotOptions.builder().leafLabels(states).cut(CutLine.atCount(4))
        .title("US arrests").build();
    RecordingSurface top = record(new DendrogramPlot(tree, options));
    assertEquals(50, top.textsIn("labels").size());
    assertNull(top.firstOverlap());
    RecordingSurface left = record(new DendrogramPlot(tree, options.toBuilder().orientation(Orientation.LEFT)
        .build()));
    assertEquals(50, left.textsIn("labels").size());
    assertNull(left.firstOverlap());
    for (Orientation o : Orientation.values()) {
      RecordingSurface narrow = record(new DendrogramPlot(tree, options.toBuilder().orientation(o).size(300, 260)
          .build()));
      int shown = narrow.textsIn("labels").size();
      assertTrue(o + ": " + shown + " labels", shown > 5 && shown < 50);
      assertNull(narrow.firstOverlap());
    }
    RecordingSurface iris = record(DendrogramPlot.of(RenderTrees.scipy("iris", "raw", "average")));
    assertNull(iris.firstOverlap());
  }

  @Test
  public void longLabelsEndInAnEllipsisWithinThePicture() {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      labels.add("row " + i + " " + "x".repeat(300));
    }
    DendrogramPlot plot = new DendrogramPlot(RenderTrees.five(), DendrogramPlotOptions.builder()
        .leafLabels(labels).build());
    RecordingSurface s = record(plot);
    for (RecordingSurface.Text t : s.textsIn("labels")) {
      assertTrue(t.text(), t.text().endsWith("\u2026"));
      assertTrue(t.box().getMaxY() <= plot.height() && t.box().getMinY() >= 0);
    }
    assertNull(s.firstOverlap());
  }

  @Test
  public void theCutLineHeightGivesTheSameClustersAsTheCutByCount() {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    DendrogramPlot plot = DendrogramPlot.of(tree);
    for (int k = 1; k <= 12; k++) {
      DendrogramPlot cut = plot.withCut(CutLine.atCount(k));
      assertEquals(k, cut.clusterCount());
      assertArrayEquals(tree.cutByCount(k), cut.labels());
      assertArrayEquals("k = " + k, tree.cutByCount(k), tree.cutByHeight(cut.cutHeight()));
    }
    DendrogramPlot byHeight = plot.withCut(CutLine.atHeight(1.5));
    assertArrayEquals(tree.cutByHeight(1.5), byHeight.labels());
    assertEquals(1.5, byHeight.cutHeight(), 0);
    assertEquals(Arrays.stream(tree.cutByHeight(1.5)).max().getAsInt() + 1, byHeight.clusterCount());
  }

  /** The subtitle and the legend count the leaves in the word given (e.g. the items of market baskets). */
  @Test
  public void theLeavesAreCountedInTheWordGiven() throws Exception {
    DendrogramPlotOptions options = DendrogramPlotOptions.builder().leafNoun("item", "items").maxLeaves(3)
        .cut(CutLine.atCount(2)).build();
    String text = new DendrogramPlot(RenderTrees.five(), options).toSvg();
    assertTrue(text, text.contains(">5 items; the last 2 of 4 merges are drawn, (m) marks a cluster of m items<"));
    // the root (height 7) joins row 4 with rows 0 to 3 (merged at 4): the line midway
    assertEquals(List.of("2 clusters", "cut at height 5.5", "Cluster 0 (4 items)", "Cluster 1 (1 item)"),
        Svg.parse(text).texts("legend"));
    assertEquals("5 rows", DendrogramPlot.of(RenderTrees.five()).subtitle());
  }

  /** A host names the clusters as its tables do (KNIME: cluster_0, cluster_1, ...). */
  @Test
  public void theLegendNamesTheClustersWithTheGivenPrefix() throws Exception {
    DendrogramPlotOptions options = DendrogramPlotOptions.builder().cut(CutLine.atCount(2)).clusterPrefix("cluster_")
        .build();
    assertEquals(List.of("2 clusters", "cut at height 5.5", "cluster_0 (4 rows)", "cluster_1 (1 row)"),
        Svg.parse(new DendrogramPlot(RenderTrees.five(), options).toSvg()).texts("legend"));
    assertEquals("cluster_", options.toBuilder().build().clusterPrefix());
  }

  @Test
  public void theLegendListsEveryClusterWithItsSizeAndTheCutIsDrawn() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    int[] labels = tree.cutByCount(4);
    int[] sizes = new int[4];
    for (int label : labels) {
      sizes[label]++;
    }
    Svg svg = Svg.parse(DendrogramPlot.of(tree).withCut(CutLine.atCount(4)).toSvg());
    List<String> legend = svg.texts("legend");
    assertEquals("4 clusters", legend.get(0));
    for (int c = 0; c < 4; c++) {
      assertTrue(legend.toString(), legend.contains("Cluster " + c + " (" + sizes[c] + (sizes[c] == 1 ? " row)"
          : " rows)")));
    }
    assertEquals(1, svg.in("cut", "line").size());
    assertEquals(4, svg.in("legend", "rect").size());
    // one strip segment per cluster: clusters are contiguous in the leaf order
    assertEquals(4, svg.in("clusters", "rect").size());
  }

  @Test
  public void inversionsOfCentroidLinkageAreRinged() throws Exception {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "centroid");
    int n = tree.leafCount();
    int below = 0;
    for (int t = 0; t < n - 1; t++) {
      int a = tree.left(t);
      int b = tree.right(t);
      double h = tree.height(t);
      if (a >= n && tree.height(a - n) > h || b >= n && tree.height(b - n) > h) {
        below++;
      }
    }
    assertTrue(below > 0);
    Svg svg = Svg.parse(DendrogramPlot.of(tree).toSvg());
    assertEquals(below, svg.in("inversions", "circle").size());
    assertEquals(0, Svg.parse(DendrogramPlot.of(RenderTrees.scipy("usarrests", "zscore", "average")).toSvg())
        .in("inversions", "circle").size());
  }

  @Test
  public void aZoomedViewLabelsOnlyTheLeavesInView() {
    Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
    List<String> states = RenderTrees.csvColumn("/usarrests.csv", 0);
    DendrogramPlot plot = new DendrogramPlot(tree, DendrogramPlotOptions.builder().leafLabels(states).build());
    RecordingSurface s = new RecordingSurface();
    plot.paint(s, 960, 600, new DendrogramView(9.5, 19.5, 0, 1.5), -1);
    int[] order = tree.leafOrder();
    List<String> expected = new ArrayList<>();
    for (int i = 10; i <= 19; i++) {
      expected.add(states.get(order[i]));
    }
    assertEquals(expected, s.textsIn("labels").stream().map(RecordingSurface.Text::text).toList());
    assertNull(s.firstOverlap());
    assertTrue(s.polylines < 49);
  }

  @Test
  public void subtreesNarrowerThanAPixelAreDrawnAsOneLine() throws Exception {
    int n = 5000; // a balanced tree: merge t joins ids 2t and 2t + 1 (rows first, then the clusters made)
    int[] a = new int[n - 1];
    int[] b = new int[n - 1];
    double[] h = new double[n - 1];
    for (int t = 0; t < n - 1; t++) {
      a[t] = 2 * t;
      b[t] = 2 * t + 1;
      h[t] = t + 1;
    }
    Dendrogram tree = Dendrogram.of(a, b, h);
    DendrogramPlot plot = new DendrogramPlot(tree, DendrogramPlotOptions.builder().maxLeaves(n).build());
    Svg svg = Svg.parse(plot.toSvg());
    int polylines = svg.in("links", "polyline").size();
    int lines = svg.in("links", "line").size();
    // about 800 pixels for 5000 leaves: a subtree of 4 leaves spans 3 leaves, about half a pixel, and is one
    // line; one of 8 spans about 1.2 pixels and is drawn whole
    assertEquals(n / 4, lines);
    assertTrue(polylines + " links", polylines > 100 && polylines + lines < n / 2);
  }

  @Test
  public void aSingleRowIsOneLabelAndNoLink() throws Exception {
    Dendrogram one = Dendrogram.of(new int[0], new int[0], new double[0]);
    Svg svg = Svg.parse(DendrogramPlot.of(one).withCut(CutLine.atCount(1)).toSvg());
    assertEquals(0, svg.in("links", "polyline").size());
    assertEquals(List.of("0"), svg.texts("labels"));
  }

  @Test
  public void givenBadOptionsWhenBuildingThenTheMessageNamesTheProblem() {
    Dendrogram five = RenderTrees.five();
    DendrogramPlotOptions wrongLabels = DendrogramPlotOptions.builder().leafLabels(List.of("a", "b")).build();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new DendrogramPlot(five, wrongLabels))
        .getMessage().contains("2 labels for a tree of 5 rows"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DendrogramPlot.of(five)
        .withCut(CutLine.atCount(6))).getMessage().contains("only 5 rows"));
    assertThrows(IllegalArgumentException.class, () -> CutLine.atCount(0));
    assertThrows(IllegalArgumentException.class, () -> CutLine.atHeight(-1));
    assertThrows(IllegalArgumentException.class, () -> DendrogramPlotOptions.builder().size(50, 400));
    assertThrows(IllegalArgumentException.class, () -> DendrogramPlotOptions.builder().maxLeaves(1));
  }
}
