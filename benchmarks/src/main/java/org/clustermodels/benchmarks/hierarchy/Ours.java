package org.clustermodels.benchmarks.hierarchy;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.hierarchy.Divisive;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.DivisiveParams;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.hierarchy.VectorSingleLinkage;
import org.clustermodels.core.hierarchy.VectorWardLinkage;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Our hierarchical clustering, set up as the peers are: Euclidean distance, no standardisation, the full tree.
 * Agglomerative clustering goes through the facade {@link Agglomerative} with the method ({@code MATRIX} or
 * {@code VECTOR}) and thread count given. While the facade does not take {@code VECTOR} yet, the vector method
 * calls {@link VectorSingleLinkage} and {@link VectorWardLinkage} directly (the classes the facade will run);
 * {@link #vectorThroughFacade()} says which path is taken, and the reports print it.
 */
public final class Ours {
  private static final boolean VECTOR_THROUGH_FACADE = facadeTakesVector();

  private final DenseMatrix data;

  /**
   * @param x row-major data
   * @param n rows
   * @param d columns
   */
  public Ours(double[] x, int n, int d) {
    this.data = DenseMatrix.ofRowMajor(n, d, x);
  }

  /** @return the data as our matrix */
  public DenseMatrix data() {
    return data;
  }

  /**
   * One agglomerative clustering.
   *
   * @param method {@code MATRIX}, {@code VECTOR} or {@code AUTO}
   * @param linkage the linkage
   * @param threads threads (the distances for {@code MATRIX}, the scans for {@code VECTOR})
   * @return the dendrogram
   */
  public Dendrogram fit(AgglomerativeMethod method, LinkageMethod linkage, int threads) {
    if (method == AgglomerativeMethod.VECTOR && !VECTOR_THROUGH_FACADE) {
      return switch (linkage) {
        case SINGLE -> VectorSingleLinkage.fit(data, threads, ProgressMonitor.none());
        case WARD -> VectorWardLinkage.fit(data, threads, ProgressMonitor.none());
        default -> throw new IllegalArgumentException("the benchmarks run method VECTOR for single and ward only, got "
            + linkage.id());
      };
    }
    AgglomerativeParams p = AgglomerativeParams.builder(linkage)
        .method(method)
        .threads(threads)
        .standardization(Standardization.NONE)
        .build();
    return new Agglomerative().fit(data, p).dendrogram();
  }

  /** @return DIANA's dendrogram (Euclidean distances, no standardisation) */
  public Dendrogram diana() {
    DivisiveParams p = DivisiveParams.builder(DivisiveMethod.DIANA).standardization(Standardization.NONE).build();
    return new Divisive().fit(data, p).dendrogram();
  }

  /**
   * @return true if the facade runs method {@code VECTOR}; false if the benchmarks call the vector classes
   *     directly because the facade rejects it
   */
  public static boolean vectorThroughFacade() {
    return VECTOR_THROUGH_FACADE;
  }

  private static boolean facadeTakesVector() {
    DenseMatrix two = DenseMatrix.ofRowMajor(2, 1, new double[] {0, 1});
    try {
      new Agglomerative().fit(two, AgglomerativeParams.builder(LinkageMethod.SINGLE)
          .method(AgglomerativeMethod.VECTOR).threads(1).build());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
