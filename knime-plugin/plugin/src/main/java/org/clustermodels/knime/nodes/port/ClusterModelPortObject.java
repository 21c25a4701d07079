package org.clustermodels.knime.nodes.port;

import java.util.Objects;
import org.clustermodels.knime.logic.port.ClusterModelContent;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The ClusterModels model port: a k-means model or a cut dendrogram model ({@link ClusterModelContent}), saved
 * with the workflow as model content through the logic's {@code saveTo}/{@code loadFrom}.
 */
public final class ClusterModelPortObject extends AbstractSimplePortObject {
  /** The port type. */
  public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ClusterModelPortObject.class);

  private ClusterModelContent content;

  /** For KNIME, which creates the object and then calls {@link #load}. */
  public ClusterModelPortObject() {
  }

  /** @param content the model */
  public ClusterModelPortObject(ClusterModelContent content) {
    this.content = Objects.requireNonNull(content, "content");
  }

  /** @return the model */
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
  protected void save(ModelContentWO model, ExecutionMonitor exec) throws CanceledExecutionException {
    content.saveTo(KnimeSettings.writer(model));
  }

  @Override
  protected void load(ModelContentRO model, PortObjectSpec spec, ExecutionMonitor exec)
      throws InvalidSettingsException, CanceledExecutionException {
    try {
      content = ClusterModelContent.loadFrom(KnimeSettings.reader(model));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  /** Saves and loads the port object (registered in plugin.xml). */
  public static final class Serializer extends AbstractSimplePortObjectSerializer<ClusterModelPortObject> {
  }
}
