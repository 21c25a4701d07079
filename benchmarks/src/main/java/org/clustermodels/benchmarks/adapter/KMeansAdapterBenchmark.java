package org.clustermodels.benchmarks.adapter;

import java.util.concurrent.TimeUnit;
import org.clustermodels.core.kmeans.KMeansModel;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.weka.ClusterModelsKMeans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The overhead of the Weka adapter {@link ClusterModelsKMeans} over the core's K-Means: the same data
 * ({@link KMeansAdapterData}), the same parameters, one thread. {@code adapterBuild} is Weka's
 * {@code buildClusterer} on {@code Instances} (capabilities test, encoding, the core fit, the model);
 * {@code coreFit} is {@code KMeans.fit} on the matrix. {@code adapterAssign} is {@code clusterInstance} on every
 * instance; {@code coreAssign} the core model's {@code assign} of the whole matrix. Data generation and conversion
 * happen in the trial set-up, untimed. One call is one whole operation (single-shot time).
 *
 * <p>The annotations are defaults for ad-hoc runs of the uber-jar; {@link KMeansAdapterReport} sets the counts.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Djava.awt.headless=true"})
public class KMeansAdapterBenchmark {

  /** A workload prepared both ways, for the builds. */
  @State(Scope.Benchmark)
  public static class BuildState {
    @Param({"W1"})
    public String workload;

    @Param({"1", "10"})
    public int restarts;

    KMeansAdapterData data;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      data = new KMeansAdapterData(workload, restarts);
    }
  }

  /** A workload with the clusterer and the core model fitted once (one restart), for the assignments. */
  @State(Scope.Benchmark)
  public static class AssignState {
    @Param({"W1"})
    public String workload;

    KMeansAdapterData data;
    ClusterModelsKMeans fitted;
    KMeansModel model;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      data = new KMeansAdapterData(workload, 1);
      fitted = data.buildAdapter();
      model = data.fitCore().model();
    }
  }

  @Benchmark
  public ClusterModelsKMeans adapterBuild(BuildState s) throws Exception {
    return s.data.buildAdapter();
  }

  @Benchmark
  public KMeansResult coreFit(BuildState s) {
    return s.data.fitCore();
  }

  @Benchmark
  public int[] adapterAssign(AssignState s) throws Exception {
    return s.data.assignAdapter(s.fitted);
  }

  @Benchmark
  public int[] coreAssign(AssignState s) {
    return s.data.assignCore(s.model);
  }
}
