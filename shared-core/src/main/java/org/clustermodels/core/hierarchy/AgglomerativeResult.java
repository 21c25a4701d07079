package org.clustermodels.core.hierarchy;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.distance.Metric;

/**
 * The immutable result of agglomerative clustering: the full dendrogram (never cut) and how it was made.
 * Heights are on the scale of the distances (Ward, centroid and median on the Euclidean scale, as SciPy).
 */
public final class AgglomerativeResult {
  private final Dendrogram dendrogram;
  private final LinkageMethod linkage;
  private final Metric metric;
  private final AgglomerativeMethod method;
  private final Scaler scaler;
  private final double cophenetic;

  AgglomerativeResult(Dendrogram dendrogram, LinkageMethod linkage, Metric metric, AgglomerativeMethod method,
      Scaler scaler, double cophenetic) {
    this.dendrogram = Objects.requireNonNull(dendrogram, "dendrogram");
    this.linkage = Objects.requireNonNull(linkage, "linkage");
    this.metric = metric;
    this.method = Objects.requireNonNull(method, "method");
    this.scaler = scaler;
    this.cophenetic = cophenetic;
  }

  /** @return the dendrogram: n - 1 merges in SciPy's linkage convention */
  public Dendrogram dendrogram() {
    return dendrogram;
  }

  /** @return the linkage */
  public LinkageMethod linkage() {
    return linkage;
  }

  /** @return the metric between rows; empty when the input was a precomputed distance matrix */
  public Optional<Metric> metric() {
    return Optional.ofNullable(metric);
  }

  /** @return the method that ran (AUTO resolved) */
  public AgglomerativeMethod method() {
    return method;
  }

  /** @return the column scaling fitted to the data; empty when the input was a precomputed distance matrix */
  public Optional<Scaler> scaler() {
    return Optional.ofNullable(scaler);
  }

  /**
   * @return the cophenetic correlation coefficient (Pearson correlation of the input distances with the
   *     cophenetic distances, as SciPy's {@code cophenet}); empty when it was not asked for, when the vector
   *     method ran (no distance matrix), or when a copy of the matrix did not fit in memory
   */
  public OptionalDouble copheneticCorrelation() {
    return Double.isNaN(cophenetic) ? OptionalDouble.empty() : OptionalDouble.of(cophenetic);
  }

  /**
   * @return the agglomerative coefficient as R's {@code cluster::agnes} reports it: the mean over rows of
   *     1 - m(i)/H, m(i) the height at which row i is first merged, H the highest merge
   *     ({@link Dendrogram#bannerCoefficient()})
   */
  public double agglomerativeCoefficient() {
    return dendrogram.bannerCoefficient();
  }

  @Override
  public String toString() {
    return "AgglomerativeResult[" + linkage.id() + (metric == null ? ", precomputed" : ", " + metric.id()) + ", "
        + method + ", " + dendrogram + "]";
  }
}
