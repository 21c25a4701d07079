package org.clustermodels.knime.nodes.quantize;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * The Colour Quantizer node (registered in plugin.xml; its description is {@code ColourQuantizerNodeFactory.xml}):
 * no input port (it reads a PNG file, as KNIME's image and file readers do); the palette table and the figures
 * table out; one view.
 */
public final class ColourQuantizerNodeFactory extends NodeFactory<ColourQuantizerNodeModel> {
  /** Called by KNIME. */
  public ColourQuantizerNodeFactory() {
  }

  @Override
  public ColourQuantizerNodeModel createNodeModel() {
    return new ColourQuantizerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 1;
  }

  @Override
  public NodeView<ColourQuantizerNodeModel> createNodeView(int viewIndex, ColourQuantizerNodeModel nodeModel) {
    return new ColourQuantizerNodeView(nodeModel);
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ColourQuantizerNodeDialog();
  }
}
