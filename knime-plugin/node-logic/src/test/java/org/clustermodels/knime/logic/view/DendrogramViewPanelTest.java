package org.clustermodels.knime.logic.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.render.ClusterScatterPlot;
import org.clustermodels.core.render.DendrogramPanel;
import org.clustermodels.core.render.Palette;
import org.clustermodels.core.render.PlotPanel;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeRun;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings;
import org.clustermodels.knime.logic.hierarchy.ClusterCut;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelContent;
import org.clustermodels.knime.logic.hierarchy.HierarchyOutputs;
import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.clustermodels.knime.logic.hierarchy.Oracles;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The node view, headless: it paints, exports PNG and SVG, follows a moved cut (cluster count, tool bar, merge
 * plot, colours), and its hover hit-testing finds the right leaf and merge of a small hand-made tree, located in
 * the rendered pixels.
 */
public class DendrogramViewPanelTest {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Rule
  public final TemporaryFolder folder = new TemporaryFolder();

  private static final Oracles.Table USARRESTS = Oracles.table("usarrests");

  private static DendrogramModelContent usArrests(LinkageMethod linkage, ClusterCut cut) {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(linkage)
        .scaling(Standardization.ZSCORE).cut(cut).build();
    return AgglomerativeNodeRun.run(s, USARRESTS.data(), USARRESTS.rowKeys(), USARRESTS.columns(),
        ProgressMonitor.none(), MemoryCheck.runtime()).model();
  }

  /**
   * Rows a = 0, b = 1, c = 10, d = 12, e = 30 in one column, single linkage: a+b at 1, c+d at 2, those two at 9,
   * e joins at 18. Leaves are drawn smaller child first: e, a, b, c, d.
   */
  private static DendrogramModelContent handMade(ClusterCut cut) {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.SINGLE).cut(cut).build();
    return AgglomerativeNodeRun.run(s, DenseMatrix.of(new double[][] {{0}, {1}, {10}, {12}, {30}}),
        new String[] {"a", "b", "c", "d", "e"}, new String[] {"x"}, ProgressMonitor.none(), MemoryCheck.runtime())
        .model();
  }

  private static DendrogramViewPanel laidOut(DendrogramModelContent model) {
    DendrogramViewPanel view = new DendrogramViewPanel(model);
    view.setSize(1000, 700);
    layout(view);
    return view;
  }

  private static void layout(Component c) {
    if (c instanceof Container container) {
      container.doLayout();
      for (Component child : container.getComponents()) {
        layout(child);
      }
    }
  }

  private static BufferedImage paint(Component c) {
    BufferedImage image = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, c.getWidth(), c.getHeight());
    c.paint(g);
    g.dispose();
    return image;
  }

  /**
   * Whether a pixel shows a colour: it is the colour blended with the white background (anti-aliasing) with at
   * least 35% of the colour, the same share in every channel (so an orange edge is never taken for yellow).
   */
  private static boolean near(int rgb, Color color) {
    int[] p = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    int[] c = {color.getRed(), color.getGreen(), color.getBlue()};
    int k = 0; // the channel farthest from white tells the share best
    for (int i = 1; i < 3; i++) {
      k = c[i] < c[k] ? i : k;
    }
    double share = (255.0 - p[k]) / (255.0 - c[k]);
    if (share < 0.35 || share > 1.05) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (Math.abs(p[i] - (255 - share * (255 - c[i]))) > 8) {
        return false;
      }
    }
    return true;
  }

  private static int count(BufferedImage image, Color color, int xFrom, int xTo) {
    int c = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = xFrom; x < xTo; x++) {
        c += near(image.getRGB(x, y), color) ? 1 : 0;
      }
    }
    return c;
  }

  @Test
  public void theViewPaintsTheDendrogramWithTheNodesClustersAndTheRowKeys() {
    DendrogramViewPanel view = laidOut(usArrests(LinkageMethod.AVERAGE, ClusterCut.byCount(4)));
    BufferedImage image = paint(view);
    DendrogramPanel panel = view.getDendrogramPanel();
    assertTrue(panel.getWidth() > 900 && panel.getHeight() > 500);
    for (int c = 0; c < 4; c++) {
      assertTrue("cluster " + c, count(image, Palette.OKABE_ITO.color(c), 0, image.getWidth()) > 100);
    }
    assertEquals(4, view.getClusterCount());
    assertEquals(4, view.getClustersFieldValue());
    assertTrue(view.getStatusText(), view.getStatusText().startsWith("View: 4 clusters (cut at height "));
    assertTrue(view.getStatusText(), view.getStatusText().endsWith("Node output: 4 clusters (cut into 4 clusters)."
        + "  50 rows."));
    assertEquals("Average linkage, euclidean distance", view.getDendrogramPlot().options().title());
    assertEquals(USARRESTS.rowKeys()[0], view.getDendrogramPlot().options().leafLabels().get(0));
  }

  @Test
  public void aMovedCutChangesTheClusterCountTheToolBarTheMergePlotAndTheColours() {
    DendrogramModelContent model = usArrests(LinkageMethod.WARD, ClusterCut.byCount(2));
    DendrogramViewPanel view = laidOut(model);
    Map<String, Object> oracle = Oracles.json("usarrests", "zscore");
    double[] heights = Oracles.doubles(Oracles.at(oracle, "agglomerative", "scipy", "methods", "ward",
        "heights_sorted"));
    int n = heights.length + 1;
    // a height between SciPy's 6th and 5th largest Ward merges: 6 clusters
    double h = (heights[n - 7] + heights[n - 6]) / 2;
    view.setCutHeight(h);
    int expected = 1 + (int) Arrays.stream(heights).filter(x -> x > h).count();
    assertEquals(6, expected);
    assertEquals(expected, view.getClusterCount());
    assertEquals(expected, view.getClustersFieldValue());
    assertEquals(h, view.getCutHeight(), 0);
    assertTrue(view.getMergeHeightPlot().toString().endsWith(", k=6]"));
    assertTrue(view.getStatusText(), view.getStatusText().startsWith("View: 6 clusters (cut at height "));
    // the node's output is unchanged
    assertTrue(view.getStatusText().contains("Node output: 2 clusters"));
    BufferedImage image = paint(view.getDendrogramPanel());
    for (int c = 0; c < 7; c++) {
      int pixels = count(image, Palette.OKABE_ITO.color(c), 0, image.getWidth());
      assertTrue("colour " + c + ": " + pixels, c < 6 ? pixels > 50 : pixels == 0);
    }
    // the clusters field cuts too; the node's cut comes back with the button's action
    view.setCutCount(3);
    assertEquals(3, view.getClusterCount());
    assertEquals(3, view.getClustersFieldValue());
    view.showModelCut();
    assertEquals(2, view.getClusterCount());
    assertTrue(view.getMergeHeightPlot().toString().endsWith(", k=2]"));
  }

  @Test
  public void theClustersFieldMovesTheCut() {
    DendrogramViewPanel view = laidOut(usArrests(LinkageMethod.COMPLETE, ClusterCut.byCount(2)));
    javax.swing.JSpinner spinner = find(view, javax.swing.JSpinner.class);
    spinner.setValue(5);
    assertEquals(5, view.getClusterCount());
    assertEquals(50, ((javax.swing.SpinnerNumberModel) spinner.getModel()).getMaximum());
  }

  private static <T> T find(Container c, Class<T> type) {
    for (Component child : c.getComponents()) {
      if (type.isInstance(child)) {
        return type.cast(child);
      }
      if (child instanceof Container inner) {
        T found = find(inner, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A horizontal link drawn in a cluster colour: its row and its ends. */
  private record Bar(int y, int x1, int x2) {
  }

  /**
   * The horizontal links of one colour in the plot: runs of at least 15 pixels of that colour (longer than a legend
   * swatch), rows next to each other taken as one link (anti-aliasing); sorted from the bottom up.
   */
  private static List<Bar> bars(BufferedImage image, Color color, int xTo) {
    List<Bar> bars = new ArrayList<>();
    int lastY = Integer.MAX_VALUE;
    for (int y = image.getHeight() - 1; y >= 0; y--) {
      int runStart = -1;
      for (int x = 0; x <= xTo; x++) {
        boolean ink = x < xTo && near(image.getRGB(x, y), color);
        if (ink && runStart < 0) {
          runStart = x;
        } else if (!ink && runStart >= 0) {
          if (x - runStart >= 15) {
            if (lastY - y > 1) {
              bars.add(new Bar(y, runStart, x - 1));
            }
            lastY = y;
          }
          runStart = -1;
        }
      }
    }
    return bars;
  }

  private static String tip(DendrogramPanel panel, double x, double y) {
    return panel.getToolTipText(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0, (int) Math.round(x),
        (int) Math.round(y), 0, false));
  }

  @Test
  public void hoveringFindsTheRightLeafAndMergeOfAHandMadeTree() {
    DendrogramViewPanel view = laidOut(handMade(ClusterCut.byCount(2)));
    DendrogramPanel panel = view.getDendrogramPanel();
    BufferedImage image = paint(panel);
    Color blue = Palette.OKABE_ITO.color(0); // cluster 0 = a, b, c, d
    List<Bar> found = bars(image, blue, image.getWidth());
    // from the bottom: the cluster strip under the leaves, then the links at 1, 2 and 9
    assertEquals(found.toString(), 4, found.size());
    Bar strip = found.get(0);
    Bar ab = found.get(1);
    Bar cd = found.get(2);
    Bar top = found.get(3);
    // heights are linear in pixels: the link at 2 is an eighth of the way from the link at 1 to the link at 9
    assertEquals(1.0 / 8, (ab.y() - cd.y()) / (double) (ab.y() - top.y()), 0.02);
    assertTrue(ab.x2() < cd.x1());
    assertTrue(tip(panel, (ab.x1() + ab.x2()) / 2.0, ab.y()).startsWith("Height 1: 2 rows (merge 1 of 4)"));
    assertTrue(tip(panel, (cd.x1() + cd.x2()) / 2.0, cd.y()).startsWith("Height 2: 2 rows (merge 2 of 4)"));
    assertEquals("Height 9: 4 rows (merge 3 of 4), in cluster 0", tip(panel, (top.x1() + top.x2()) / 2.0,
        top.y()));
    // the leaves a and b are at the ends of their link; their labels lie below the strip
    double labelY = strip.y() + 8;
    assertEquals("a (row 0); joins at height 1", tip(panel, ab.x1() + 1, labelY));
    assertEquals("b (row 1); joins at height 1", tip(panel, ab.x2() - 1, labelY));
    assertEquals("d (row 3); joins at height 2", tip(panel, cd.x2() - 1, labelY));
    // leaf e sits left of a, as far from a as b is
    assertTrue(tip(panel, ab.x1() - (ab.x2() - ab.x1()), labelY).startsWith("e (row 4); joins at height 18"));
    // a point in the empty plot, between the links, is neither
    assertEquals(null, tip(panel, (ab.x2() + cd.x1()) / 2.0, (ab.y() + top.y()) / 2.0));
  }

  @Test
  public void theShownTabIsExportedAsPngAndSvg() throws IOException {
    DendrogramViewPanel view = laidOut(usArrests(LinkageMethod.AVERAGE, ClusterCut.byHeight(2.5)));
    Path png = folder.getRoot().toPath().resolve("tree.png");
    view.exportPng(png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image);
    assertEquals(960, image.getWidth());
    assertEquals(600, image.getHeight());
    Path svg = folder.getRoot().toPath().resolve("tree.svg");
    view.exportSvg(svg);
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.contains("<svg"));
    assertTrue(text.contains(">Alabama<"));
    assertTrue(text.contains("Average linkage, euclidean distance"));
    assertEquals("dendrogram.svg", ExportDialog.defaultName(view, "svg"));
    view.showMergeHeights(true);
    view.exportSvg(svg);
    text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.contains(DendrogramViewPanel.MERGE_HEIGHTS_TAB));
    assertTrue(text.contains("cut: k = " + view.getClusterCount()));
    assertEquals("distance-per-fusion.png", ExportDialog.defaultName(view, "png"));
    assertEquals(folder.getRoot().toPath().resolve("x.svg"), ExportDialog.withExtension(
        folder.getRoot().toPath().resolve("x"), "svg"));
    assertEquals(folder.getRoot().toPath().resolve("x.SVG"), ExportDialog.withExtension(
        folder.getRoot().toPath().resolve("x.SVG"), "svg"));
  }

  @Test
  public void theShownPlotComponentIsTheSelectedTabsPictureWithoutTheToolBar() {
    DendrogramViewPanel view = laidOut(usArrests(LinkageMethod.AVERAGE, ClusterCut.byCount(4)));
    assertSame(view.getDendrogramPanel(), view.getShownPlotComponent());
    view.showMergeHeights(true);
    Component merge = view.getShownPlotComponent();
    assertNotSame(view.getDendrogramPanel(), merge);
    assertTrue(merge.getClass().getName(), merge instanceof PlotPanel);
    assertSame(view.getMergeHeightPlot(), ((PlotPanel) merge).getPlot());
    view.showMergeHeights(false);
    assertSame(view.getDendrogramPanel(), view.getShownPlotComponent());
  }

  @Test
  public void aNewModelReplacesTheTreeAndItsCut() {
    DendrogramViewPanel view = laidOut(usArrests(LinkageMethod.AVERAGE, ClusterCut.byCount(4)));
    view.setCutCount(7);
    DendrogramModelContent small = handMade(ClusterCut.byHeight(5));
    view.setModel(small);
    assertEquals(small, view.getModel());
    // at height 5: {a, b}, {c, d}, {e}
    assertEquals(3, view.getClusterCount());
    assertEquals(5, view.getDendrogramPlot().dendrogram().leafCount());
    assertTrue(view.getStatusText(), view.getStatusText().endsWith("Node output: 3 clusters (cut at height 5).  5 "
        + "rows."));
    assertEquals("Single linkage, euclidean distance", view.getDendrogramPlot().options().title());
    assertEquals("Euclidean distance (single linkage)", view.getDendrogramPlot().options().heightAxisTitle());
  }

  @Test
  public void theSegmentPicturesOfTheNodesCutAreTwoMoreTabsThatSurviveASaveAndLoad() throws SettingsException {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.AVERAGE)
        .scaling(Standardization.ZSCORE).cut(ClusterCut.byCount(6)).minClusterSize(3).build();
    HierarchyResult result = AgglomerativeNodeRun.run(s, USARRESTS.data(), USARRESTS.rowKeys(),
        USARRESTS.columns(), ProgressMonitor.none(), MemoryCheck.runtime());
    SegmentPictures pictures = HierarchyOutputs.pictures(USARRESTS.data(), List.of(USARRESTS.columns()), result, s);
    int small = 0; // rows of the cut's clusters with fewer than 3 rows, counted here
    for (int size : result.model().clusterSizes()) {
      small += size < 3 ? size : 0;
    }
    assertTrue(small > 0);
    assertEquals(small, pictures.outlierCount());
    MapSettings stored = new MapSettings();
    pictures.saveTo(stored);
    DendrogramViewPanel view = laidOut(result.model());
    view.setPictures(SegmentPictures.loadFrom(stored));
    assertEquals(List.of(DendrogramViewPanel.DENDROGRAM_TAB, DendrogramViewPanel.MERGE_HEIGHTS_TAB,
        "Segment profile", "Scatter"), view.getTabTitles());
    view.showTab(2);
    assertEquals("segment-profile.png", ExportDialog.defaultName(view, "png"));
    String heatmap = view.getShownPlot().toSvg();
    assertTrue(heatmap, heatmap.contains("Average linkage, euclidean distance, 6 clusters: segment profile"));
    assertEquals(pictures.heatmap("x").toSvg().replace(">x<", ""), heatmap.replace(
        ">Average linkage, euclidean distance, 6 clusters: segment profile<", ""));
    view.showTab(3);
    assertEquals("scatter", view.getShownFileName());
    ClusterScatterPlot scatter = (ClusterScatterPlot) view.getShownPlot();
    assertSame(scatter, ((PlotPanel) view.getShownPlotComponent()).getPlot());
    assertEquals(6, scatter.numClusters());
    assertEquals(small, scatter.outlierCount());
    String svg = scatter.toSvg();
    String ringed = small + (small == 1 ? " outlier" : " outliers") + " ringed: in clusters of fewer than 3 rows";
    assertTrue(svg, svg.contains(ringed));
    view.setCutCount(2); // the view's cut moves; the pictures stay at the node's
    assertEquals(6, ((ClusterScatterPlot) view.getShownPlot()).numClusters());
    view.setPictures(null);
    assertEquals(2, view.getTabTitles().size());
    assertSame(view.getDendrogramPanel(), view.getShownPlotComponent());
  }
}
