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
 * Our hierarchical clustering, set up as the peers are: Euclidean distance, no standardisation, the full tree,
 * through the facade {@link Agglomerative} with the method ({@code MATRIX} or {@code VECTOR}) and thread count
 * given. The cophenetic correlation, which the facade computes by default and no peer does, is switched off.
 */
public final class Ours {
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
    AgglomerativeParams p = AgglomerativeParams.builder(linkage)
        .method(method)
        .threads(threads)
        .standardization(Standardization.NONE)
        .cophenetic(false)
        .build();
    return new Agglomerative().fit(data, p).dendrogram();
  }

  /** @return DIANA's dendrogram (Euclidean distances, no standardisation) */
  public Dendrogram diana() {
    DivisiveParams p = DivisiveParams.builder(DivisiveMethod.DIANA).standardization(Standardization.NONE).build();
    return new Divisive().fit(data, p).dendrogram();
  }
}
