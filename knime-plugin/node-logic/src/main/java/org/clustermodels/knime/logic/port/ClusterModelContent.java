package org.clustermodels.knime.logic.port;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelContent;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelSpec;
import org.clustermodels.knime.logic.kmeans.KMeansModelContent;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * What the one ClusterModels model port carries: a k-means model or a dendrogram model (agglomerative or
 * divisive, with its cut). Both apply to new rows through their {@link #centreModel() centre model}, so the
 * cluster assigner needs no case distinction; the dendrogram model also feeds the dendrogram view. Saved under
 * the key {@value #KEY_KIND} (the model kind) and the group {@value #KEY_MODEL} (the model's own keys).
 * Immutable.
 */
public final class ClusterModelContent {
  /** Settings key of the model kind: "k-means", "agglomerative" or "divisive". */
  public static final String KEY_KIND = "kind";
  /** Settings key of the group holding the model. */
  public static final String KEY_MODEL = "model";

  private final KMeansModelContent kmeans;
  private final DendrogramModelContent dendrogram;

  private ClusterModelContent(KMeansModelContent kmeans, DendrogramModelContent dendrogram) {
    this.kmeans = kmeans;
    this.dendrogram = dendrogram;
  }

  /**
   * @param model a k-means model
   * @return the port content
   */
  public static ClusterModelContent of(KMeansModelContent model) {
    return new ClusterModelContent(Objects.requireNonNull(model, "model"), null);
  }

  /**
   * @param model a dendrogram model with its cut
   * @return the port content
   */
  public static ClusterModelContent of(DendrogramModelContent model) {
    return new ClusterModelContent(null, Objects.requireNonNull(model, "model"));
  }

  /** @return "k-means", "agglomerative" or "divisive" */
  public String kind() {
    return kmeans != null ? KMeansModelContent.KIND : dendrogram.kind().id();
  }

  /** @return the k-means model, if this is one */
  public Optional<KMeansModelContent> kmeans() {
    return Optional.ofNullable(kmeans);
  }

  /** @return the dendrogram model, if this is one */
  public Optional<DendrogramModelContent> dendrogram() {
    return Optional.ofNullable(dendrogram);
  }

  /** @return the centres the cluster assigner applies: the k-means centres or the centroids of the cut */
  public CentreModel centreModel() {
    return kmeans != null ? kmeans.centreModel() : dendrogram.centreModel();
  }

  /** @return the port spec of this model */
  public ClusterModelSpec spec() {
    return kmeans != null ? kmeans.spec() : ClusterModelSpec.of(kind(), dendrogram.centreModel());
  }

  /** @return one line for KNIME's port summary, e.g. "k-means model: 3 clusters of 4 columns" */
  public String summary() {
    CentreModel c = centreModel();
    return String.format(Locale.ROOT, "%s model: %d clusters of %d columns%s", kind(), c.numClusters(),
        c.columns().size(), dendrogram == null ? "" : ", cut at " + dendrogram.cut().describe() + ", "
            + dendrogram.rowKeys().length + " rows in the tree");
  }

  /**
   * The port spec a hierarchical or divisive node promises at configure time, before the tree exists.
   *
   * @param spec the dendrogram model's spec from the node's settings
   * @param scaling the node's scaling
   * @return the port spec (cluster labels known only for a cut by count)
   */
  public static ClusterModelSpec specOf(DendrogramModelSpec spec, Standardization scaling) {
    return new ClusterModelSpec(spec.kind().id(), spec.columnNames(), spec.clusterNames().orElse(List.of()),
        Scaling.of(scaling), DistanceMetric.fromId(spec.metricId()), false);
  }

  /**
   * Stores the content.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putString(KEY_KIND, kind());
    SettingsWriter model = writer.addChild(KEY_MODEL);
    if (kmeans != null) {
      kmeans.saveTo(model);
    } else {
      dendrogram.saveTo(model);
    }
  }

  /**
   * @param reader where to read
   * @return the content written by {@link #saveTo}
   * @throws SettingsException if the kind is unknown or the model cannot be read, saying why
   */
  public static ClusterModelContent loadFrom(SettingsReader reader) throws SettingsException {
    String kind = reader.getString(KEY_KIND);
    SettingsReader model = reader.getChild(KEY_MODEL);
    if (KMeansModelContent.KIND.equals(kind)) {
      return of(KMeansModelContent.loadFrom(model));
    }
    if ("agglomerative".equals(kind) || "divisive".equals(kind)) {
      DendrogramModelContent d = DendrogramModelContent.loadFrom(model);
      if (!d.kind().id().equals(kind)) {
        throw new SettingsException("The cluster model says it is " + kind + " but holds a " + d.kind().id()
            + " model.");
      }
      return of(d);
    }
    throw new SettingsException("The cluster model is of an unknown kind \"" + kind + "\" (known: k-means, "
        + "agglomerative, divisive); it may come from a newer version of the ClusterModels extension.");
  }

  @Override
  public String toString() {
    return summary();
  }
}
