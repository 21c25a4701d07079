package org.clustermodels.knime.logic.view;

import java.awt.BorderLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.SpinnerNumberModel;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.render.CutEvent;
import org.clustermodels.core.render.DendrogramPanel;
import org.clustermodels.core.render.DendrogramPlot;
import org.clustermodels.core.render.DendrogramPlotOptions;
import org.clustermodels.knime.logic.hierarchy.ClusterNames;
import org.clustermodels.core.render.MergeHeightPlot;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.PlotPanel;
import org.clustermodels.knime.logic.hierarchy.ClusterCut;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelContent;
import org.clustermodels.knime.logic.hierarchy.HierarchyKind;
import org.clustermodels.knime.logic.profile.SegmentPictures;

/**
 * The view of the hierarchical and divisive clustering nodes, free of KNIME types (the glue's {@code NodeView}
 * sets it as its component and returns it from {@code getExportComponent}). Two tabs: the interactive dendrogram
 * of the core ({@link DendrogramPanel}: wheel to zoom, drag to pan, double-click to show all, drag the dashed cut
 * line or Shift-click to move the cut, which recolours the clusters; hovering a leaf shows its row key, hovering
 * a link its height), labelled with the row keys; and the merge-height plot ("distance per fusion": the height of
 * the last merges against the number of clusters they leave), which marks the current cut. A tool bar sets the
 * number of clusters, returns to the node's own cut, zooms, and exports the shown tab as PNG or SVG; a status line
 * says where the view's cut is and what the node output. Moving the cut here does not change the node's output.
 * With {@link #setPictures} two more tabs show the segment pictures of the node's own cut (as the command line's
 * {@code --heatmap} and {@code --scatter}): the profile heatmap and the scatter of the two columns that separate
 * the clusters most, small clusters' rows ringed; they stay at the node's cut when the view's cut moves.
 *
 * <p>Use on the Swing event thread only.
 */
public final class DendrogramViewPanel extends JPanel {
  /** Trees with more rows are drawn with their last merges only (a cluster below them is one leaf). */
  public static final int MAX_LEAVES_DRAWN = 3000;
  /** The tab titles. */
  public static final String DENDROGRAM_TAB = "Dendrogram";
  /** The title of the merge-height tab and plot, as KNIME users know it. */
  public static final String MERGE_HEIGHTS_TAB = "Distance per fusion";

  private static final long serialVersionUID = 1L;
  private static final double ZOOM_STEP = 1.5;

  private transient DendrogramModelContent model;
  private transient MergeHeightPlot mergeHeights;
  private final DendrogramPanel dendrogram;
  private final PlotPanel mergePanel;
  /** The panels of the segment pictures' tabs, after the dendrogram and merge-height tabs. */
  private final List<PlotPanel> picturePanels = new ArrayList<>();
  private final JTabbedPane tabs = new JTabbedPane();
  private final JSpinner clusters = new JSpinner(new SpinnerNumberModel(1, 1, 1, 1));
  private final JLabel status = new JLabel(" ");
  private boolean syncing;

  /**
   * @param model the model to show, cut where the node cut it
   */
  public DendrogramViewPanel(DendrogramModelContent model) {
    super(new BorderLayout());
    this.model = Objects.requireNonNull(model, "model");
    dendrogram = new DendrogramPanel(plotOf(model));
    mergeHeights = mergeHeightsOf(model.dendrogram());
    mergePanel = new PlotPanel(mergeHeights);
    tabs.addTab(DENDROGRAM_TAB, dendrogram);
    tabs.addTab(MERGE_HEIGHTS_TAB, mergePanel);
    add(toolBar(), BorderLayout.NORTH);
    add(tabs, BorderLayout.CENTER);
    status.setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
    add(status, BorderLayout.SOUTH);
    dendrogram.addCutListener(this::cutChanged);
    clusters.addChangeListener(e -> {
      if (!syncing) {
        setCutCount((Integer) clusters.getValue());
      }
    });
    showModelCut();
  }

  private JToolBar toolBar() {
    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    bar.add(new JLabel("Clusters: "));
    bar.add(clusters);
    bar.add(button("Node's cut", "Cut where the node cut the tree for its output", e -> showModelCut()));
    bar.addSeparator();
    bar.add(button("Zoom in", "Zoom into the middle (or use the mouse wheel)", e -> zoomAboutCentre(ZOOM_STEP)));
    bar.add(button("Zoom out", "Zoom out of the middle", e -> zoomAboutCentre(1 / ZOOM_STEP)));
    bar.add(button("Show all", "Show the whole tree (or double-click it)", e -> dendrogram.resetView()));
    bar.addSeparator();
    bar.add(button("Export PNG\u2026", "Save the shown tab as a PNG picture", e -> ExportDialog.save(this, "png")));
    bar.add(button("Export SVG\u2026", "Save the shown tab as an SVG picture", e -> ExportDialog.save(this, "svg")));
    return bar;
  }

  private static JButton button(String text, String tip, java.awt.event.ActionListener action) {
    JButton b = new JButton(text);
    b.setToolTipText(tip);
    b.setFocusable(false);
    b.addActionListener(action);
    return b;
  }

  /**
   * Shows another model (the node was executed again), cut where the node cut it, with the whole tree in view.
   *
   * @param model the model to show
   */
  public void setModel(DendrogramModelContent model) {
    this.model = Objects.requireNonNull(model, "model");
    mergeHeights = mergeHeightsOf(model.dendrogram());
    dendrogram.setPlot(plotOf(model));
    showModelCut();
  }

  /**
   * Shows the segment pictures of the node's cut in tabs after the merge-height tab, or removes them.
   *
   * @param pictures the pictures' data of the model's cut, or null for none (the tabs are removed)
   */
  public void setPictures(SegmentPictures pictures) {
    if (tabs.getSelectedIndex() >= 2) {
      tabs.setSelectedIndex(0);
    }
    while (tabs.getTabCount() > 2) {
      tabs.removeTabAt(2);
    }
    picturePanels.clear();
    if (pictures != null) {
      int k = model.clusterCount();
      List<Plot> plots = pictures.plots(title(model) + ", " + k + (k == 1 ? " cluster" : " clusters"));
      for (int i = 0; i < plots.size(); i++) {
        PlotPanel panel = new PlotPanel(plots.get(i));
        picturePanels.add(panel);
        tabs.addTab(SegmentPictures.TAB_TITLES.get(i), panel);
      }
    }
  }

  /** @return the titles of the tabs, in order */
  public List<String> getTabTitles() {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < tabs.getTabCount(); i++) {
      titles.add(tabs.getTitleAt(i));
    }
    return titles;
  }

  /**
   * @param index a tab, 0..{@code getTabTitles().size() - 1}
   */
  public void showTab(int index) {
    tabs.setSelectedIndex(index);
  }

  /** @return the model shown */
  public DendrogramModelContent getModel() {
    return model;
  }

  private static DendrogramPlot plotOf(DendrogramModelContent model) {
    Dendrogram tree = model.dendrogram();
    return new DendrogramPlot(tree, DendrogramPlotOptions.builder().title(title(model))
        .heightAxisTitle(capitalised(model.heightLabel())).leafAxisTitle("Rows (row keys)")
        .leafLabels(List.of(model.rowKeys())).maxLeaves(Math.max(2, Math.min(tree.leafCount(), MAX_LEAVES_DRAWN)))
        .clusterPrefix(ClusterNames.PREFIX).build());
  }

  private static MergeHeightPlot mergeHeightsOf(Dendrogram tree) {
    return MergeHeightPlot.of(tree).withTitle(MERGE_HEIGHTS_TAB);
  }

  /**
   * @param model a model
   * @return the picture title, e.g. "Average linkage, euclidean distance"
   */
  static String title(DendrogramModelContent model) {
    if (model.kind() == HierarchyKind.AGGLOMERATIVE) {
      return capitalised(model.algorithm()) + " linkage, " + model.metric().id() + " distance";
    }
    return model.algorithm().equals("diana") ? "DIANA, " + model.metric().id() + " distance" : "Bisecting k-means";
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** Cuts the view where the node cut the tree for its output. */
  public void showModelCut() {
    ClusterCut cut = model.cut();
    if (cut.isByCount()) {
      dendrogram.setCutCount(cut.count());
    } else {
      dendrogram.setCutHeight(cut.height());
    }
  }

  /**
   * Cuts the view into k clusters.
   *
   * @param k 1..rows
   */
  public void setCutCount(int k) {
    dendrogram.setCutCount(k);
  }

  /**
   * Cuts the view at a height (as dragging the cut line does).
   *
   * @param height finite, at least 0
   */
  public void setCutHeight(double height) {
    dendrogram.setCutHeight(height);
  }

  /** @return the number of clusters of the view's cut */
  public int getClusterCount() {
    return dendrogram.getClusterCount();
  }

  /** @return the height of the view's cut line; NaN when no height gives the view's cut (ties, inversions) */
  public double getCutHeight() {
    return dendrogram.getCutHeight();
  }

  /** @return the number shown in the tool bar's clusters field */
  public int getClustersFieldValue() {
    return (Integer) clusters.getValue();
  }

  /** @return the status line's text */
  public String getStatusText() {
    return status.getText();
  }

  /** @return the interactive dendrogram (of the core), e.g. to listen to its cut */
  public DendrogramPanel getDendrogramPanel() {
    return dendrogram;
  }

  /** @return the dendrogram picture as cut now, as exported */
  public DendrogramPlot getDendrogramPlot() {
    return dendrogram.getPlot();
  }

  /** @return the merge-height picture, marking the view's cut, as exported */
  public MergeHeightPlot getMergeHeightPlot() {
    return mergeHeights;
  }

  /** @param mergeHeightsTab whether to show the merge-height tab (else the dendrogram) */
  public void showMergeHeights(boolean mergeHeightsTab) {
    tabs.setSelectedIndex(mergeHeightsTab ? 1 : 0);
  }

  /**
   * @return the picture of the tab shown: the dendrogram as cut now, the merge-height plot, or a segment picture
   */
  public Plot getShownPlot() {
    int tab = tabs.getSelectedIndex();
    return tab >= 2 ? picturePanels.get(tab - 2).getPlot() : tab == 1 ? mergeHeights : dendrogram.getPlot();
  }

  /**
   * @return the file name proposed for the shown tab's picture, without extension: "dendrogram",
   *     "distance-per-fusion", or one of {@link SegmentPictures#FILE_NAMES}
   */
  public String getShownFileName() {
    int tab = tabs.getSelectedIndex();
    return tab >= 2 ? SegmentPictures.FILE_NAMES.get(tab - 2) : tab == 1 ? "distance-per-fusion" : "dendrogram";
  }

  /**
   * @return the component of the tab shown (the interactive dendrogram, the merge-height plot or a segment
   *     picture), without the tool bar and the status line: what a host's own "export the view" should paint, as
   *     the user sees it now
   */
  public JComponent getShownPlotComponent() {
    int tab = tabs.getSelectedIndex();
    return tab >= 2 ? picturePanels.get(tab - 2) : tab == 1 ? mergePanel : dendrogram;
  }

  /**
   * Writes the shown tab's picture (the whole picture at its export size, whatever the zoom) as PNG; the file is
   * replaced atomically.
   *
   * @param file the target; its directory must exist
   * @throws IOException if writing fails (the target is then unchanged)
   */
  public void exportPng(Path file) throws IOException {
    getShownPlot().writePng(file);
  }

  /**
   * Writes the shown tab's picture as SVG; the file is replaced atomically.
   *
   * @param file the target; its directory must exist
   * @throws IOException if writing fails (the target is then unchanged)
   */
  public void exportSvg(Path file) throws IOException {
    getShownPlot().writeSvg(file);
  }

  private void zoomAboutCentre(double factor) {
    dendrogram.zoom(factor, dendrogram.getWidth() / 2.0, dendrogram.getHeight() / 2.0, false);
  }

  private void cutChanged(CutEvent event) {
    int k = event.clusterCount();
    mergeHeights = mergeHeights.withHighlight(event.cut() == null ? 0 : k);
    mergePanel.setPlot(mergeHeights);
    syncing = true;
    try {
      SpinnerNumberModel numbers = (SpinnerNumberModel) clusters.getModel();
      numbers.setMaximum(model.dendrogram().leafCount());
      numbers.setValue(k);
    } finally {
      syncing = false;
    }
    status.setText(statusText(k, event.height()));
  }

  private String statusText(int k, double height) {
    String view = k + (k == 1 ? " cluster" : " clusters") + (Double.isNaN(height) ? " (cut by count; no single "
        + "height gives it)" : String.format(Locale.ROOT, " (cut at height %.4g)", height));
    int n = model.dendrogram().leafCount();
    int output = model.clusterCount();
    return "View: " + view + ".  Node output: " + output + (output == 1 ? " cluster" : " clusters") + " ("
        + (model.cut().isByCount() ? "cut into " : "cut at ") + model.cut().describe() + ").  " + n
        + (n == 1 ? " row." : " rows.");
  }
}
