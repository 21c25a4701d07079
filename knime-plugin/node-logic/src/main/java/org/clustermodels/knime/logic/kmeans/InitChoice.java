package org.clustermodels.knime.logic.kmeans;

import org.clustermodels.core.kmeans.InitMethod;
import org.clustermodels.knime.logic.table.Choice;

/** The k-Means node's initialisation option; the ids are frozen settings values. */
public enum InitChoice implements Choice {
  /** Greedy k-means++ seeding (the default). */
  KMEANS_PLUS_PLUS("kmeans++", "k-means++", InitMethod.KMEANS_PLUS_PLUS),
  /** k distinct rows drawn at random (KNIME's k-Means "random initialization"). */
  RANDOM("random", "Random rows", InitMethod.RANDOM);

  private final String id;
  private final String label;
  private final InitMethod method;

  InitChoice(String id, String label, InitMethod method) {
    this.id = id;
    this.label = label;
    this.method = method;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the core's initialisation */
  public InitMethod method() {
    return method;
  }
}
