package org.clustermodels.cli;

import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.AgglomerativeResult;
import org.clustermodels.core.hierarchy.LinkageMethod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clustermodels agglomerative}: bottom-up hierarchical clustering, the full tree, optionally cut. */
@Command(name = "agglomerative", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, synopsisHeading = "",
    customSynopsis = {
        "Usage: clustermodels agglomerative -i FILE",
        "         --linkage single|complete|average|weighted|centroid|median|ward",
        "         [--metric euclidean|sqeuclidean|manhattan|chebyshev|cosine|jaccard|",
        "         hamming] [--method auto|matrix|vector]",
        "         [--cut-k K | --cut-height H] [--standardize none|zscore|minmax]",
        "         [--columns NAME,...] [--missing fail|skip-row|mean] [--threads N]",
        "         [--progress] [-o FILE] [--newick FILE] [--svg FILE] [--png FILE]",
        "         [--max-leaves N] [--no-cophenetic] [--profile FILE] [--heatmap FILE]",
        "         [--scores FILE] [--scatter FILE] [--min-cluster-size M] [-h] [-V]",
        ""},
    description = {"Agglomerative (bottom-up) hierarchical clustering of the numeric columns of a CSV or ARFF "
        + "file: the full tree of n - 1 merges, as SciPy's linkage, optionally cut into clusters. The result is "
        + "printed as JSON on stdout (or written to -o FILE); notes and errors go to stderr."},
    footer = {
        "",
        HelpText.INPUT,
        "",
        "Output: one JSON object with exactly these fields:",
        "  algorithm    \"agglomerative-\" + linkage + \"-\" + metric + \"-\" + the method",
        "               that ran (auto resolved), e.g.",
        "               \"agglomerative-ward-euclidean-matrix\"",
        HelpText.TREE_FIELDS,
        "  agglomerative_coefficient",
        "               R agnes's ac: the mean over rows of 1 - h(i) / H, h(i) the",
        "               height of the row's first merge, H the largest height",
        HelpText.TREE_TAIL,
        "",
        "Example: clustermodels agglomerative -i usarrests.csv --linkage ward",
        "           --standardize zscore --cut-k 4 --svg usarrests.svg"})
public final class AgglomerativeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--linkage", required = true, paramLabel = "NAME", converter = Choices.Linkage.class,
      completionCandidates = Choices.Linkage.class,
      description = "Linkage: ${COMPLETION-CANDIDATES} (weighted = WPGMA/McQuitty, centroid = UPGMC, median = "
          + "WPGMC). centroid, median and ward need the euclidean metric; their heights are Euclidean, as SciPy's.")
  LinkageMethod linkage;

  @Mixin
  MetricOptions metric;

  @Option(names = "--method", paramLabel = "NAME", defaultValue = "auto", converter = Choices.Method.class,
      completionCandidates = Choices.Method.class,
      description = "matrix: on the stored n(n-1)/2 distances (8 bytes each; every linkage and metric); vector: "
          + "on the rows, never storing the distances (O(n d) memory, for large n; single, ward, centroid and "
          + "median linkage, euclidean only); auto: vector for single linkage and for ward on up to 32 columns "
          + "(euclidean), where it is faster, else matrix when it fits in memory, else vector where it exists. "
          + "Default: ${DEFAULT-VALUE}.")
  AgglomerativeMethod method;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Cut cut;

  @Mixin
  ScalingOptions scaling;

  @Mixin
  RunOptions run;

  @Mixin
  TreeOutputOptions output;

  /** The cut options, at most one of them. */
  static final class Cut {
    @Option(names = "--cut-k", paramLabel = "K",
        description = "Cut the tree into K clusters (undo the last K - 1 merges) and report the labels.")
    Integer count;

    @Option(names = "--cut-height", paramLabel = "H",
        description = "Cut the tree at height H (merges at H are kept; as SciPy's fcluster with criterion "
            + "'distance') and report the labels.")
    Double height;
  }

  @Override
  public Integer call() throws IOException {
    DistanceMetric m = metric.metric();
    AgglomerativeParams params = AgglomerativeParams.builder(linkage).metric(m).method(method)
        .standardization(scaling.standardization()).threads(run.threads()).cophenetic(output.cophenetic()).build();
    TreeCut treeCut = cut == null ? new TreeCut("--cut-k", null, null) : new TreeCut("--cut-k", cut.count,
        cut.height);
    String step = linkage.id() + " linkage, " + m.id() + scaling.describe();
    return new TreeRun(spec, input, run, output, treeCut).execute(step, (data, monitor) -> {
      AgglomerativeResult r = new Agglomerative().fit(data.matrix(), params, monitor);
      String name = "agglomerative-" + linkage.id() + "-" + m.id() + "-" + new Choices.Method().token(r.method());
      OptionalDouble cophenetic = r.copheneticCorrelation();
      return new TreeRun.Fitted(name, r.dendrogram(), "agglomerative_coefficient", r.agglomerativeCoefficient(),
          cophenetic.isPresent() ? cophenetic.getAsDouble() : null,
          r.scaler().orElseThrow().transform(data.matrix()), m, null, List.of(),
          "Merge height (" + m.id() + ", " + linkage.id() + " linkage)", data.matrix().rows());
    });
  }
}
