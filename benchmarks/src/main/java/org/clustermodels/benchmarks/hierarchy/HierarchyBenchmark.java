package org.clustermodels.benchmarks.hierarchy;

import elki.clustering.hierarchical.ClusterMergeHistory;
import java.util.concurrent.TimeUnit;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.hierarchy.LinkageMethod;
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
 * Hierarchical clustering speed: ours against Weka 3.8.6 {@code HierarchicalClusterer} and ELKI 0.8.0, on the same
 * data ({@link HierarchyData}). One call is one whole clustering to the full tree (single-shot time); data
 * generation and conversion (our matrix, Weka's {@code Instances}, ELKI's database) happen in the trial set-up,
 * untimed. Our timed call includes what the facade does per call (input checks, the distance matrix).
 *
 * <p>The parameters select the case ({@link Case#params}); their defaults are one valid case for ad-hoc runs of the
 * uber-jar, e.g. {@code java -jar benchmarks/target/benchmarks.jar 'HierarchyBenchmark.elki$' -p n=10000
 * -p algorithm=NNCHAIN -p linkage=average}. {@link HierarchyReport} sets warm-up and measurement counts per case.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class HierarchyBenchmark {

  /** Our agglomerative clustering. */
  @State(Scope.Benchmark)
  public static class OursState {
    @Param({"2000"})
    public int n;

    @Param({"average"})
    public String linkage;

    /** {@code MATRIX}, {@code VECTOR} or {@code AUTO}. */
    @Param({"MATRIX"})
    public String method;

    @Param({"1"})
    public int threads;

    Ours ours;
    LinkageMethod linkageMethod;
    AgglomerativeMethod agglomerativeMethod;

    @Setup(Level.Trial)
    public void setUp() {
      ours = new Ours(HierarchyData.generate(n), n, HierarchyData.D);
      linkageMethod = LinkageMethod.fromId(linkage);
      agglomerativeMethod = AgglomerativeMethod.valueOf(method);
    }
  }

  /** Our DIANA. */
  @State(Scope.Benchmark)
  public static class DianaState {
    @Param({"1000"})
    public int n;

    Ours ours;

    @Setup(Level.Trial)
    public void setUp() {
      ours = new Ours(HierarchyData.generate(n), n, HierarchyData.D);
    }
  }

  /** Weka. */
  @State(Scope.Benchmark)
  public static class WekaState {
    @Param({"2000"})
    public int n;

    @Param({"average"})
    public String linkage;

    Weka weka;
    LinkageMethod linkageMethod;

    @Setup(Level.Trial)
    public void setUp() {
      weka = new Weka(HierarchyData.generate(n), n, HierarchyData.D);
      linkageMethod = LinkageMethod.fromId(linkage);
    }
  }

  /** ELKI. */
  @State(Scope.Benchmark)
  public static class ElkiState {
    @Param({"2000"})
    public int n;

    @Param({"average"})
    public String linkage;

    /** An {@link Elki.Algorithm} name. */
    @Param({"NNCHAIN"})
    public String algorithm;

    Elki elki;
    LinkageMethod linkageMethod;
    Elki.Algorithm elkiAlgorithm;

    @Setup(Level.Trial)
    public void setUp() {
      elki = new Elki(HierarchyData.generate(n), n, HierarchyData.D);
      linkageMethod = LinkageMethod.fromId(linkage);
      elkiAlgorithm = Elki.Algorithm.valueOf(algorithm);
    }
  }

  @Benchmark
  public Dendrogram ours(OursState s) {
    return s.ours.fit(s.agglomerativeMethod, s.linkageMethod, s.threads);
  }

  @Benchmark
  public Dendrogram oursDiana(DianaState s) {
    return s.ours.diana();
  }

  @Benchmark
  public Object weka(WekaState s) throws Exception {
    return s.weka.fit(s.linkageMethod);
  }

  @Benchmark
  public ClusterMergeHistory elki(ElkiState s) {
    return s.elki.fit(s.elkiAlgorithm, s.linkageMethod);
  }
}
