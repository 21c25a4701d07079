package org.clustermodels.cli;

import org.clustermodels.core.distance.DistanceMetric;
import picocli.CommandLine.Option;

/** The distance between rows, shared by the tree commands. Picocli mixin. */
public final class MetricOptions {

  @Option(names = "--metric", paramLabel = "NAME", defaultValue = "euclidean", converter = Choices.Metric.class,
      completionCandidates = Choices.Metric.class,
      description = "Distance between rows, as SciPy's pdist: ${COMPLETION-CANDIDATES} (jaccard and hamming for "
          + "0/1 data). Default: ${DEFAULT-VALUE}.")
  DistanceMetric metric = DistanceMetric.EUCLIDEAN;

  /** @return the chosen metric */
  public DistanceMetric metric() {
    return metric;
  }
}
