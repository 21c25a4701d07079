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
 * The spec of the ClusterModels model port ({@link ClusterModelSpec}): the model kind, its columns, its cluster
 * labels where known, its scaling and metric; saved as model content through the logic's
 * {@code saveTo}/{@code loadFrom}.
 */
public final class ClusterModelPortObjectSpec extends AbstractSimplePortObjectSpec {
  private ClusterModelSpec spec;

  /** For KNIME, which creates the spec and then calls {@link #load}. */
  public ClusterModelPortObjectSpec() {
  }

  /** @param spec what the model port promises */
  public ClusterModelPortObjectSpec(ClusterModelSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** @return what the model port promises */
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

  /** Saves and loads the spec (registered in plugin.xml). */
  public static final class Serializer
      extends AbstractSimplePortObjectSpecSerializer<ClusterModelPortObjectSpec> {
  }
}
