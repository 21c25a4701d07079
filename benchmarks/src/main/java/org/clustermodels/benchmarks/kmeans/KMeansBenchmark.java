package org.clustermodels.benchmarks.kmeans;

import elki.data.Clustering;
import elki.data.model.KMeansModel;
import java.util.concurrent.TimeUnit;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.Refinement;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * K-Means speed: ours against Weka 3.8.6 {@code SimpleKMeans} and ELKI 0.8.0, on the same data
 * ({@link Workload}) from the same initial centres (Weka's random rows, see {@link WekaRandomRows}). One call is
 * one whole clustering (single-shot time); data loading and conversion happen in the trial set-up, untimed.
 *
 * <p>The annotations are defaults for ad-hoc runs of the uber-jar; {@link KMeansReport} sets warm-up and
 * measurement counts per peer and workload so that the whole run stays under about half an hour on two cores.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class KMeansBenchmark {

  /** Our K-Means on one workload. */
  @State(Scope.Benchmark)
  public static class OursState {
    @Param({"W1", "W2"})
    public String workload;

    Prepared prep;
    Ours ours;

    @Setup(Level.Trial)
    public void setUp() {
      prep = Prepared.of(workload);
      ours = new Ours(prep.x, prep.workload);
    }
  }

  /** Our K-Means with restarts on a number of threads. */
  @State(Scope.Benchmark)
  public static class OursRestartsState {
    @Param({"W1", "W2"})
    public String workload;

    @Param({"1", "2"})
    public int threads;

    Ours ours;

    @Setup(Level.Trial)
    public void setUp() {
      Prepared prep = Prepared.of(workload);
      ours = new Ours(prep.x, prep.workload);
    }
  }

  /** Weka on one workload. */
  @State(Scope.Benchmark)
  public static class WekaState {
    @Param({"W1", "W2"})
    public String workload;

    Weka weka;

    @Setup(Level.Trial)
    public void setUp() {
      Prepared prep = Prepared.of(workload);
      weka = new Weka(prep.x, prep.workload);
    }
  }

  /** ELKI on one workload. */
  @State(Scope.Benchmark)
  public static class ElkiState {
    @Param({"W1", "W2"})
    public String workload;

    Prepared prep;
    Elki elki;

    @Setup(Level.Trial)
    public void setUp() {
      prep = Prepared.of(workload);
      elki = new Elki(prep.x, prep.workload);
    }
  }

  // ---- ours, one run from Weka's rows for seed 1, one thread, refinement NONE (the peers' problem)

  @Benchmark
  public KMeansResult oursLloyd(OursState s) {
    return s.ours.fitGiven(KMeansAlgorithm.LLOYD, Refinement.NONE, s.prep.centres);
  }

  @Benchmark
  public KMeansResult oursHamerly(OursState s) {
    return s.ours.fitGiven(KMeansAlgorithm.HAMERLY, Refinement.NONE, s.prep.centres);
  }

  @Benchmark
  public KMeansResult oursElkan(OursState s) {
    return s.ours.fitGiven(KMeansAlgorithm.ELKAN, Refinement.NONE, s.prep.centres);
  }

  @Benchmark
  public KMeansResult oursAuto(OursState s) {
    return s.ours.fitGiven(KMeansAlgorithm.AUTO, Refinement.NONE, s.prep.centres);
  }

  /** Our default: AUTO followed by Hartigan refinement (a different, better optimum than the peers'). */
  @Benchmark
  public KMeansResult oursAutoHartigan(OursState s) {
    return s.ours.fitGiven(KMeansAlgorithm.AUTO, Refinement.HARTIGAN, s.prep.centres);
  }

  // ---- ten runs

  /** Ten runs from Weka's rows for seeds 1..10, one after the other: exactly the problems of {@link #weka10}. */
  @Benchmark
  public void ours10Given(OursState s, Blackhole bh) {
    for (double[][] c : s.prep.runCentres) {
      bh.consume(s.ours.fitGiven(KMeansAlgorithm.AUTO, Refinement.NONE, c));
    }
  }

  /** Our {@code restarts(10)} from random rows (our own draw), on {@code threads} threads. */
  @Benchmark
  public KMeansResult ours10Restarts(OursRestartsState s) {
    return s.ours.fitRestarts(Prepared.RUNS, s.threads, Prepared.SEED);
  }

  // ---- Weka

  @Benchmark
  public Object weka(WekaState s) throws Exception {
    return s.weka.fit(Prepared.SEED);
  }

  /** SimpleKMeans has no restarts: ten runs with seeds 1..10. */
  @Benchmark
  public void weka10(WekaState s, Blackhole bh) throws Exception {
    for (int r = 0; r < Prepared.RUNS; r++) {
      bh.consume(s.weka.fit(Prepared.SEED + r));
    }
  }

  // ---- ELKI, same centres as ours

  @Benchmark
  public Clustering<KMeansModel> elkiLloyd(ElkiState s) {
    return s.elki.fit(Elki.Variant.LLOYD, s.prep.centres);
  }

  @Benchmark
  public Clustering<KMeansModel> elkiHamerly(ElkiState s) {
    return s.elki.fit(Elki.Variant.HAMERLY, s.prep.centres);
  }

  @Benchmark
  public Clustering<KMeansModel> elkiElkan(ElkiState s) {
    return s.elki.fit(Elki.Variant.ELKAN, s.prep.centres);
  }

  @Benchmark
  public Clustering<KMeansModel> elkiSimplifiedElkan(ElkiState s) {
    return s.elki.fit(Elki.Variant.SIMPLIFIED_ELKAN, s.prep.centres);
  }

  @Benchmark
  public Clustering<KMeansModel> elkiExponion(ElkiState s) {
    return s.elki.fit(Elki.Variant.EXPONION, s.prep.centres);
  }

  @Benchmark
  public Clustering<KMeansModel> elkiShallot(ElkiState s) {
    return s.elki.fit(Elki.Variant.SHALLOT, s.prep.centres);
  }
}
