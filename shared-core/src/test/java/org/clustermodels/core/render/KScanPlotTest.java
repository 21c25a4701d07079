package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KScan;
import org.clustermodels.core.kmeans.KScanResult;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The k-selection picture draws the scan's figures, which for z-scored iris are the oracle's (scikit-learn's
 * inertia and silhouette where scikit-learn and R agree, k = 2..5), with labelled axes, a title and a legend.
 */
public class KScanPlotTest {
  static {
    RenderTrees.headless();
  }

  private static final int[] KS = {2, 3, 4, 5};

  private static KScanResult irisScan() {
    KMeansParams params = KMeansParams.builder(2).seed(7).restarts(100).tolerance(0)
        .standardization(Standardization.ZSCORE).build();
    return KScan.scan(OracleData.load("iris", "raw").matrix(), null, params, 2, 5, ProgressMonitor.none());
  }

  @Test
  public void thePointsAreTheScansFiguresWhichAreTheOracles() throws Exception {
    OracleData oracle = OracleData.load("iris", "zscore");
    KScanResult scan = irisScan();
    double[] inertia = new double[KS.length];
    double[] silhouette = new double[KS.length];
    for (int i = 0; i < KS.length; i++) {
      KScore s = scan.scores().get(i);
      assertEquals(KS[i], s.k());
      inertia[i] = oracle.kmeans(KS[i]).get("best_known_inertia").asDouble();
      silhouette[i] = oracle.kmeans(KS[i]).get("silhouette_sklearn_labels").asDouble();
      assertEquals("inertia k = " + KS[i], inertia[i], s.inertia(), 1e-6 * inertia[i]);
      assertEquals("silhouette k = " + KS[i], silhouette[i], s.silhouette(), 1e-9);
    }
    assertEquals(2, scan.suggestedK()); // the oracle's silhouettes fall from k = 2 on

    KScanPlot plot = KScanPlot.of(scan).withTitle("iris: choice of k").withInertiaUnits("z-score units");
    Svg svg = Svg.parse(plot.toSvg());
    assertAffine("inertia", svg.in("inertia", "circle"), inertia);
    assertAffine("silhouette", svg.in("silhouette", "circle"), silhouette);
    List<Element> inertiaPoints = svg.in("inertia", "circle");
    double step = Svg.number(inertiaPoints.get(1), "cx") - Svg.number(inertiaPoints.get(0), "cx");
    for (int i = 0; i < KS.length; i++) { // equally spaced k, the same x in both panels
      double x = Svg.number(inertiaPoints.get(i), "cx");
      assertEquals(Svg.number(inertiaPoints.get(0), "cx") + i * step, x, 0.02);
      assertEquals(x, Svg.number(svg.in("silhouette", "circle").get(i), "cx"), 0.01);
    }
    assertEquals(List.of("k = 2"), svg.texts("suggested"));
    assertTrue(svg.texts("title").contains("iris: choice of k"));
    List<String> axes = svg.texts("axis");
    assertTrue(axes.toString(), axes.contains("Inertia (z-score units)"));
    assertTrue(axes.contains("Mean silhouette"));
    assertTrue(axes.contains("Number of clusters (k)"));
    assertEquals(List.of("Scores per k", "Inertia (lower: tighter)", "Mean silhouette (higher: better)",
        "Suggested k = 2"), svg.texts("legend"));
  }

  /** The drawn y of each point is an increasing affine function of its value (y grows downwards). */
  private static void assertAffine(String what, List<Element> points, double[] values) {
    assertEquals(what, values.length, points.size());
    double perUnit = (Svg.number(points.get(0), "cy") - Svg.number(points.get(1), "cy")) / (values[0] - values[1]);
    assertTrue(what + ": higher values are drawn higher up", perUnit < 0);
    for (int i = 0; i < values.length; i++) {
      double predicted = Svg.number(points.get(0), "cy") + (values[i] - values[0]) * perUnit;
      assertEquals(what + " point " + i, predicted, Svg.number(points.get(i), "cy"), 0.02);
    }
  }

  @Test
  public void thePngHasThePreferredSizeAndInk() {
    KScanPlot plot = KScanPlot.of(irisScan());
    BufferedImage png = plot.toImage(1);
    assertEquals(760, png.getWidth());
    assertEquals(580, png.getHeight());
    assertTrue(Pixels.ink(png) > 10_000);
    assertTrue(Pixels.count(png, Palette.OKABE_ITO.color(0).getRGB()) > 50); // the inertia curve
  }

  @Test
  public void fiftyKsAndALongTitleDoNotOverlap() {
    List<KScore> scores = new ArrayList<>();
    for (int k = 2; k <= 51; k++) {
      scores.add(new KScore(k, 1000.0 / k, Math.sin(k) / 2, 1, 1));
    }
    KScanPlot plot = KScanPlot.of(scores, 20).withTitle("a title far too long to fit ".repeat(10))
        .withSize(500, 400);
    RecordingSurface s = new RecordingSurface();
    plot.paint(s, plot.width(), plot.height());
    assertNull(s.firstOverlap());
    assertTrue(s.textsIn("title").get(0).text().endsWith("\u2026"));
  }

  @Test
  public void badScoresAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> KScanPlot.of(List.of(), 0));
    List<KScore> backwards = List.of(new KScore(3, 1, 0.5, 1, 1), new KScore(2, 2, 0.4, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> KScanPlot.of(backwards, 0));
    assertThrows(IllegalArgumentException.class, () -> KScanPlot.of(backwards.subList(0, 1), 0).withSize(5, 5));
  }
}
