package org.clustermodels.knime.logic.hierarchy;

import java.util.Objects;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * Settings of the hierarchical (agglomerative) clustering node: the linkage (all seven of the core), how the tree
 * is computed (method), and the {@linkplain HierarchyNodeSettings common options}. Immutable; build with
 * {@link #builder()}, store with {@link #saveTo}, read with {@link #loadFrom}.
 *
 * <p>Frozen keys and defaults: {@code linkage} = "average", {@code method} = "auto", then the common keys
 * {@code metric} = "euclidean", {@code scaling} = "none", {@code missing_values} = "skip", {@code cut_by} =
 * "count", {@code cut_count} = 3, {@code cut_height} = 1.0, {@code threads} = 0, {@code output_column} =
 * "Cluster", {@code min_cluster_size} = 0 (absent in older settings: 0).
 */
public final class AgglomerativeNodeSettings extends HierarchyNodeSettings {
  /** Key of the linkage ({@link LinkageMethod#id()}, e.g. "ward"). */
  public static final String KEY_LINKAGE = "linkage";
  /** Key of the method ("auto", "matrix", "vector"). */
  public static final String KEY_METHOD = "method";

  static final String OPTION_LINKAGE = "Linkage";
  static final String OPTION_METHOD = "Method";

  private final LinkageMethod linkage;
  private final AgglomerativeMethod method;

  private AgglomerativeNodeSettings(Builder b) {
    super(b);
    this.linkage = Objects.requireNonNull(b.linkage, OPTION_LINKAGE);
    this.method = Objects.requireNonNull(b.method, OPTION_METHOD);
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the default settings */
  public static AgglomerativeNodeSettings defaults() {
    return builder().build();
  }

  /** @return a builder holding these settings, to change some of them */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** @return the linkage */
  public LinkageMethod linkage() {
    return linkage;
  }

  /**
   * @return how the tree is computed: AUTO (the core's choice: the O(n d) vector method where it is faster,
   *     else the distance matrix when it fits in memory, else the vector method where one exists), MATRIX, or
   *     VECTOR (single, Ward, centroid and median linkage with the Euclidean distance only)
   */
  public AgglomerativeMethod method() {
    return method;
  }

  @Override
  void saveOwn(SettingsWriter writer) {
    writer.putString(KEY_LINKAGE, linkage.id());
    writer.putString(KEY_METHOD, SettingsValues.id(method));
  }

  /**
   * @param reader the stored settings
   * @return the settings, validated
   * @throws SettingsException naming the option that is missing, of the wrong type or invalid, or the options
   *     that do not go together
   */
  public static AgglomerativeNodeSettings loadFrom(SettingsReader reader) throws SettingsException {
    Builder b = builder();
    b.linkage(SettingsValues.choice(reader, KEY_LINKAGE, OPTION_LINKAGE, LinkageMethod::fromId));
    b.method(SettingsValues.choice(reader, KEY_METHOD, OPTION_METHOD,
        id -> SettingsValues.fromId(AgglomerativeMethod.class, id)));
    return buildLoaded(loadCommon(reader, b), AgglomerativeNodeSettings.class);
  }

  /**
   * Checks the combination by the core's rules: centroid, median and Ward linkage need the Euclidean distance
   * ({@link AgglomerativeParams}); the vector method exists only for single, Ward, centroid and median linkage
   * with the Euclidean distance (asked of the core with two rows, so the rule is the core's alone).
   *
   * @throws SettingsException naming the options
   */
  @Override
  public void validate() throws SettingsException {
    AgglomerativeParams params;
    try {
      params = toParams();
    } catch (IllegalArgumentException e) {
      throw new SettingsException("Options \"" + OPTION_LINKAGE + "\" and \"" + OPTION_METRIC + "\": "
          + e.getMessage(), e);
    }
    if (method == AgglomerativeMethod.VECTOR) {
      try {
        new Agglomerative(MemoryCheck.fixed(Long.MAX_VALUE)).fit(DenseMatrix.of(new double[][] {{0}, {1}}), params);
      } catch (IllegalArgumentException e) {
        throw new SettingsException("Option \"" + OPTION_METHOD + "\": " + e.getMessage(), e);
      }
    }
  }

  /**
   * @return the core's parameters (without the cophenetic correlation, which the node does not report)
   * @throws IllegalArgumentException if the linkage forbids the metric (the core's message)
   */
  public AgglomerativeParams toParams() {
    return AgglomerativeParams.builder(linkage).metric(metric()).method(method).standardization(scaling())
        .threads(threads()).cophenetic(false).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgglomerativeNodeSettings s && s.linkage == linkage && s.method == method
        && sameCommon(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(linkage, method, commonHash());
  }

  @Override
  public String toString() {
    return "AgglomerativeNodeSettings[linkage=" + linkage.id() + ", method=" + SettingsValues.id(method) + ", "
        + commonToString() + "]";
  }

  /** Builder of {@link AgglomerativeNodeSettings}; every option has a default. Not thread-safe. */
  public static final class Builder extends HierarchyNodeSettings.Builder<Builder> {
    private LinkageMethod linkage = LinkageMethod.AVERAGE;
    private AgglomerativeMethod method = AgglomerativeMethod.AUTO;

    private Builder() {
    }

    private Builder(AgglomerativeNodeSettings s) {
      super(s);
      linkage = s.linkage;
      method = s.method;
    }

    @Override
    Builder self() {
      return this;
    }

    /** @param v the linkage, default average @return this */
    public Builder linkage(LinkageMethod v) {
      linkage = v;
      return this;
    }

    /** @param v the method, default AUTO @return this */
    public Builder method(AgglomerativeMethod v) {
      method = v;
      return this;
    }

    @Override
    public AgglomerativeNodeSettings build() {
      return new AgglomerativeNodeSettings(this);
    }
  }
}
