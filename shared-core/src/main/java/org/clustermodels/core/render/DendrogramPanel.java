package org.clustermodels.core.render;

import java.awt.Cursor;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.ToolTipManager;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * An interactive dendrogram for Swing (the Weka and KNIME views), painted by the same code as the exported
 * pictures. The mouse wheel zooms (along the leaves about the pointer, along the heights about the bottom of the
 * view; with Shift along the leaves only), dragging pans, a double click shows the whole tree again. The dashed
 * cut line can be dragged (Shift-click places it); the clusters below it are recoloured at once and
 * {@link CutListener}s hear the new height and cluster count, with {@link CutEvent#isAdjusting()} true while the
 * drag lasts. Hovering shows a row's label, or a merge's height and size, in a tooltip and highlights the link.
 *
 * <p>Zooming shows detail of the tree the plot draws: give the plot a {@link DendrogramPlotOptions#maxLeaves()} as
 * large as the tree (or a few thousand) so that it is not truncated; labels appear as the leaves get room.
 *
 * <p>Use on the Swing event thread only. {@link #getPlot()} is the picture as currently cut, ready to export.
 */
public class DendrogramPanel extends PictureComponent {
  private static final long serialVersionUID = 1L;
  private static final double GRAB = 5;
  private static final double WHEEL_STEP = 1.2;

  private enum Drag { NONE, CUT, PAN }

  private transient DendrogramPlot plot;
  private transient DendrogramView view;
  private transient DendrogramFrame frame;
  private int hover = -1;
  private Drag drag = Drag.NONE;
  private double dragX;
  private double dragY;
  private transient DendrogramView dragView;
  private final List<CutListener> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param plot the picture to show (its size is the preferred size)
   */
  public DendrogramPanel(DendrogramPlot plot) {
    this.plot = Objects.requireNonNull(plot, "plot");
    Mouse mouse = new Mouse();
    addMouseListener(mouse);
    addMouseMotionListener(mouse);
    addMouseWheelListener(mouse);
    ToolTipManager.sharedInstance().registerComponent(this);
  }

  /** @return the picture as shown now, with the current cut */
  public DendrogramPlot getPlot() {
    return plot;
  }

  /**
   * Shows another picture (e.g. of a new tree) with the whole tree in view; fires no event.
   *
   * @param plot the picture
   */
  public void setPlot(DendrogramPlot plot) {
    this.plot = Objects.requireNonNull(plot, "plot");
    view = null;
    hover = -1;
    changed();
  }

  /**
   * Cuts at a height and tells the listeners.
   *
   * @param height the cut height, finite and non-negative
   */
  public void setCutHeight(double height) {
    cut(CutLine.atHeight(height), false);
  }

  /**
   * Cuts into k clusters and tells the listeners.
   *
   * @param k the number of clusters, 1..rows
   */
  public void setCutCount(int k) {
    cut(CutLine.atCount(k), false);
  }

  /** Removes the cut and tells the listeners. */
  public void clearCut() {
    cut(null, false);
  }

  /** @return the number of clusters of the current cut, 1 without a cut */
  public int getClusterCount() {
    return plot.clusterCount();
  }

  /** @return the height of the cut line, NaN without a cut */
  public double getCutHeight() {
    return plot.cutHeight();
  }

  /** Shows the whole tree again. */
  public void resetView() {
    view = null;
    changed();
  }

  /**
   * Zooms about a point of the component: along the leaves about the point, along the heights about the bottom
   * of the view (so the leaves stay in sight).
   *
   * @param factor how much larger things get (below 1 zooms out)
   * @param x the point's x in component pixels
   * @param y the point's y
   * @param leavesOnly whether to zoom along the leaf axis only
   */
  public void zoom(double factor, double x, double y, boolean leavesOnly) {
    DendrogramFrame f = frame();
    DendrogramView from = view == null ? f.full : view;
    double leaf = f.leafAt(x, y);
    // heights zoom about the bottom of the view, so the leaves stay in sight
    DendrogramView zoomed = from.zoom(leaf, from.heightLo(), factor, leavesOnly ? 1 : factor, f.full);
    // the axis labels of the new view may move the plot box: shift so the leaf stays under the pointer
    DendrogramFrame g = DendrogramFrame.of(plot, Math.max(1, getWidth()), Math.max(1, getHeight()), zoomed);
    view = zoomed.pan(leaf - g.leafAt(x, y), 0, f.full);
    changed();
  }

  /** @param listener hears every change of the cut */
  public void addCutListener(CutListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** @param listener no longer hears changes */
  public void removeCutListener(CutListener listener) {
    listeners.remove(listener);
  }

  @Override
  Plot picture() {
    return plot;
  }

  @Override
  void paintPicture(Surface surface, int width, int height) {
    frame = plot.paint(surface, width, height, view, hover);
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    DendrogramFrame f = frame();
    DendrogramLayout layout = plot.layout();
    Dendrogram tree = plot.dendrogram();
    int n = tree.leafCount();
    int leaf = DendrogramHits.leafAt(layout, f, e.getX(), e.getY());
    if (leaf >= 0) {
      int id = layout.leafId(leaf);
      int parent = layout.parentMerge(id);
      String joins = parent < 0 ? "" : "; joins at height " + Theme.number(tree.height(parent));
      return id < n ? layout.leafText(leaf) + " (row " + id + ")" + joins
          : "Cluster of " + tree.sizeOfId(id) + " rows, merged at height " + Theme.number(layout.top(id)) + joins;
    }
    int t = DendrogramHits.mergeAt(layout, f, e.getX(), e.getY());
    if (t >= 0) {
      int c = plot.colouring() == null ? -1 : plot.colouring().clusterOf(n + t);
      return "Height " + Theme.number(tree.height(t)) + ": " + tree.size(t) + " rows (merge " + (t + 1) + " of "
          + (n - 1) + ")" + (c >= 0 ? ", in cluster " + c : "");
    }
    return null;
  }

  /** The frame of the last paint, or of the current state at the current size. */
  DendrogramFrame frame() {
    if (frame == null) {
      frame = DendrogramFrame.of(plot, Math.max(1, getWidth()), Math.max(1, getHeight()), view);
    }
    return frame;
  }

  @Override
  public void setBounds(int x, int y, int width, int height) {
    super.setBounds(x, y, width, height);
    frame = null;
  }

  private void changed() {
    frame = null;
    repaint();
  }

  private void cut(CutLine cut, boolean adjusting) {
    plot = plot.withCut(cut);
    changed();
    CutEvent event = new CutEvent(this, plot, adjusting);
    for (CutListener listener : listeners) {
      listener.cutChanged(event);
    }
  }

  private boolean nearCut(DendrogramFrame f, double x, double y) {
    double h = plot.cutHeight();
    if (!(h >= f.view.heightLo() && h <= f.view.heightHi()) || !f.plot.grow(GRAB).contains(x, y)) {
      return false;
    }
    double along = f.orientation == Orientation.TOP ? y : x;
    return Math.abs(along - f.heightPixel(h)) <= GRAB;
  }

  private double heightAt(DendrogramFrame f, double x, double y) {
    return Math.max(0, Math.min(f.full.heightHi(), f.heightAt(x, y)));
  }

  /** The mouse: wheel zoom, drag to pan or move the cut, hover, double click to reset. */
  private final class Mouse extends MouseAdapter {
    @Override
    public void mousePressed(MouseEvent e) {
      if (e.getButton() != MouseEvent.BUTTON1) {
        return;
      }
      DendrogramFrame f = frame();
      if (nearCut(f, e.getX(), e.getY())) {
        drag = Drag.CUT;
      } else if ((e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0 && f.plot.contains(e.getX(), e.getY())) {
        drag = Drag.CUT;
        cut(CutLine.atHeight(heightAt(f, e.getX(), e.getY())), true);
      } else if (f.plot.contains(e.getX(), e.getY())) {
        drag = Drag.PAN;
        dragX = e.getX();
        dragY = e.getY();
        dragView = view == null ? f.full : view;
      }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      DendrogramFrame f = frame();
      if (drag == Drag.CUT) {
        double h = heightAt(f, e.getX(), e.getY());
        if (h != plot.cutHeight()) {
          cut(CutLine.atHeight(h), true);
        }
      } else if (drag == Drag.PAN) {
        boolean top = f.orientation == Orientation.TOP;
        double leafPixels = top ? e.getX() - dragX : e.getY() - dragY;
        double heightPixels = top ? e.getY() - dragY : dragX - e.getX();
        double leafLength = top ? f.plot.width() : f.plot.height();
        double heightLength = top ? f.plot.height() : f.plot.width();
        view = dragView.pan(-leafPixels / leafLength * dragView.leafSpan(),
            heightPixels / heightLength * dragView.heightSpan(), f.full);
        changed();
      }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      if (drag == Drag.CUT) {
        cut(plot.cut(), false);
      }
      drag = Drag.NONE;
    }

    @Override
    public void mouseMoved(MouseEvent e) {
      DendrogramFrame f = frame();
      boolean top = f.orientation == Orientation.TOP;
      setCursor(Cursor.getPredefinedCursor(nearCut(f, e.getX(), e.getY())
          ? (top ? Cursor.N_RESIZE_CURSOR : Cursor.E_RESIZE_CURSOR) : Cursor.DEFAULT_CURSOR));
      int h = DendrogramHits.mergeAt(plot.layout(), f, e.getX(), e.getY());
      if (h != hover) {
        hover = h;
        repaint();
      }
    }

    @Override
    public void mouseExited(MouseEvent e) {
      if (hover >= 0) {
        hover = -1;
        repaint();
      }
    }

    @Override
    public void mouseClicked(MouseEvent e) {
      if (e.getClickCount() == 2 && e.getButton() == MouseEvent.BUTTON1) {
        resetView();
      }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      double factor = Math.pow(WHEEL_STEP, -e.getPreciseWheelRotation());
      zoom(factor, e.getX(), e.getY(), (e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0);
    }
  }
}
