package org.clustermodels.knime.logic.kmeans;

/**
 * The options of the k-Means learner node: each one's frozen settings key and the label the dialog shows (which the
 * validation messages use too). The column selection is not here: the glue stores it with KNIME's column filter
 * model under its own key, "columns".
 */
public enum KMeansOption {
  /** k, when not chosen automatically. */
  NUM_CLUSTERS("numClusters", "Number of clusters (k)"),
  /** Whether k is chosen automatically from a range, by the mean silhouette. */
  AUTO_K("autoK", "Choose k automatically"),
  /** The smallest k of the automatic range. */
  MIN_CLUSTERS("minClusters", "Smallest k"),
  /** The largest k of the automatic range. */
  MAX_CLUSTERS("maxClusters", "Largest k"),
  /** The initialisation, see {@link InitChoice}. */
  INIT("init", "Initialization"),
  /** The algorithm, see {@link AlgorithmChoice}. */
  ALGORITHM("algorithm", "Algorithm"),
  /** The number of restarts; the lowest inertia wins. */
  RESTARTS("restarts", "Restarts"),
  /** The iteration limit per restart. */
  MAX_ITERATIONS("maxIterations", "Maximum iterations"),
  /** The convergence tolerance, relative to the mean column variance. */
  TOLERANCE("tolerance", "Tolerance"),
  /** The column scaling, see {@link org.clustermodels.knime.logic.table.Scaling}. */
  SCALING("scaling", "Scaling"),
  /** The random seed. */
  SEED("seed", "Random seed"),
  /** The missing-value policy, see {@link org.clustermodels.knime.logic.table.MissingValuePolicy}. */
  MISSING_VALUES("missingValues", "Missing values"),
  /** Threads for the restarts, 0 = all processors. */
  THREADS("threads", "Threads"),
  /** Whether the outlier column is output. */
  OUTLIER_FLAG("outlierFlag", "Flag outliers"),
  /** The quantile of the outlier rule. */
  OUTLIER_QUANTILE("outlierQuantile", "Outlier quantile"),
  /** Whether the model is also output as PMML. */
  PMML_OUTPUT("pmmlOutput", "Output PMML");

  private final String key;
  private final String label;

  KMeansOption(String key, String label) {
    this.key = key;
    this.label = label;
  }

  /** @return the frozen settings key */
  public String key() {
    return key;
  }

  /** @return the dialog's label */
  public String label() {
    return label;
  }

  /** @return the option as messages name it: {@code "Label" (key)} */
  public String named() {
    return "\"" + label + "\" (" + key + ")";
  }
}
