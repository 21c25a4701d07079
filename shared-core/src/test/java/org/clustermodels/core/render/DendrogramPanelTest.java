package org.clustermodels.core.render;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.awt.Graphics2D;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.junit.Test;

/** The Swing component, headless: painting, dragging the cut, hover texts, zoom. */
public class DendrogramPanelTest {
  static {
    RenderTrees.headless();
  }

  private final Dendrogram tree = RenderTrees.scipy("usarrests", "zscore", "average");
  private final List<String> states = RenderTrees.csvColumn("/usarrests.csv", 0);

  private DendrogramPanel panel() {
    DendrogramPanel panel = new DendrogramPanel(new DendrogramPlot(tree, DendrogramPlotOptions.builder()
        .leafLabels(states).cut(CutLine.atCount(4)).build()));
    panel.setSize(900, 600);
    return panel;
  }

  private static BufferedImage paint(DendrogramPanel panel) {
    BufferedImage image = new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    panel.paint(g);
    g.dispose();
    return image;
  }


  private static void mouse(DendrogramPanel panel, int id, double x, double y, int modifiers) {
    panel.dispatchEvent(new MouseEvent(panel, id, 0, modifiers, (int) Math.round(x), (int) Math.round(y), 1, false,
        MouseEvent.BUTTON1));
  }

  @Test
  public void thePanelPaintsTheTreeIntoAnImage() {
    DendrogramPanel panel = panel();
    BufferedImage image = paint(panel);
    assertTrue(Pixels.ink(image) > 0.03 * 900 * 600);
    assertTrue(Pixels.count(image, Palette.OKABE_ITO.color(2).getRGB()) > 121);
    assertEquals(960, panel.getPreferredSize().width);
  }


  @Test
  public void draggingTheCutLineFiresTheHeightAndTheClusterCountOfTheDendrogramsCut() {
    DendrogramPanel panel = panel();
    paint(panel);
    List<CutEvent> events = new ArrayList<>();
    panel.addCutListener(events::add);
    DendrogramFrame f = panel.frame();
    double x = f.plot.x() + f.plot.width() * 0.37;
    double from = f.heightPixel(panel.getCutHeight());
    double to = f.heightPixel(1.5);
    mouse(panel, MouseEvent.MOUSE_PRESSED, x, from, InputEvent.BUTTON1_DOWN_MASK);
    mouse(panel, MouseEvent.MOUSE_DRAGGED, x, (from + to) / 2, InputEvent.BUTTON1_DOWN_MASK);
    mouse(panel, MouseEvent.MOUSE_DRAGGED, x, to, InputEvent.BUTTON1_DOWN_MASK);
    mouse(panel, MouseEvent.MOUSE_RELEASED, x, to, 0);
    assertTrue(events.size() >= 3);
    assertTrue(events.get(0).isAdjusting());
    CutEvent last = events.get(events.size() - 1);
    assertFalse(last.isAdjusting());
    double h = last.height();
    // the mouse was at the pixel of height 1.5, rounded to a whole pixel
    assertEquals(1.5, h, f.view.heightSpan() / f.plot.height());
    int[] expected = tree.cutByHeight(h);
    assertArrayEquals(expected, last.labels());
    assertEquals(Arrays.stream(expected).max().getAsInt() + 1, last.clusterCount());
    assertEquals(last.clusterCount(), panel.getClusterCount());
    assertNotEquals(4, last.clusterCount());
    assertArrayEquals(expected, panel.getPlot().labels());
  }

  @Test
  public void shiftClickPlacesTheCutAndProgrammaticCutsFireToo() {
    DendrogramPanel panel = panel();
    panel.clearCut();
    List<CutEvent> events = new ArrayList<>();
    panel.addCutListener(events::add);
    DendrogramFrame f = panel.frame();
    double y = f.heightPixel(2.0);
    mouse(panel, MouseEvent.MOUSE_PRESSED, f.plot.x() + 100, y, InputEvent.BUTTON1_DOWN_MASK
        | InputEvent.SHIFT_DOWN_MASK);
    mouse(panel, MouseEvent.MOUSE_RELEASED, f.plot.x() + 100, y, InputEvent.SHIFT_DOWN_MASK);
    assertEquals(2.0, panel.getCutHeight(), f.view.heightSpan() / f.plot.height());
    panel.setCutCount(6);
    CutEvent last = events.get(events.size() - 1);
    assertEquals(6, last.clusterCount());
    assertArrayEquals(tree.cutByCount(6), last.labels());
    panel.clearCut();
    assertNull(events.get(events.size() - 1).cut());
    assertEquals(1, panel.getClusterCount());
  }

  @Test
  public void hoveringALabelShowsTheRowAndAMergeShowsItsHeight() {
    DendrogramPanel panel = panel();
    paint(panel);
    DendrogramFrame f = panel.frame();
    int[] order = tree.leafOrder();
    double labelY = f.leafEdge() + f.labelOffset + 10;
    String tip = panel.getToolTipText(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0,
        (int) Math.round(f.leafPixel(7)), (int) Math.round(labelY), 0, false));
    assertTrue(tip, tip.startsWith(states.get(order[7]) + " (row " + order[7] + ")"));
    // the root's crossbar: halfway between its children, at its height
    int root = tree.mergeCount() - 1;
    int n = tree.leafCount();
    double rootX = f.leafPixel(position(order, tree, tree.left(root), n) / 2
        + position(order, tree, tree.right(root), n) / 2);
    String rootTip = panel.getToolTipText(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0,
        (int) Math.round(rootX), (int) Math.round(f.heightPixel(tree.height(root))), 0, false));
    assertTrue(rootTip, rootTip.contains("50 rows") && rootTip.contains("merge 49 of 49"));
    assertNull(panel.getToolTipText(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0, 2, 2, 0, false)));
  }

  /** The drawing position of an id, from the leaf order alone: a row's index, a cluster's children's mean. */
  private static double position(int[] order, Dendrogram tree, int id, int n) {
    if (id < n) {
      for (int i = 0; i < order.length; i++) {
        if (order[i] == id) {
          return i;
        }
      }
      throw new AssertionError(id);
    }
    int t = id - n;
    return (position(order, tree, tree.left(t), n) + position(order, tree, tree.right(t), n)) / 2;
  }

  @Test
  public void theWheelZoomsTheLeavesAboutThePointerAndTheHeightsAboutZeroAndADoubleClickShowsAllAgain() {
    DendrogramPanel panel = panel();
    paint(panel);
    DendrogramFrame before = panel.frame();
    int x = (int) (before.plot.x() + before.plot.width() / 4);
    int y = (int) (before.plot.y() + before.plot.height() * 0.5);
    double leaf = before.leafAt(x, y);
    panel.dispatchEvent(new MouseWheelEvent(panel, MouseEvent.MOUSE_WHEEL, 0, 0, x, y, 0, false,
        MouseWheelEvent.WHEEL_UNIT_SCROLL, 1, -3));
    paint(panel);
    DendrogramFrame after = panel.frame();
    assertEquals(before.view.leafSpan() / Math.pow(1.2, 3), after.view.leafSpan(), 1e-9);
    assertEquals(before.view.heightSpan() / Math.pow(1.2, 3), after.view.heightSpan(), 1e-9);
    assertEquals(0, after.view.heightLo(), 0);
    // the leaf under the pointer stays there (to a tenth of a pixel)
    assertEquals(leaf, after.leafAt(x, y), 0.1 * after.view.leafSpan() / after.plot.width());
    assertTrue(Pixels.ink(paint(panel)) > 10_000);
    panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_CLICKED, 0, 0, x, y, 2, false,
        MouseEvent.BUTTON1));
    assertEquals(before.view, panel.frame().view);
  }
}
