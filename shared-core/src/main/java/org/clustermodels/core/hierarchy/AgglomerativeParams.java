package org.clustermodels.core.hierarchy;

import java.util.Objects;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.distance.Metric;

/**
 * Immutable, validated parameters of agglomerative clustering of data rows. Build with
 * {@link #builder(LinkageMethod)}; every other option has a default, listed on its builder method. Validation
 * happens here, once, with messages naming the option; a linkage that needs Euclidean distances (centroid,
 * median, Ward) with another metric is rejected.
 */
public final class AgglomerativeParams {
  private final LinkageMethod linkage;
  private final Metric metric;
  private final AgglomerativeMethod method;
  private final Standardization standardization;
  private final int threads;
  private final boolean cophenetic;

  private AgglomerativeParams(Builder b) {
    this.linkage = Objects.requireNonNull(b.linkage, "linkage");
    this.metric = Objects.requireNonNull(b.metric, "metric");
    this.method = Objects.requireNonNull(b.method, "method");
    this.standardization = Objects.requireNonNull(b.standardization, "standardization");
    if (b.threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 (0 = all processors), got " + b.threads);
    }
    this.threads = b.threads;
    this.cophenetic = b.cophenetic;
    if (linkage.linkage().requiresEuclidean() && !metric.isEuclidean()) {
      throw new IllegalArgumentException(linkage.id() + " linkage requires the euclidean metric, got "
          + metric.id() + " (centroids exist only in Euclidean space; use single, complete, average or weighted "
          + "linkage with " + metric.id() + ")");
    }
  }

  /**
   * @param linkage the linkage
   * @return a builder with every other option at its default
   */
  public static Builder builder(LinkageMethod linkage) {
    return new Builder(linkage);
  }

  /** @return a builder holding these parameters, to derive a variant */
  public Builder toBuilder() {
    return new Builder(linkage).metric(metric).method(method).standardization(standardization).threads(threads)
        .cophenetic(cophenetic);
  }

  /** @return the linkage */
  public LinkageMethod linkage() {
    return linkage;
  }

  /** @return the metric between rows */
  public Metric metric() {
    return metric;
  }

  /** @return the method as asked for (AUTO unresolved) */
  public AgglomerativeMethod method() {
    return method;
  }

  /** @return the column scaling applied before the distances are computed */
  public Standardization standardization() {
    return standardization;
  }

  /** @return threads for the distance computation (and the vector method's scans); 0 = all processors */
  public int threads() {
    return threads;
  }

  /**
   * @return whether to compute the cophenetic correlation of the tree with the distances (when the distance
   *     matrix exists and a copy of it fits in memory where the algorithm overwrites it)
   */
  public boolean cophenetic() {
    return cophenetic;
  }

  @Override
  public String toString() {
    return "AgglomerativeParams[linkage=" + linkage.id() + ", metric=" + metric.id() + ", method=" + method
        + ", standardization=" + standardization + ", threads=" + threads + ", cophenetic=" + cophenetic + "]";
  }

  /** Builder of {@link AgglomerativeParams}; not thread-safe. */
  public static final class Builder {
    private LinkageMethod linkage;
    private Metric metric = DistanceMetric.EUCLIDEAN;
    private AgglomerativeMethod method = AgglomerativeMethod.AUTO;
    private Standardization standardization = Standardization.NONE;
    private int threads;
    private boolean cophenetic = true;

    private Builder(LinkageMethod linkage) {
      this.linkage = linkage;
    }

    /** @param v the linkage @return this */
    public Builder linkage(LinkageMethod v) {
      linkage = v;
      return this;
    }

    /** @param v the metric, default euclidean @return this */
    public Builder metric(Metric v) {
      metric = v;
      return this;
    }

    /** @param v the method, default AUTO @return this */
    public Builder method(AgglomerativeMethod v) {
      method = v;
      return this;
    }

    /** @param v the column scaling, default NONE @return this */
    public Builder standardization(Standardization v) {
      standardization = v;
      return this;
    }

    /** @param v threads for the distances, default 0 = all processors @return this */
    public Builder threads(int v) {
      threads = v;
      return this;
    }

    /**
     * @param v whether to compute the cophenetic correlation, default true (one extra O(n^2) pass, and a copy
     *     of the distance matrix for the linkages whose algorithm overwrites it)
     * @return this
     */
    public Builder cophenetic(boolean v) {
      cophenetic = v;
      return this;
    }

    /** @return the validated parameters */
    public AgglomerativeParams build() {
      return new AgglomerativeParams(this);
    }
  }
}
