package org.clustermodels.knime.nodes.port;

import java.util.Objects;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * The spec of the ClusterModels model port: the node logic's {@link ClusterModelSpec} (model kind, columns, labels
 * if known, scaling, metric, outlier rule), saved as model content under the spec's own keys.
 */
public final class ClusterModelPortObjectSpec extends AbstractSimplePortObjectSpec {
  private ClusterModelSpec spec;

  /**
   * Serializer KNIME finds through plugin.xml; KNIME's base class does the work, and the concrete type argument
   * names the spec class.
   */
  public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ClusterModelPortObjectSpec> {
  }

  /** For KNIME only, which calls {@link #load} next; nodes use the constructor that takes the spec. */
  public ClusterModelPortObjectSpec() {
  }

  /** @param spec what the model promises */
  public ClusterModelPortObjectSpec(ClusterModelSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** @return what the model promises (null only before KNIME has loaded a spec into an empty instance) */
  public ClusterModelSpec spec() {
    return spec;
  }

  @Override
  protected void save(ModelContentWO model) {
    spec.saveTo(KnimeSettings.writer(model));
  }

  @Override
  protected void load(ModelContentRO model) throws InvalidSettingsException {
    try {
      spec = ClusterModelSpec.loadFrom(KnimeSettings.reader(model));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
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
