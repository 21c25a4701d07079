package org.clustermodels.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.Divisive;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.DivisiveParams;
import org.clustermodels.core.hierarchy.DivisiveResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clustermodels divisive}: top-down hierarchical clustering (DIANA or bisecting k-means). */
@Command(name = "divisive", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, synopsisHeading = "",
    customSynopsis = {
        "Usage: clustermodels divisive -i FILE --method diana|bisecting",
        "         [--metric euclidean|sqeuclidean|manhattan|chebyshev|cosine|jaccard|",
        "         hamming] [-k K | --cut-height H] [--seed S] [--restarts R]",
        "         [--split sse|size]",
        "         [--standardize none|zscore|minmax]",
        "         [--columns NAME,...] [--missing fail|skip-row|mean] [--threads N]",
        "         [--progress] [-o FILE] [--newick FILE] [--svg FILE] [--png FILE]",
        "         [--max-leaves N] [--no-cophenetic] [--profile FILE] [--heatmap FILE]",
        "         [--scores FILE] [--scatter FILE] [--min-cluster-size M] [-h] [-V]",
        ""},
    description = {"Divisive (top-down) hierarchical clustering of the numeric columns of a CSV or ARFF file: "
        + "DIANA (Kaufman and Rousseeuw, as R's cluster::diana) on any metric, or bisecting k-means "
        + "(Steinbach, Karypis and Kumar), which scales to large n. The splits are written as merges, as SciPy's "
        + "linkage. The result is printed as JSON on stdout (or written to -o FILE); notes and errors go to "
        + "stderr."},
    footer = {
        "",
        HelpText.INPUT,
        "",
        "Output: one JSON object with exactly these fields:",
        "  algorithm    \"divisive-diana-\" + metric, e.g. \"divisive-diana-euclidean\", or",
        "               \"divisive-bisecting-\" + the --split criterion, e.g.",
        "               \"divisive-bisecting-sse\"",
        HelpText.TREE_FIELDS,
        "               (for bisecting k-means: the Euclidean distances)",
        "  divisive_coefficient",
        "               R diana's dc: the mean over rows of 1 - h(i) / H, h(i) the",
        "               height at which the row is split off alone, H the largest",
        "               height; for bisecting k-means computed the same way on its",
        "               heights (SSEs or sizes), so not comparable with DIANA's;",
        "               null when bisecting stopped at -k clusters",
        HelpText.TREE_TAIL,
        "",
        "Example: clustermodels divisive -i usarrests.csv --method diana -k 4",
        "           --newick usarrests.nwk"})
public final class DivisiveCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--method", required = true, paramLabel = "NAME", converter = Choices.Divisive.class,
      completionCandidates = Choices.Divisive.class,
      description = "diana: split the cluster with the largest diameter by the splinter-group procedure; "
          + "heights are diameters (any --metric; 8 n(n-1)/2 bytes of distances). bisecting: split the cluster "
          + "chosen by --split with 2-means (euclidean only); O(n d) memory.")
  DivisiveMethod method;

  @Mixin
  MetricOptions metric;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Cut cut;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "bisecting: random seed; the same seed gives the same tree. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--restarts", paramLabel = "R", defaultValue = "5",
      description = "bisecting: k-means restarts per split; the lowest SSE wins. Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--split", paramLabel = "CRITERION", defaultValue = "sse", converter = Choices.Split.class,
      completionCandidates = Choices.Split.class,
      description = "bisecting: which cluster to split next, ${COMPLETION-CANDIDATES}: the one with the largest "
          + "SSE (sum of squared distances to its mean) or the most rows; that value is the split's height. "
          + "Default: ${DEFAULT-VALUE}.")
  BisectingKMeansSplit split;

  @Mixin
  ScalingOptions scaling;

  @Mixin
  RunOptions run;

  @Mixin
  TreeOutputOptions output;

  /** The cut options, at most one of them. */
  static final class Cut {
    @Option(names = "-k", paramLabel = "K",
        description = "K clusters: bisecting k-means stops splitting at K clusters (below them the tree joins "
            + "the rows at height 0) and reports them as labels; for diana the full tree is cut into K "
            + "clusters.")
    Integer count;

    @Option(names = "--cut-height", paramLabel = "H",
        description = "Cut the full tree at height H (merges at H are kept) and report the labels.")
    Double height;
  }

  @Override
  public Integer call() throws IOException {
    if (restarts < 1) {
      throw new CliException("--restarts must be >= 1, got " + restarts);
    }
    TreeCut treeCut = cut == null ? new TreeCut("-k", null, null) : new TreeCut("-k", cut.count, cut.height);
    boolean bisecting = method == DivisiveMethod.BISECTING_KMEANS;
    int stopAt = bisecting && treeCut.count() != null && treeCut.count() >= 1 ? treeCut.count()
        : DivisiveParams.ALL_ROWS;
    DistanceMetric m = metric.metric();
    DivisiveParams params = DivisiveParams.builder(method).metric(m).numClusters(stopAt).split(split)
        .restarts(restarts).seed(seed).threads(run.threads()).standardization(scaling.standardization()).build();
    String name = bisecting ? "divisive-bisecting-" + new Choices.Split().token(split) : "divisive-diana-" + m.id();
    String step = (bisecting ? "bisecting k-means, largest " + new Choices.Split().token(split) + " first"
        : "DIANA, " + m.id()) + scaling.describe();
    String heightAxis = !bisecting ? "Cluster diameter (" + m.id() + ")"
        : split == BisectingKMeansSplit.LARGEST_SSE ? "SSE of the cluster split" : "Rows in the cluster split";
    return new TreeRun(spec, input, run, output, treeCut).execute(step, (data, monitor) -> {
      DivisiveResult r = new Divisive().fit(data.matrix(), params, monitor);
      int[] labels = stopAt == DivisiveParams.ALL_ROWS ? null : r.labels();
      List<String> notes = labels == null || r.numClusters() == stopAt ? List.of()
          : List.of("bisecting k-means stopped at " + r.numClusters() + " clusters, fewer than -k " + stopAt
              + ": only clusters of identical rows were left to split");
      return new TreeRun.Fitted(name, r.dendrogram(), "divisive_coefficient", r.divisiveCoefficient(), null,
          Scaler.fit(params.standardization(), data.matrix()).transform(data.matrix()), m, labels, notes,
          heightAxis, r.numClusters());
    });
  }
}
