package org.clustermodels.benchmarks.kmeans;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.InitMethod;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.Refinement;

/** Our K-Means, set up as the peers are: no standardisation, tolerance 0 (stop when no label changes). */
public final class Ours {
  /** High enough that every run stops because no label changed. */
  public static final int MAX_ITERATIONS = 100_000;

  private final DenseMatrix data;
  private final int k;

  /**
   * @param x row-major data
   * @param w the workload (shape)
   */
  public Ours(double[] x, Workload w) {
    this.data = DenseMatrix.ofRowMajor(w.n, w.d, x);
    this.k = w.k;
  }

  /**
   * One run from given centres, one thread.
   *
   * @param algorithm the assignment algorithm
   * @param refinement {@link Refinement#NONE} for the peers' problem, or the default
   * @param centres initial centres (not modified)
   * @return the result
   */
  public KMeansResult fitGiven(KMeansAlgorithm algorithm, Refinement refinement, double[][] centres) {
    KMeansParams p = KMeansParams.builder(k)
        .seed(1L).restarts(1).threads(1)
        .init(InitMethod.GIVEN).initialCenters(deepCopy(centres))
        .algorithm(algorithm)
        .maxIterations(MAX_ITERATIONS).tolerance(0.0)
        .refinement(refinement)
        .standardization(Standardization.NONE)
        .build();
    return new KMeans().fit(data, p);
  }

  /**
   * Restarts from random rows (our {@link InitMethod#RANDOM}, the analogue of Weka's {@code -init 0}), best
   * kept; restarts run on {@code threads} threads.
   */
  public KMeansResult fitRestarts(int restarts, int threads, long seed) {
    KMeansParams p = KMeansParams.builder(k)
        .seed(seed).restarts(restarts).threads(threads)
        .init(InitMethod.RANDOM)
        .algorithm(KMeansAlgorithm.AUTO)
        .maxIterations(MAX_ITERATIONS).tolerance(0.0)
        .refinement(Refinement.NONE)
        .standardization(Standardization.NONE)
        .build();
    return new KMeans().fit(data, p);
  }

  static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
