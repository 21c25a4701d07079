package org.clustermodels.knime.logic.profile;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.core.render.ClusterScatterPlot;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SkippingWriter;
import org.junit.Test;

/** The segment pictures' data: the scatter's sample of a large table, the stored form and its checks. */
public class SegmentPicturesTest {
  /** Rows i = 0..n-1 at (i, 2i, i mod 3), cluster i mod 2; every 1000th row an outlier. */
  private static SegmentPictures large(int n) {
    double[][] rows = new double[n][];
    int[] labels = new int[n];
    boolean[] outliers = new boolean[n];
    for (int i = 0; i < n; i++) {
      rows[i] = new double[] {i, 2.0 * i, i % 3};
      labels[i] = i % 2;
      outliers[i] = i % 1000 == 999;
    }
    DenseMatrix data = DenseMatrix.of(rows);
    List<String> columns = List.of("a", "b", "c");
    return SegmentPictures.of(SegmentProfile.of(data, labels, columns), data, labels, outliers, "by hand");
  }

  @Test
  public void givenMoreRowsThanTheLimit_thenTheScatterKeepsEveryOutlierAndEvenlySpacedOthers() {
    SegmentPictures p = large(12_000);
    assertEquals(12_000, p.rows());
    assertEquals(SegmentPictures.MAX_SCATTER_POINTS, p.scatterRows());
    assertEquals(12, p.outlierCount());
    ClusterScatterPlot scatter = p.scatter("Test").orElseThrow();
    assertEquals(12, scatter.outlierCount());
    String svg = scatter.toSvg();
    assertTrue(svg, svg.contains("12 outliers ringed: by hand; a sample of 5,000 of the 12,000 rows"));
    assertTrue(svg, svg.contains("5000 rows"));
  }

  @Test
  public void givenFewRows_thenTheScatterDrawsThemAll() {
    SegmentPictures p = large(3_000);
    assertEquals(3_000, p.scatterRows());
    assertEquals(3, p.scatter("t").orElseThrow().outlierCount());
    assertTrue(!p.scatter("t").orElseThrow().toSvg().contains("a sample of"));
  }

  @Test
  public void givenPicturesOfALargeTable_whenSavedAndLoaded_thenTheyAreEqualAndStoreOnlyTheSample()
      throws SettingsException {
    SegmentPictures p = large(12_000);
    MapSettings s = new MapSettings();
    p.saveTo(s);
    assertEquals(SegmentPictures.MAX_SCATTER_POINTS, s.getDoubleArray(SegmentPictures.KEY_X).length);
    assertEquals(12, s.getIntArray(SegmentPictures.KEY_OUTLIERS).length);
    double[] x = s.getDoubleArray(SegmentPictures.KEY_X); // column a is the row number
    assertEquals(0, x[0], 0);
    assertTrue(x[x.length - 1] >= 11_990);
    for (int i = 1; i < x.length; i++) {
      assertTrue(x[i] > x[i - 1] && x[i] - x[i - 1] <= 3); // 11,988 others for 4,988 places: every 2nd or 3rd
    }
    for (int r = 999; r < 12_000; r += 1000) {
      assertTrue(r + " kept", java.util.Arrays.binarySearch(x, r) >= 0);
    }
    SegmentPictures loaded = SegmentPictures.loadFrom(s);
    assertEquals(p, loaded);
    assertEquals(p.scatter("t").orElseThrow().toSvg(), loaded.scatter("t").orElseThrow().toSvg());
    assertEquals(p.heatmap("t").toSvg(), loaded.heatmap("t").toSvg());
  }

  @Test
  public void givenTamperedData_whenLoaded_thenTheMessageSaysWhat() {
    MapSettings s = new MapSettings();
    large(100).saveTo(new SkippingWriter(s, SegmentPictures.KEY_OUTLIERS));
    s.putIntArray(SegmentPictures.KEY_OUTLIERS, 100);
    String outlier = assertThrows(SettingsException.class, () -> SegmentPictures.loadFrom(s)).getMessage();
    assertTrue(outlier, outlier.contains("outlier 100 is not one of its 100 points"));
    MapSettings t = new MapSettings();
    large(100).saveTo(new SkippingWriter(t, SegmentPictures.KEY_SIZES));
    t.putIntArray(SegmentPictures.KEY_SIZES, 50, 49);
    String sizes = assertThrows(SettingsException.class, () -> SegmentPictures.loadFrom(t)).getMessage();
    assertTrue(sizes, sizes.startsWith("The scatter points are invalid"));
    MapSettings u = new MapSettings();
    large(100).saveTo(new SkippingWriter(u, SegmentPictures.KEY_SD));
    u.putDoubleArray(SegmentPictures.KEY_SD, new double[] {1});
    String sd = assertThrows(SettingsException.class, () -> SegmentPictures.loadFrom(u)).getMessage();
    assertTrue(sd, sd.startsWith("The segment profile is invalid"));
  }

  @Test
  public void thePicturesNameTheClustersAsKnimesTablesDo() {
    SegmentPictures p = large(100);
    String heatmap = p.heatmap("t").toSvg();
    String scatter = p.scatter("t").orElseThrow().toSvg();
    for (String svg : List.of(heatmap, scatter)) {
      assertTrue(svg.contains(">cluster_0") && svg.contains(">cluster_1"));
      assertTrue(!svg.contains(">Cluster 0"));
    }
  }

  @Test
  public void givenOneColumnOrMismatchedCounts_thenNoScatterOrAClearError() {
    DenseMatrix one = DenseMatrix.of(new double[][] {{1}, {2}, {5}});
    int[] labels = {0, 0, 1};
    SegmentPictures p = SegmentPictures.of(SegmentProfile.of(one, labels, List.of("x")), one, labels, null, null);
    assertTrue(p.scatter("t").isEmpty());
    assertEquals(0, p.outlierCount());
    String e = assertThrows(IllegalArgumentException.class, () -> SegmentPictures.of(SegmentProfile.of(one, labels,
        List.of("x")), one, new int[] {0, 1}, null, null)).getMessage();
    assertTrue(e, e.contains("2 labels"));
  }
}
