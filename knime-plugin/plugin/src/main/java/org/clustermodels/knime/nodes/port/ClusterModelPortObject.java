package org.clustermodels.knime.nodes.port;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import org.clustermodels.knime.logic.kmeans.KMeansView;
import org.clustermodels.knime.logic.kmeans.KMeansViewData;
import org.clustermodels.knime.logic.port.ClusterModelContent;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.view.DendrogramViewPanel;
import org.clustermodels.knime.nodes.util.KnimeXml;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;

/**
 * The ClusterModels model port object: the node logic's {@link ClusterModelContent} (a k-means model or a cut
 * dendrogram model), saved by its {@link Serializer} as one zip entry of KNIME model content XML written by the
 * content's own saveTo/loadFrom. Its view in the port's window is the model's panel: the clusters (sizes and
 * centres) of a k-means model, or the dendrogram.
 */
public final class ClusterModelPortObject implements PortObject {
  /** The port type, for the nodes' port arrays. */
  public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ClusterModelPortObject.class);

  /** The zip entry holding the content. */
  static final String ENTRY = "clustermodels-model.xml";

  private final ClusterModelContent content;

  /**
   * The serializer KNIME finds through plugin.xml (the concrete type argument names the port object class):
   * the content as one zip entry of model content XML.
   */
  public static final class Serializer extends PortObjectSerializer<ClusterModelPortObject> {
    @Override
    public void savePortObject(ClusterModelPortObject portObject, PortObjectZipOutputStream out,
        ExecutionMonitor exec) throws IOException {
      out.putNextEntry(new ZipEntry(ENTRY));
      KnimeXml.write(out, "model", portObject.content::saveTo);
      out.closeEntry();
    }

    @Override
    public ClusterModelPortObject loadPortObject(PortObjectZipInputStream in, PortObjectSpec spec,
        ExecutionMonitor exec) throws IOException {
      ZipEntry entry = in.getNextEntry();
      if (entry == null || !ENTRY.equals(entry.getName())) {
        throw new IOException("The ClusterModels model port holds no entry " + ENTRY + " (found "
            + (entry == null ? "none" : entry.getName()) + ").");
      }
      try {
        return new ClusterModelPortObject(ClusterModelContent.loadFrom(KnimeXml.read(in, ENTRY)));
      } catch (SettingsException e) {
        throw new IOException("The ClusterModels model cannot be read: " + e.getMessage(), e);
      }
    }
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
  public JComponent[] getViews() {
    JComponent view = content.kmeans().<JComponent>map(m -> new KMeansView(new KMeansViewData(m, List.of())))
        .orElseGet(() -> new DendrogramViewPanel(content.dendrogram().orElseThrow()));
    view.setName(content.kmeans().isPresent() ? "Clusters" : DendrogramViewPanel.DENDROGRAM_TAB);
    return new JComponent[] {view};
  }
}
