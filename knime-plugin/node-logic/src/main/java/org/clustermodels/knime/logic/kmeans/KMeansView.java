package org.clustermodels.knime.logic.kmeans;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import org.clustermodels.core.render.KScanPlot;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.PlotPanel;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.clustermodels.knime.logic.view.ExportDialog;

/**
 * The k-Means node's view, free of KNIME types: a "Clusters" tab with the cluster sizes ({@link ClusterSizesPlot})
 * above the centres table (rows, SSE and the centre in original units); for an automatic k, a "Choice of k" tab
 * with the inertia and silhouette per k (the core's {@link KScanPlot}, which marks the chosen k: the highest mean
 * silhouette); and, as the command line's {@code --heatmap} and {@code --scatter} draw them, a "Segment profile"
 * tab with the heatmap of the standardised centres and a "Scatter" tab with the rows in the two columns that
 * separate the clusters most, coloured by cluster, outliers by the node's outlier quantile ringed
 * ({@link SegmentPictures}; the scatter needs two columns). A tool bar exports the selected tab's plot as PNG or
 * SVG (the whole plot at its export size). The glue's node view sets it as its component and exports
 * {@link #selectedPlotPanel()} through KNIME's own export menu. Use on the Swing event thread.
 */
public final class KMeansView extends JPanel {
  /** The tab titles, in tab order. */
  public static final String CLUSTERS_TAB = "Clusters";
  /** The title of the k scan's tab. */
  public static final String CHOICE_OF_K_TAB = "Choice of k";

  private static final long serialVersionUID = 1L;

  /** What the view shows (not serialized: a view lives in one session). */
  private final transient KMeansViewData data;
  /** The plots, in tab order (not serialized). */
  private final transient List<Plot> plots = new ArrayList<>();
  /** The panels drawing the plots, in tab order. */
  private final List<PlotPanel> plotPanels = new ArrayList<>();
  /** The file names proposed for the plots, in tab order. */
  private final List<String> fileNames = new ArrayList<>();
  /** The tabs. */
  private final JTabbedPane tabs = new JTabbedPane();
  /** The centres table. */
  private final JTable centres;

  /**
   * @param data what to show
   */
  public KMeansView(KMeansViewData data) {
    super(new BorderLayout());
    this.data = data;
    KMeansModelContent model = data.model();
    ClusterSizesPlot sizes = ClusterSizesPlot.of(model);
    centres = new JTable(new Table(KMeansOutputs.centres(model)));
    centres.setAutoCreateRowSorter(true);
    JScrollPane tableScroll = new JScrollPane(centres);
    tableScroll.setPreferredSize(new Dimension(720, 160));
    PlotPanel sizesPanel = new PlotPanel(sizes);
    JSplitPane clusters = new JSplitPane(JSplitPane.VERTICAL_SPLIT, sizesPanel, tableScroll);
    clusters.setResizeWeight(0.7);
    addTab(CLUSTERS_TAB, clusters, sizes, sizesPanel, "cluster-sizes");
    if (!data.scan().isEmpty()) {
      KScanPlot scan = KScanPlot.of(data.scan(), model.numClusters()).withInertiaUnits(model.centreModel().scaling()
          .scaling().units());
      addTab(CHOICE_OF_K_TAB, scan, "choice-of-k");
    }
    if (data.pictures().isPresent()) {
      List<Plot> pictures = data.pictures().get().plots("k-Means, k = " + model.numClusters());
      for (int i = 0; i < pictures.size(); i++) {
        addTab(SegmentPictures.TAB_TITLES.get(i), pictures.get(i), SegmentPictures.FILE_NAMES.get(i));
      }
    }
    add(ExportDialog.toolBar(this, this::selectedPlot, this::selectedFileName), BorderLayout.NORTH);
    add(tabs, BorderLayout.CENTER);
  }

  private void addTab(String title, Plot plot, String fileName) {
    PlotPanel panel = new PlotPanel(plot);
    addTab(title, panel, plot, panel, fileName);
  }

  private void addTab(String title, Component tab, Plot plot, PlotPanel panel, String fileName) {
    tabs.addTab(title, tab);
    plots.add(plot);
    plotPanels.add(panel);
    fileNames.add(fileName);
  }

  /** @return the file name proposed for the selected tab's plot, without extension */
  public String selectedFileName() {
    return fileNames.get(Math.max(0, tabs.getSelectedIndex()));
  }

  /** @return what the view shows */
  public KMeansViewData data() {
    return data;
  }

  /**
   * @return the plots, in tab order: the cluster sizes, (automatic k) the k scan, then (with pictures) the profile
   *     heatmap and (two or more columns) the scatter
   */
  public List<Plot> plots() {
    return List.copyOf(plots);
  }

  /** @return the plot of the selected tab, to export */
  public Plot selectedPlot() {
    return plots.get(Math.max(0, tabs.getSelectedIndex()));
  }

  /** @return the panel drawing the selected tab's plot, for KNIME's export of the view */
  public PlotPanel selectedPlotPanel() {
    return plotPanels.get(Math.max(0, tabs.getSelectedIndex()));
  }

  /** @return the tabs */
  public JTabbedPane tabs() {
    return tabs;
  }

  /** @return the table of centres */
  public JTable centresTable() {
    return centres;
  }

  /** A read-only Swing table model over an {@link OutputTable}. */
  private static final class Table extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    private final transient OutputTable table;

    Table(OutputTable table) {
      this.table = table;
    }

    @Override
    public int getRowCount() {
      return table.rowCount();
    }

    @Override
    public int getColumnCount() {
      return table.columns().size();
    }

    @Override
    public String getColumnName(int column) {
      return table.columns().get(column).name();
    }

    @Override
    public Class<?> getColumnClass(int column) {
      OutputColumn c = table.columns().get(column);
      return c.kind().valueType();
    }

    @Override
    public Object getValueAt(int row, int column) {
      return table.get(row, column);
    }
  }
}
