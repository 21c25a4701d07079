package org.clustermodels.core.kmeans;

/** The algorithm that runs each restart. Lloyd, Hamerly and Elkan give identical results from the same start. */
public enum KMeansAlgorithm {
  /** Chooses by k and d: Elkan for k &gt;= 100 and d &lt;= 50, otherwise Hamerly. */
  AUTO,
  /** Lloyd's algorithm: all n*k distances every iteration. */
  LLOYD,
  /** Hamerly (2010): one upper and one lower bound per row; exact. Best for low to moderate k or high d. */
  HAMERLY,
  /** Elkan (2003): k lower bounds per row and centre-centre distances; exact. For many centres in few dimensions. */
  ELKAN,
  /** Mini-batch k-means (Sculley 2010): approximate, for very large n. */
  MINIBATCH
}
