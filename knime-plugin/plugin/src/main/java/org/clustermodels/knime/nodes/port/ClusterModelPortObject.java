package org.clustermodels.knime.nodes.port;

import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import org.clustermodels.knime.logic.kmeans.KMeansView;
import org.clustermodels.knime.logic.kmeans.KMeansViewData;
import org.clustermodels.knime.logic.port.ClusterModelContent;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.view.DendrogramViewPanel;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The ClusterModels model port object: the node logic's {@link ClusterModelContent} (a k-means model or a cut
 * dendrogram model), saved as model content by the content's own saveTo/loadFrom. Its view in the port's
 * window is the model's panel: the clusters (sizes and centres) of a k-means model, or the dendrogram.
 */
public final class ClusterModelPortObject extends AbstractSimplePortObject {
  /** The port type, for the nodes' port arrays. */
  public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ClusterModelPortObject.class);

  private ClusterModelContent content;

  /**
   * Serializer KNIME finds through plugin.xml; KNIME's base class does the work, and the concrete type argument
   * names the port object class.
   */
  public static final class Serializer extends AbstractSimplePortObjectSerializer<ClusterModelPortObject> {
  }

  /** For KNIME only, which calls {@link #load} next; nodes use the constructor that takes the content. */
  public ClusterModelPortObject() {
  }

  /** @param content the model */
  public ClusterModelPortObject(ClusterModelContent content) {
    this.content = Objects.requireNonNull(content, "content");
  }

  /** @return the model (null only before KNIME has loaded one into an empty instance) */
  public ClusterModelContent content() {
    return content;
  }

  @Override
  public String getSummary() {
    return content.summary();
  }

  @Override
  public ClusterModelPortObjectSpec getSpec() {
    return new ClusterModelPortObjectSpec(content.spec());
  }

  @Override
  public JComponent[] getViews() {
    JComponent view = content.kmeans().<JComponent>map(m -> new KMeansView(new KMeansViewData(m, List.of())))
        .orElseGet(() -> new DendrogramViewPanel(content.dendrogram().orElseThrow()));
    view.setName(content.kmeans().isPresent() ? "Clusters" : DendrogramViewPanel.DENDROGRAM_TAB);
    return new JComponent[] {view};
  }

  @Override
  protected void save(ModelContentWO model, ExecutionMonitor exec) {
    content.saveTo(KnimeSettings.writer(model));
  }

  @Override
  protected void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
      throws InvalidSettingsException {
    try {
      content = ClusterModelContent.loadFrom(KnimeSettings.reader(model));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }
}
