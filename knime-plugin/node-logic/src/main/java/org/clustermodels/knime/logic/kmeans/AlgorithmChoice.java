package org.clustermodels.knime.logic.kmeans;

import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.knime.logic.table.Choice;

/** The k-Means node's algorithm option; the ids are frozen settings values. */
public enum AlgorithmChoice implements Choice {
  /** Chosen by k and the number of columns (Hamerly or Elkan). */
  AUTO("auto", "Automatic", KMeansAlgorithm.AUTO),
  /** Lloyd's algorithm. */
  LLOYD("lloyd", "Lloyd", KMeansAlgorithm.LLOYD),
  /** Hamerly's exact accelerated algorithm. */
  HAMERLY("hamerly", "Hamerly (exact, fast)", KMeansAlgorithm.HAMERLY),
  /** Elkan's exact accelerated algorithm, for many clusters in few columns. */
  ELKAN("elkan", "Elkan (exact, many clusters)", KMeansAlgorithm.ELKAN),
  /** Mini-batch k-means: approximate, for very large tables. */
  MINIBATCH("minibatch", "Mini-batch (approximate, very large tables)", KMeansAlgorithm.MINIBATCH);

  private final String id;
  private final String label;
  private final KMeansAlgorithm algorithm;

  AlgorithmChoice(String id, String label, KMeansAlgorithm algorithm) {
    this.id = id;
    this.label = label;
    this.algorithm = algorithm;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the core's algorithm */
  public KMeansAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * @param algorithm a core algorithm
   * @return the choice that stands for it
   */
  public static AlgorithmChoice of(KMeansAlgorithm algorithm) {
    for (AlgorithmChoice a : values()) {
      if (a.algorithm == algorithm) {
        return a;
      }
    }
    throw new IllegalArgumentException("no choice for " + algorithm);
  }
}
