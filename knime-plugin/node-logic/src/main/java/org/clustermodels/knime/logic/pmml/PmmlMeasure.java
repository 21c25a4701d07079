package org.clustermodels.knime.logic.pmml;

/**
 * The PMML comparison measure written for a Euclidean model; both give the same nearest centre. KNIME's Cluster
 * Assigner reads both; KNIME's own k-Means writes {@link #SQUARED_EUCLIDEAN}.
 */
public enum PmmlMeasure {
  /** {@code <squaredEuclidean/>}: a consumer's "affinity" is the squared distance. */
  SQUARED_EUCLIDEAN("squaredEuclidean"),
  /** {@code <euclidean/>}: a consumer's "affinity" is the distance itself. */
  EUCLIDEAN("euclidean");

  private final String element;

  PmmlMeasure(String element) {
    this.element = element;
  }

  /** @return the name of the PMML element inside {@code ComparisonMeasure} */
  public String element() {
    return element;
  }
}
