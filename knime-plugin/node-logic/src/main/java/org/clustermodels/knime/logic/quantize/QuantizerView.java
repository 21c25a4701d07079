package org.clustermodels.knime.logic.quantize;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import org.clustermodels.core.render.Plot;
import org.clustermodels.core.render.PlotPanel;
import org.clustermodels.knime.logic.view.ExportDialog;

/**
 * The Colour Quantizer's view, free of KNIME types: a tab "Images" with the original and the quantised image side
 * by side (the palette below the quantised one, the figures in the captions) and a tab "Palette" with the palette
 * strip and each colour's share of the pixels. A tool bar exports the selected tab's picture as PNG or SVG; the
 * glue's node view exports {@link #selectedPlotPanel()} through KNIME's menu. Use on the Swing event thread.
 */
public final class QuantizerView extends JPanel {
  /** The tab titles, in order. */
  public static final List<String> TAB_TITLES = List.of("Images", "Palette");

  private static final long serialVersionUID = 1L;
  private static final List<String> FILE_NAMES = List.of("quantized-images", "palette");

  private final JTabbedPane tabs = new JTabbedPane();
  private final PlotPanel[] panels;

  /** @param data what to show */
  public QuantizerView(QuantizerViewData data) {
    super(new BorderLayout());
    panels = new PlotPanel[] {new PlotPanel(data.gallery()), new PlotPanel(data.paletteStrip())};
    for (int i = 0; i < panels.length; i++) {
      tabs.addTab(TAB_TITLES.get(i), panels[i]);
    }
    add(ExportDialog.toolBar(this, this::selectedPlot, this::selectedFileName), BorderLayout.NORTH);
    add(tabs, BorderLayout.CENTER);
  }

  /** @return the tabs */
  public JTabbedPane tabs() {
    return tabs;
  }

  /** @return the panel drawing the selected tab's picture */
  public PlotPanel selectedPlotPanel() {
    return panels[Math.max(0, tabs.getSelectedIndex())];
  }

  /** @return the selected tab's picture */
  public Plot selectedPlot() {
    return selectedPlotPanel().getPlot();
  }

  /** @return the file name proposed for the selected tab's picture, without extension */
  public String selectedFileName() {
    return FILE_NAMES.get(Math.max(0, tabs.getSelectedIndex()));
  }
}
