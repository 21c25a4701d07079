package org.clustermodels.benchmarks.adapter;

import org.clustermodels.benchmarks.kmeans.Weka;
import org.clustermodels.benchmarks.kmeans.Workload;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansModel;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.weka.ClusterModelsKMeans;
import weka.core.Instances;

/**
 * One workload prepared for the adapter-overhead comparison, both ways: as Weka {@link Instances} (numeric
 * attributes, weight 1, no class) for {@link ClusterModelsKMeans}, and as the core's {@link DenseMatrix} for
 * {@link KMeans}. Both sides get the same parameters: the Weka clusterer is configured as {@code -N k -S 1
 * -restarts R -num-slots 1} with its other defaults (k-means++, auto algorithm, at most 300 iterations,
 * tolerance 1e-4, no scaling), and the core call takes exactly the {@link KMeansParams} that clusterer hands to
 * the core ({@link ClusterModelsKMeans#toParams()}).
 */
public final class KMeansAdapterData {
  /** The Weka seed ({@code -S}). */
  public static final int SEED = 1;

  /** The workload. */
  public final Workload workload;
  /** Restarts of both sides. */
  public final int restarts;
  /** The rows as Weka instances. */
  public final Instances instances;
  /** The same rows as the core's matrix. */
  public final DenseMatrix matrix;
  /** The parameters both sides run with. */
  public final KMeansParams params;

  /**
   * Generates the data and converts it both ways (untimed).
   *
   * @param workload the workload name ({@link Workload})
   * @param restarts restarts of both sides, at least 1
   * @throws Exception if Weka refuses the options
   */
  public KMeansAdapterData(String workload, int restarts) throws Exception {
    this.workload = Workload.valueOf(workload);
    this.restarts = restarts;
    double[] x = this.workload.generate();
    instances = Weka.instances(x, this.workload);
    matrix = DenseMatrix.ofRowMajor(this.workload.n, this.workload.d, x);
    params = newClusterer().toParams();
  }

  /** @return the Weka clusterer, configured and unbuilt */
  public ClusterModelsKMeans newClusterer() throws Exception {
    ClusterModelsKMeans c = new ClusterModelsKMeans();
    c.setNumClusters(workload.k);
    c.setSeed(SEED);
    c.setRestarts(restarts);
    c.setNumThreads(1);
    // the silhouette of the model report (on by default) is extra work the core's fit does not do: off, so
    // that both sides solve the same problem; its cost is not adapter overhead
    c.setSkipSilhouette(true);
    return c;
  }

  /** @return the Weka clusterer built on the instances (what Weka's buildClusterer costs) */
  public ClusterModelsKMeans buildAdapter() throws Exception {
    ClusterModelsKMeans c = newClusterer();
    c.buildClusterer(instances);
    return c;
  }

  /** @return the core's fit on the matrix with the same parameters */
  public KMeansResult fitCore() {
    return new KMeans().fit(matrix, params);
  }

  /**
   * @param fitted a built clusterer
   * @return its cluster of every instance, one {@code clusterInstance} call per row (as Weka's evaluation does)
   */
  public int[] assignAdapter(ClusterModelsKMeans fitted) throws Exception {
    int[] labels = new int[instances.numInstances()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = fitted.clusterInstance(instances.instance(i));
    }
    return labels;
  }

  /**
   * @param model a fitted core model
   * @return the core's nearest-centre label of every row, in one call on the matrix
   */
  public int[] assignCore(KMeansModel model) {
    return model.assign(matrix).labels();
  }
}
