package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.Test;
import org.w3c.dom.Element;

/** The cluster scatter plot: one point per row where its values say, coloured by cluster, outliers ringed. */
public class ClusterScatterPlotTest {
  static {
    RenderTrees.headless();
  }

  private static final double[] X = {1, 2, 3, 10, 11, 12, 30};
  private static final double[] Y = {5, 6, 5, 20, 21, 19, 0};
  private static final int[] LABELS = {0, 0, 0, 1, 1, 1, 2};
  private static final boolean[] OUTLIERS = {false, false, false, false, true, false, true};

  private static ClusterScatterPlot seven() {
    return ClusterScatterPlot.of(X, Y, LABELS, OUTLIERS, "eruptions", "waiting").withTitle("Seven rows")
        .withSubtitle("two columns");
  }

  @Test
  public void pointsSitWhereTheirValuesSayInTheirClustersColour() throws Exception {
    ClusterScatterPlot plot = seven();
    Svg svg = Svg.parse(plot.toSvg());
    List<Element> points = svg.in("points", "circle");
    assertEquals(7, points.size());
    double sx = (Svg.number(points.get(3), "cx") - Svg.number(points.get(0), "cx")) / (X[3] - X[0]);
    double sy = (Svg.number(points.get(3), "cy") - Svg.number(points.get(0), "cy")) / (Y[3] - Y[0]);
    assertTrue(sx > 0 && sy < 0);
    for (int i = 0; i < 7; i++) {
      Element p = points.get(i); // SVG keeps 2 decimals
      assertEquals(Svg.number(points.get(0), "cx") + (X[i] - X[0]) * sx, Svg.number(p, "cx"), 0.05);
      assertEquals(Svg.number(points.get(0), "cy") + (Y[i] - Y[0]) * sy, Svg.number(p, "cy"), 0.05);
      assertEquals(SvgSurface.hex(plot.colorOf(LABELS[i])), points.get(i).getAttribute("fill"));
    }
    List<Element> rings = svg.in("outliers", "circle");
    assertEquals(2, rings.size());
    assertEquals(Svg.number(points.get(4), "cx"), Svg.number(rings.get(0), "cx"), 0);
    assertEquals(Svg.number(points.get(6), "cx"), Svg.number(rings.get(1), "cx"), 0);
    assertEquals(List.of("3 clusters", "7 rows", "outlier (2 rows)", "Cluster 0 (3 rows)", "Cluster 1 (3 rows)",
        "Cluster 2 (1 row)"), svg.texts("legend"));
    List<String> axes = svg.texts("axis");
    assertTrue(axes.contains("eruptions"));
    assertTrue(axes.contains("waiting"));
    assertEquals(List.of("Seven rows", "two columns"), svg.texts("title"));
  }

  @Test
  public void theLegendNamesTheClustersWithTheGivenPrefix() throws Exception {
    Svg svg = Svg.parse(seven().withClusterPrefix("cluster_").withSize(800, 600).toSvg());
    assertEquals(List.of("3 clusters", "7 rows", "outlier (2 rows)", "cluster_0 (3 rows)", "cluster_1 (3 rows)",
        "cluster_2 (1 row)"), svg.texts("legend"));
  }

  @Test
  public void thePngHasThePreferredSizeAndInk() {
    ClusterScatterPlot plot = seven();
    BufferedImage png = plot.toImage(1);
    assertEquals(760, png.getWidth());
    assertEquals(560, png.getHeight());
    assertTrue(Pixels.ink(png) > 5_000);
  }

  @Test
  public void aLongTitleWidensThePictureUpTo1200Pixels() {
    String subtitle = "a subtitle that says how the axes and the outliers were chosen, at some length, "
        + "as the command line's does when the rule and the columns have long names";
    ClusterScatterPlot plot = seven().withSubtitle(subtitle);
    assertTrue(plot.width() > 760);
    RecordingSurface s = new RecordingSurface();
    plot.paint(s, plot.width(), plot.height());
    assertEquals(subtitle, s.textsIn("title").get(1).text());
    assertEquals(1200, seven().withSubtitle(subtitle.repeat(3)).width());
    assertEquals(500, seven().withSize(500, 400).withSubtitle(subtitle).width());
  }

  private static ClusterScatterPlot clusters(int k) {
    int n = 3 * k;
    double[] x = new double[n];
    double[] y = new double[n];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % k;
      x[i] = i;
      y[i] = (i * 7) % 13;
    }
    return ClusterScatterPlot.of(x, y, labels, null, "x", "y");
  }

  @Test
  public void fiftyClustersAreAllInTheLegendWithoutOverlapAndMoreAreCounted() {
    ClusterScatterPlot fifty = clusters(50);
    assertTrue(fifty.height() > 560);
    RecordingSurface s = new RecordingSurface();
    fifty.paint(s, fifty.width(), fifty.height());
    assertNull(s.firstOverlap());
    assertEquals(2 + 50, s.textsIn("legend").size());
    assertEquals("Cluster 49 (3 rows)", s.textsIn("legend").get(51).text());

    ClusterScatterPlot sixty = clusters(60);
    assertEquals(fifty.height(), sixty.height());
    RecordingSurface t = new RecordingSurface();
    sixty.paint(t, sixty.width(), sixty.height());
    assertNull(t.firstOverlap());
    List<RecordingSurface.Text> legend = t.textsIn("legend");
    assertEquals("\u2026 and 11 more", legend.get(legend.size() - 1).text());
  }

  @Test
  public void badPointsAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> ClusterScatterPlot.of(new double[0], new double[0], new int[0], null, "x", "y"));
    assertThrows(IllegalArgumentException.class,
        () -> ClusterScatterPlot.of(X, new double[] {1}, LABELS, null, "x", "y"));
    double[] nan = X.clone();
    nan[2] = Double.NaN;
    String message = assertThrows(IllegalArgumentException.class,
        () -> ClusterScatterPlot.of(nan, Y, LABELS, null, "x", "y")).getMessage();
    assertTrue(message, message.contains("point 2"));
  }
}
