package org.clustermodels.knime.nodes.kmeans;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * The k-Means Learner node (registered in plugin.xml; its description is {@code KMeansLearnerNodeFactory.xml}):
 * one table in; the clustered table, the cluster centres, the model and the PMML table out; one view.
 */
public final class KMeansLearnerNodeFactory extends NodeFactory<KMeansLearnerNodeModel> {
  /** Called by KNIME. */
  public KMeansLearnerNodeFactory() {
  }

  @Override
  public KMeansLearnerNodeModel createNodeModel() {
    return new KMeansLearnerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 1;
  }

  @Override
  public NodeView<KMeansLearnerNodeModel> createNodeView(int viewIndex, KMeansLearnerNodeModel nodeModel) {
    return new KMeansLearnerNodeView(nodeModel);
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new KMeansLearnerNodeDialog();
  }
}
