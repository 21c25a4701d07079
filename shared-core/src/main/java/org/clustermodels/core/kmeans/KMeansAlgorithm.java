package org.clustermodels.core.kmeans;

/** The algorithm that runs each restart. Lloyd, Hamerly and Elkan give identical results from the same start. */
public enum KMeansAlgorithm {
  /** Chooses by k and d: Lloyd for k &lt;= 2, Hamerly for d &gt; 50 or k &lt; 20 (few centres), otherwise Elkan. */
  AUTO,
  /** Lloyd's algorithm: all n*k distances every iteration. */
  LLOYD,
  /** Hamerly (2010): one upper and one lower bound per row; exact. Best for low k or high d. */
  HAMERLY,
  /** Elkan (2003): k lower bounds per row and centre-centre distances; exact. Best for larger k. */
  ELKAN,
  /** Mini-batch k-means (Sculley 2010): approximate, for very large n. */
  MINIBATCH
}
