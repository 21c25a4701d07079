package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;
import org.w3c.dom.Element;

/**
 * The profile heatmap: one cell per cluster and column in the colour of its standardised difference, labelled
 * with it; headers, names and a colour bar; no overlapping text up to 50 clusters and 50 columns, the rest left
 * out and said so.
 */
public class ProfileHeatmapTest {
  static {
    RenderTrees.headless();
  }

  private static final List<String> IRIS_COLUMNS = List.of("Sepal.Length", "Sepal.Width", "Petal.Length",
      "Petal.Width");

  private static SegmentProfile irisSpecies() {
    OracleData iris = OracleData.load("iris", "raw");
    return SegmentProfile.of(iris.matrix(), iris.classLabels(), IRIS_COLUMNS);
  }

  @Test
  public void everyCellHasTheColourAndTextOfItsStandardisedDifference() throws Exception {
    SegmentProfile profile = irisSpecies();
    ProfileHeatmap heatmap = ProfileHeatmap.of(profile).withTitle("iris: the three species");
    // setosa's petals are 1.3 standard deviations below the mean: the largest |z| rounds up to 1.5
    assertEquals(1.5, heatmap.scaleLimit(), 0);
    Svg svg = Svg.parse(heatmap.toSvg());
    List<Element> cells = svg.in("cells", "rect");
    List<String> values = svg.texts("cells");
    assertEquals(12, cells.size());
    assertEquals(12, values.size());
    int i = 0;
    for (int j = 0; j < 4; j++) { // row by row: columns of the data, then clusters
      for (int c = 0; c < 3; c++) {
        double z = profile.standardizedDifference(c, j);
        assertEquals(SvgSurface.hex(heatmap.colorOf(z)), cells.get(i).getAttribute("fill"));
        assertEquals(ProfileHeatmap.valueText(z), values.get(i));
        i++;
      }
    }
    assertEquals(IRIS_COLUMNS, svg.texts("columns"));
    assertEquals(List.of("Cluster 0", "50 (33.3 %)", "Cluster 1", "50 (33.3 %)", "Cluster 2", "50 (33.3 %)"),
        svg.texts("clusters"));
    assertTrue(svg.texts("title").contains("iris: the three species"));
    assertEquals(List.of("cluster_0", "50 (33.3 %)", "cluster_1", "50 (33.3 %)", "cluster_2", "50 (33.3 %)"),
        Svg.parse(heatmap.withClusterPrefix("cluster_").toSvg()).texts("clusters"));
    List<String> legend = svg.texts("legend");
    assertTrue(legend.toString(), legend.containsAll(List.of("Standardised difference", "above the mean",
        "below the mean", "+1", "0", "-1")));
  }

  @Test
  public void theScaleIsBlueWhiteRedAndSymmetric() {
    ProfileHeatmap heatmap = ProfileHeatmap.of(irisSpecies());
    assertEquals(new Color(0xF7F7F7), heatmap.colorOf(0));
    assertEquals(new Color(0xB2182B), heatmap.colorOf(1.5));
    assertEquals(new Color(0x2166AC), heatmap.colorOf(-1.5));
    assertEquals(new Color(0xB2182B), heatmap.colorOf(7)); // beyond the scale: its end
    assertEquals(new Color(0xF4A582), heatmap.colorOf(0.75));
    assertEquals(new Color(0x92C5DE), heatmap.colorOf(-0.75));
    assertEquals("-1.3", ProfileHeatmap.valueText(-1.25001));
    assertEquals("+0.1", ProfileHeatmap.valueText(0.06));
    assertEquals("0.0", ProfileHeatmap.valueText(-0.04));
    assertEquals("n/a", ProfileHeatmap.valueText(Double.NaN));
  }

  @Test
  public void thePngHasThePreferredSizeAndTheCellColours() {
    SegmentProfile profile = irisSpecies();
    ProfileHeatmap heatmap = ProfileHeatmap.of(profile);
    BufferedImage png = heatmap.toImage(1);
    assertEquals(heatmap.width(), png.getWidth());
    assertEquals(heatmap.height(), png.getHeight());
    assertTrue(heatmap.width() >= 560 && heatmap.height() >= 300);
    // setosa's petal length cell: its colour covers most of a cell (the label takes some pixels)
    Color setosaPetal = heatmap.colorOf(profile.standardizedDifference(0, 2));
    assertTrue(Pixels.count(png, setosaPetal.getRGB()) > 56 * 18);
  }

  /** n rows, each in cluster i mod k and high in column i mod d. */
  private static SegmentProfile synthetic(int k, int d, String namePrefix) {
    int n = 2 * Math.max(k, d);
    double[][] x = new double[n][d];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % k;
      for (int j = 0; j < d; j++) {
        x[i][j] = (i * 7 + j * 3) % 11 + (labels[i] % d == j ? 20 : 0);
      }
    }
    List<String> names = new ArrayList<>();
    for (int j = 0; j < d; j++) {
      names.add(namePrefix + j);
    }
    return SegmentProfile.of(DenseMatrix.of(x), labels, names);
  }

  @Test
  public void fiftyClustersAndFiftyLongNamesDoNotOverlap() {
    ProfileHeatmap heatmap = ProfileHeatmap.of(synthetic(50, 50, "a column with a rather long name, number "));
    RecordingSurface s = new RecordingSurface();
    heatmap.paint(s, heatmap.width(), heatmap.height());
    assertNull(s.firstOverlap());
    assertEquals(50, s.textsIn("columns").size());
    assertEquals(50, s.textsIn("clusters").size()); // upright, one line each
    assertTrue(s.textsIn("columns").get(0).text().endsWith("\u2026"));

    ProfileHeatmap few = ProfileHeatmap.of(synthetic(12, 30, "c"));
    RecordingSurface t = new RecordingSurface();
    few.paint(t, few.width(), few.height());
    assertNull(t.firstOverlap());
    assertEquals(12 * 30, t.textsIn("cells").size());
  }

  @Test
  public void beyondFiftyTheFirstFiftyAreDrawnAndTheSubtitleSaysSo() throws Exception {
    ProfileHeatmap heatmap = ProfileHeatmap.of(synthetic(60, 70, "c"));
    Svg svg = Svg.parse(heatmap.toSvg());
    assertEquals(50 * 50, svg.in("cells", "rect").size());
    assertEquals(50, svg.texts("columns").size());
    assertEquals("c49", svg.texts("columns").get(49));
    String subtitle = svg.texts("title").get(1);
    assertTrue(subtitle, subtitle.contains("the first 50 of 70 columns; the first 50 of 60 clusters"));
  }
}
