package org.clustermodels.knime.nodes.quantize;

import java.awt.Container;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import org.clustermodels.knime.logic.quantize.QuantizerView;
import org.clustermodels.knime.logic.quantize.QuantizerViewData;
import org.knime.core.node.NodeView;

/**
 * The Colour Quantizer's view "Quantised image": the logic's {@link QuantizerView} of the last run (original and
 * quantised image side by side, the palette strip); KNIME's export of the view writes the selected picture.
 */
public final class ColourQuantizerNodeView extends NodeView<ColourQuantizerNodeModel> {
  private QuantizerView view;

  ColourQuantizerNodeView(ColourQuantizerNodeModel model) {
    super(model);
  }

  @Override
  protected void modelChanged() {
    QuantizerViewData data = getNodeModel().viewData();
    view = data == null ? null : new QuantizerView(data);
    setComponent(view != null ? view : new JLabel("Execute the node to see the quantised image.",
        SwingConstants.CENTER));
  }

  @Override
  protected Container getExportComponent() {
    return view != null ? view.selectedPlotPanel() : super.getExportComponent();
  }

  @Override
  protected void onOpen() {
    // the component is set by modelChanged, which KNIME calls when the view opens
  }

  @Override
  protected void onClose() {
    // nothing to release
  }
}
