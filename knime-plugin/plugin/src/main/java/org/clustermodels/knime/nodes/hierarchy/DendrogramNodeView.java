package org.clustermodels.knime.nodes.hierarchy;

import java.awt.Container;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelContent;
import org.clustermodels.knime.logic.view.DendrogramViewPanel;
import org.knime.core.node.NodeView;

/**
 * The "Dendrogram" view of both nodes: the logic's {@link DendrogramViewPanel} (interactive dendrogram,
 * distance-per-fusion plot and the segment pictures of the node's cut, PNG/SVG export) over the model of the last
 * execution; KNIME's own "no data" label
 * until the node is executed. KNIME's export of the view paints the tab shown, without the tool bar.
 *
 * @param <M> the node model
 */
final class DendrogramNodeView<M extends HierarchyNodeModel<?>> extends NodeView<M> {
  /** Built and read on the Swing thread only (KNIME calls modelChanged there). */
  private DendrogramViewPanel panel;

  /** @param nodeModel the node */
  DendrogramNodeView(M nodeModel) {
    super(nodeModel);
  }

  @Override
  protected void modelChanged() {
    DendrogramModelContent model = getNodeModel().dendrogram();
    if (model == null) {
      panel = null; // KNIME shows its "no data" label; nothing stale is exported
      return;
    }
    if (panel == null) {
      panel = new DendrogramViewPanel(model);
      panel.setPictures(getNodeModel().pictures());
      setComponent(panel);
    } else if (panel.getModel() != model) {
      panel.setModel(model);
      panel.setPictures(getNodeModel().pictures());
    }
  }

  @Override
  protected Container getExportComponent() {
    return panel == null ? super.getExportComponent() : panel.getShownPlotComponent();
  }

  @Override
  protected void onOpen() {
    // the panel is built when the model changes
  }

  @Override
  protected void onClose() {
    // nothing to release
  }
}
