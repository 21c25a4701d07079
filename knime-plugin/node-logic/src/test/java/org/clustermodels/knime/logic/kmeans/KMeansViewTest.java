package org.clustermodels.knime.logic.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JToolBar;
import javax.swing.SwingUtilities;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.render.ClusterScatterPlot;
import org.clustermodels.core.render.KScanPlot;
import org.clustermodels.core.render.Palette;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.ProfileHeatmap;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The view and its plots, rendered without a display: pictures that are not blank and carry the expected text. */
public class KMeansViewTest {
  private static final Datasets.Table IRIS = Datasets.csv("iris");

  @Rule
  public TemporaryFolder folder = new TemporaryFolder();

  private static KMeansViewData data(KMeansNodeSettings s) {
    return KMeansLearner.run(s, IRIS.trainingRows(s.missingValues()), ProgressMonitor.none(), MemoryCheck.runtime())
        .viewData();
  }

  private static int pixelsNot(BufferedImage image, Color colour) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += (image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF) ? 0 : 1;
      }
    }
    return count;
  }

  private static int pixelsOf(BufferedImage image, Color colour) {
    return image.getWidth() * image.getHeight() - pixelsNot(image, colour);
  }

  @Test
  public void givenAModel_whenTheSizesPlotIsDrawn_thenItShowsEveryClusterWithItsRowsShareAndSse() {
    KMeansViewData d = data(KMeansNodeSettings.builder().scaling(Scaling.ZSCORE).build());
    ClusterSizesPlot plot = ClusterSizesPlot.of(d.model());
    String svg = plot.toSvg();
    assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"));
    assertTrue(svg.contains("Cluster sizes"));
    assertTrue(svg.contains("3 clusters of 150 rows; SSE: sum of squared distances to the centre (z-score units)"));
    int[] sizes = d.model().clusterSizes();
    double[] sse = d.model().clusterSse();
    for (int c = 0; c < 3; c++) {
      assertTrue(svg.contains(">cluster_" + c + "<"));
      String value = String.format(Locale.ROOT, "%d (%.1f%%), SSE %s", sizes[c], 100.0 * sizes[c] / 150,
          new java.math.BigDecimal(sse[c]).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString());
      assertTrue(value + " in " + svg, svg.contains(value));
    }
    BufferedImage image = plot.toImage(1);
    assertEquals(720, image.getWidth());
    assertEquals(120 + 3 * 28, image.getHeight());
    int[] pixels = new int[3];
    for (int c = 0; c < 3; c++) {
      pixels[c] = pixelsOf(image, Palette.OKABE_ITO.color(c)); // each bar in its palette colour
      assertTrue(pixels[c] > 100);
    }
    Integer[] order = {0, 1, 2}; // a larger cluster has a longer bar
    Arrays.sort(order, (a, b) -> Integer.compare(sizes[a], sizes[b]));
    assertTrue(pixels[order[0]] < pixels[order[1]] && pixels[order[1]] < pixels[order[2]]);
  }

  @Test
  public void givenAScan_whenTheViewDrawsIt_thenItShowsBothPanelsTheKsTheUnitsAndTheChoice() {
    KMeansViewData d = data(KMeansNodeSettings.builder().autoK(true).kRange(2, 6).scaling(Scaling.ZSCORE).build());
    KScanPlot plot = (KScanPlot) new KMeansView(d).plots().get(1);
    assertEquals(d.scan(), plot.scores());
    assertEquals(d.model().numClusters(), plot.suggestedK());
    int chosen = d.scan().stream().max((a, b) -> Double.compare(a.silhouette(), b.silhouette())).orElseThrow().k();
    assertEquals(chosen, plot.suggestedK());
    String svg = plot.toSvg();
    for (String text : new String[] {"Choice of k", "the highest silhouette suggests k = " + chosen,
        ">Inertia (z-score units)<", ">Mean silhouette<", ">Number of clusters (k)<", ">k = " + chosen + "<",
        ">6<"}) {
      assertTrue(text + " in " + svg, svg.contains(text));
    }
    assertTrue(pixelsNot(plot.toImage(1), Color.WHITE) > 5_000);
  }

  @Test
  public void givenAFixedK_whenTheViewIsBuilt_thenItsFirstTabHasTheSizesAndTheCentresTable() {
    KMeansView view = new KMeansView(data(KMeansNodeSettings.builder().numClusters(4).build()));
    assertEquals(3, view.tabs().getTabCount());
    assertEquals("Clusters", view.tabs().getTitleAt(0));
    assertEquals(3, view.plots().size());
    assertEquals(4, view.centresTable().getRowCount());
    assertEquals("Sepal.Length", view.centresTable().getColumnName(3));
    assertEquals(Integer.class, view.centresTable().getColumnClass(1));
    assertSame(view.plots().get(0), view.selectedPlot());
    view.setSize(800, 600);
    view.doLayout();
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    view.printAll(g);
    g.dispose();
    assertTrue(pixelsNot(image, Color.BLACK) > 10_000);
  }

  @Test
  public void givenAnAutomaticK_whenTheViewIsBuilt_thenTheSecondTabShowsTheScanAndExportsIt() throws IOException {
    KMeansView view = new KMeansView(data(KMeansNodeSettings.builder().autoK(true).kRange(2, 4).build()));
    assertEquals(4, view.tabs().getTabCount());
    assertEquals("Choice of k", view.tabs().getTitleAt(1));
    view.tabs().setSelectedIndex(1);
    Plot selected = view.selectedPlot();
    assertTrue(selected instanceof KScanPlot);
    Path png = folder.getRoot().toPath().resolve("scan.png");
    Path svg = folder.getRoot().toPath().resolve("scan.svg");
    selected.writePng(png);
    selected.writeSvg(svg);
    byte[] head = Arrays.copyOf(Files.readAllBytes(png), 4);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head);
    assertTrue(Files.readString(svg).contains("Choice of k"));
  }

  @Test
  public void givenTheView_thenItsToolBarExportsAndTheSelectedTabDecidesPanelAndFileName() {
    KMeansView view = new KMeansView(data(KMeansNodeSettings.builder().autoK(true).kRange(2, 4).build()));
    List<String> buttons = new ArrayList<>();
    for (Component c : ((JToolBar) ((BorderLayout) view.getLayout()).getLayoutComponent(BorderLayout.NORTH))
        .getComponents()) {
      buttons.add(((JButton) c).getText());
    }
    assertEquals(List.of("Export PNG\u2026", "Export SVG\u2026"), buttons);
    assertEquals("cluster-sizes", view.selectedFileName());
    assertSame(view.plots().get(0), view.selectedPlotPanel().getPlot());
    view.tabs().setSelectedIndex(1);
    assertEquals("choice-of-k", view.selectedFileName());
    assertSame(view.plots().get(1), view.selectedPlotPanel().getPlot());
    assertTrue(SwingUtilities.isDescendingFrom(view.selectedPlotPanel(), view.tabs()));
  }

  /** Per column the between-cluster over the within-cluster sum of squares, computed directly. */
  private static double[] separation(double[][] rows, int[] labels, int k) {
    int d = rows[0].length;
    double[] ratio = new double[d];
    for (int j = 0; j < d; j++) {
      double[] sum = new double[k];
      int[] count = new int[k];
      double all = 0;
      for (int i = 0; i < rows.length; i++) {
        sum[labels[i]] += rows[i][j];
        count[labels[i]]++;
        all += rows[i][j];
      }
      all /= rows.length;
      double between = 0;
      double within = 0;
      for (int c = 0; c < k; c++) {
        between += count[c] * Math.pow(sum[c] / count[c] - all, 2);
      }
      for (int i = 0; i < rows.length; i++) {
        within += Math.pow(rows[i][j] - sum[labels[i]] / count[labels[i]], 2);
      }
      ratio[j] = between / within;
    }
    return ratio;
  }

  @Test
  public void givenIris_whenTheViewIsBuilt_thenItDrawsTheProfileHeatmapAndTheScatterOfTheMostSeparatingColumns() {
    KMeansNodeSettings settings = KMeansNodeSettings.builder().numClusters(3).scaling(Scaling.ZSCORE)
        .outlierFlag(true).outlierQuantile(0.9).build();
    KMeansLearnerResult result = KMeansLearner.run(settings, IRIS.trainingRows(settings.missingValues()),
        ProgressMonitor.none(), MemoryCheck.runtime());
    KMeansView view = new KMeansView(result.viewData());
    assertEquals(List.of("Clusters", "Segment profile", "Scatter"), List.of(view.tabs().getTitleAt(0),
        view.tabs().getTitleAt(1), view.tabs().getTitleAt(2)));
    view.tabs().setSelectedIndex(1);
    assertEquals("segment-profile", view.selectedFileName());
    ProfileHeatmap heatmap = (ProfileHeatmap) view.selectedPlot();
    assertSame(heatmap, view.selectedPlotPanel().getPlot());
    String heatSvg = heatmap.toSvg();
    assertTrue(heatSvg.contains("k-Means, k = 3: segment profile"));
    for (String column : IRIS.columns()) {
      assertTrue(column, heatSvg.contains(">" + column + "<"));
    }
    assertTrue(pixelsNot(heatmap.toImage(1), Color.WHITE) > 10_000);

    view.tabs().setSelectedIndex(2);
    assertEquals("scatter", view.selectedFileName());
    ClusterScatterPlot scatter = (ClusterScatterPlot) view.selectedPlot();
    assertEquals(3, scatter.numClusters());
    int flagged = 0;
    for (int i = 0; i < IRIS.rows().length; i++) {
      flagged += result.row(i).outlier() ? 1 : 0; // the model's own outlier column at quantile 0.9
    }
    assertTrue(flagged > 0);
    assertEquals(flagged, scatter.outlierCount());
    int[] labels = new int[IRIS.rows().length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = result.row(i).cluster();
    }
    double[] ratio = separation(IRIS.rows(), labels, 3);
    Integer[] order = {0, 1, 2, 3};
    Arrays.sort(order, (a, b) -> Double.compare(ratio[b], ratio[a]));
    String svg = scatter.toSvg();
    assertTrue(svg, svg.contains(">" + IRIS.columns().get(order[0]) + "<"));
    assertTrue(svg, svg.contains(">" + IRIS.columns().get(order[1]) + "<"));
    assertFalse(svg.contains(">" + IRIS.columns().get(order[3]) + "<"));
    assertTrue(svg, svg.contains(flagged + " outliers ringed: farther out than the 0.9-quantile of their cluster"));
    assertFalse(svg.contains("a sample of"));
    assertTrue(pixelsNot(scatter.toImage(1), Color.WHITE) > 10_000);
  }

  @Test
  public void givenViewData_whenSavedAndLoaded_thenTheViewDrawsTheSamePictures() throws SettingsException {
    KMeansViewData d = data(KMeansNodeSettings.builder().autoK(true).kRange(2, 4).build());
    MapSettings s = new MapSettings();
    d.saveTo(s);
    KMeansViewData loaded = KMeansViewData.loadFrom(s);
    assertEquals(d, loaded);
    List<Plot> before = new KMeansView(d).plots();
    List<Plot> after = new KMeansView(loaded).plots();
    assertEquals(4, after.size());
    for (int i = 0; i < before.size(); i++) {
      assertEquals(before.get(i).toSvg(), after.get(i).toSvg());
    }
  }

  @Test
  public void givenViewDataSavedBeforeThePictures_whenLoaded_thenTheViewHasNoPictureTabs()
      throws SettingsException {
    KMeansViewData d = data(KMeansNodeSettings.builder().numClusters(3).build());
    MapSettings s = new MapSettings();
    new KMeansViewData(d.model(), d.scan()).saveTo(s);
    assertFalse(s.containsKey(KMeansViewData.KEY_PICTURES));
    KMeansViewData loaded = KMeansViewData.loadFrom(s);
    assertTrue(loaded.pictures().isEmpty());
    assertEquals(1, new KMeansView(loaded).tabs().getTabCount());
  }

  @Test
  public void givenOneColumn_whenTheViewIsBuilt_thenItHasTheHeatmapButNoScatter() {
    double[][] rows = new double[IRIS.rows().length][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {IRIS.rows()[i][2]};
    }
    Datasets.Table one = new Datasets.Table(List.of(IRIS.columns().get(2)), rows);
    KMeansNodeSettings s = KMeansNodeSettings.builder().numClusters(2).build();
    KMeansView view = new KMeansView(KMeansLearner.run(s, one.trainingRows(s.missingValues()),
        ProgressMonitor.none(), MemoryCheck.runtime()).viewData());
    assertEquals(2, view.tabs().getTabCount());
    assertEquals("Segment profile", view.tabs().getTitleAt(1));
  }
}
