package org.clustermodels.knime.nodes.kmeans;

import java.awt.Container;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import org.clustermodels.knime.logic.kmeans.KMeansView;
import org.clustermodels.knime.logic.kmeans.KMeansViewData;
import org.knime.core.node.NodeView;

/**
 * The k-Means Learner's view "Clusters": the logic's {@link KMeansView} of the last run (cluster sizes and centres,
 * and for an automatic k the inertia and silhouette per k); KNIME's export of the view writes the selected plot.
 */
public final class KMeansLearnerNodeView extends NodeView<KMeansLearnerNodeModel> {
  private KMeansView view;

  KMeansLearnerNodeView(KMeansLearnerNodeModel model) {
    super(model);
  }

  @Override
  protected void modelChanged() {
    KMeansViewData data = getNodeModel().viewData();
    view = data == null ? null : new KMeansView(data);
    setComponent(view != null ? view : new JLabel("Execute the node to see its clusters.", SwingConstants.CENTER));
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
