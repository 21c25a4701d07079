package org.clustermodels.knime.nodes.port;

import java.io.IOException;
import java.util.Objects;
import java.util.zip.ZipEntry;
import javax.swing.JComponent;
import javax.swing.JTextArea;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.nodes.util.KnimeXml;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectSpecZipInputStream;
import org.knime.core.node.port.PortObjectSpecZipOutputStream;

/**
 * The spec of the ClusterModels model port: the node logic's {@link ClusterModelSpec} (model kind, columns, labels
 * if known, scaling, metric, outlier rule), saved by its {@link Serializer} as one zip entry of KNIME model
 * content XML under the spec's own keys.
 */
public final class ClusterModelPortObjectSpec implements PortObjectSpec {
  /** The zip entry holding the spec. */
  static final String ENTRY = "clustermodels-spec.xml";

  private final ClusterModelSpec spec;

  /**
   * The serializer KNIME finds through plugin.xml (the concrete type argument names the spec class): the spec as
   * one zip entry of model content XML.
   */
  public static final class Serializer extends PortObjectSpecSerializer<ClusterModelPortObjectSpec> {
    @Override
    public void savePortObjectSpec(ClusterModelPortObjectSpec portObjectSpec, PortObjectSpecZipOutputStream out)
        throws IOException {
      out.putNextEntry(new ZipEntry(ENTRY));
      KnimeXml.write(out, "spec", portObjectSpec.spec::saveTo);
      out.closeEntry();
    }

    @Override
    public ClusterModelPortObjectSpec loadPortObjectSpec(PortObjectSpecZipInputStream in) throws IOException {
      ZipEntry entry = in.getNextEntry();
      if (entry == null || !ENTRY.equals(entry.getName())) {
        throw new IOException("The ClusterModels model port spec holds no entry " + ENTRY + " (found "
            + (entry == null ? "none" : entry.getName()) + ").");
      }
      try {
        return new ClusterModelPortObjectSpec(ClusterModelSpec.loadFrom(KnimeXml.read(in, ENTRY)));
      } catch (SettingsException e) {
        throw new IOException("The ClusterModels model port spec cannot be read: " + e.getMessage(), e);
      }
    }
  }

  /** @param spec what the model promises */
  public ClusterModelPortObjectSpec(ClusterModelSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** @return what the model promises */
  public ClusterModelSpec spec() {
    return spec;
  }

  @Override
  public JComponent[] getViews() {
    JTextArea text = new JTextArea(String.join("\n",
        "Model: " + spec.kind(),
        "Columns: " + String.join(", ", spec.columns()),
        "Clusters: " + (spec.labels().isEmpty() ? "known after execution" : String.join(", ", spec.labels())),
        "Scaling: " + spec.scaling().id(),
        "Metric: " + spec.metric().id()));
    text.setEditable(false);
    text.setName("ClusterModels model");
    return new JComponent[] {text};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterModelPortObjectSpec s && Objects.equals(s.spec, spec);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(spec);
  }

  @Override
  public String toString() {
    return String.valueOf(spec);
  }
}
