package org.clustermodels.knime.nodes.hierarchy;

import javax.swing.JComboBox;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices.Item;
import org.knime.core.node.InvalidSettingsException;

/** The Hierarchical Clustering dialog: group "Clustering" holds linkage, distance and method. */
final class AgglomerativeNodeDialog extends HierarchyNodeDialog<AgglomerativeNodeSettings> {
  private final JComboBox<Item<LinkageMethod>> linkage = combo(HierarchyChoices.linkages());
  private final JComboBox<Item<AgglomerativeMethod>> method = combo(HierarchyChoices.methods());

  AgglomerativeNodeDialog() {
    super(NodeKind.AGGLOMERATIVE);
    method.setToolTipText("The distance matrix needs 8 bytes per pair of rows; the vector method needs none "
        + "(single, Ward, centroid and median linkage with the Euclidean distance)");
    layOut(new Form("Clustering").add(HierarchyChoices.LINKAGE, linkage).add(HierarchyChoices.METRIC, metric())
        .add(HierarchyChoices.METHOD, method));
  }

  @Override
  void showOwn(AgglomerativeNodeSettings settings) {
    select(linkage, HierarchyChoices.linkages(), settings.linkage());
    select(method, HierarchyChoices.methods(), settings.method());
  }

  @Override
  AgglomerativeNodeSettings fromControls() throws InvalidSettingsException {
    AgglomerativeNodeSettings.Builder b = common(AgglomerativeNodeSettings.builder()).linkage(selected(linkage))
        .method(selected(method));
    return built(b::build);
  }
}
