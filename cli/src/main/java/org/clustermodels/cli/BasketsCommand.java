package org.clustermodels.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.AgglomerativeResult;
import org.clustermodels.core.hierarchy.LinkageMethod;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code clustermodels baskets}: market-basket data (a 0/1 table or transactions), its items or its baskets
 * clustered agglomeratively with the Jaccard distance; the same tree, cut, JSON and pictures as
 * {@code agglomerative} ({@link TreeRun}).
 */
@Command(name = "baskets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, synopsisHeading = "",
    customSynopsis = {
        "Usage: clustermodels baskets -i FILE [--transactions] [--cluster items|baskets]",
        "         [--linkage single|complete|average|weighted]",
        "         [--cut-k K | --cut-height H] [--columns NAME,...]",
        "         [--missing fail|skip-row] [--threads N] [--progress] [-o FILE]",
        "         [--newick FILE] [--svg FILE] [--png FILE] [--max-leaves N]",
        "         [--no-cophenetic] [-h] [-V]",
        ""},
    description = {"Market baskets: groups of items that are bought together, or groups of baskets that hold the "
        + "same items. Agglomerative (bottom-up) hierarchical clustering of binary data with the Jaccard distance "
        + "(1 - |A and B| / |A or B| for two sets A and B), average linkage by default: the full tree of n - 1 "
        + "merges, as SciPy's linkage on pdist(X, 'jaccard'), optionally cut into clusters. The result is printed "
        + "as JSON on stdout (or written to -o FILE); notes and errors go to stderr."},
    footer = {
        "",
        "Input: a 0/1 table, CSV with a header row or ARFF: one row per basket, one%n"
            + "column per item, 1 where the basket holds the item. The numeric columns (or%n"
            + "those of --columns) are the items; a value other than 0 or 1 is an error%n"
            + "naming its row and column. Items are named by their column; baskets as%n"
            + "agglomerative names its leaves (a column called label, name or id, else the%n"
            + "first non-numeric column, else the 1-based data row number). The names label%n"
            + "the leaves of --newick, --svg and --png.",
        "",
        "With --transactions: one basket per line, its items separated by commas, no%n"
            + "header. Items are trimmed of surrounding spaces; empty items (a,,b or a%n"
            + "trailing comma) are ignored; an item twice in a basket counts once; names are%n"
            + "case-sensitive and cannot contain commas (no quoting). Blank lines are not%n"
            + "baskets and are skipped; a line of only commas is a basket with no items.%n"
            + "The items are numbered in the order they first appear; baskets are named by%n"
            + "their line number.",
        "",
        "A basket with no items (an item in no basket) is kept: its Jaccard distance is%n"
            + "0 to another such and 1 to every other (0/0 taken as 0, as SciPy does); a%n"
            + "note names them.",
        "",
        "Output: one JSON object with exactly these fields:",
        "  algorithm    \"agglomerative-\" + linkage + \"-jaccard-matrix\"",
        "  n, d         the number of rows clustered (items or baskets) and the length%n"
            + "               of their 0/1 vectors (the number of baskets or items)",
        "  columns      the names of the d vector entries: the baskets when clustering%n"
            + "               items, the items when clustering baskets",
        "  cluster      \"items\" or \"baskets\"",
        "  names        the names of the n rows clustered, in the order of their ids%n"
            + "               in linkage and of labels",
        "  linkage      the n-1 merges in merge order, as SciPy's linkage matrix: rows%n"
            + "               [a, b, height, size]; ids a < b below n are the rows of names,%n"
            + "               id n+t is the cluster made by merge t; heights are Jaccard%n"
            + "               distances combined by the linkage",
        "  heights      the n-1 merge heights in merge order",
        "  cophenetic_correlation%n"
            + "               Pearson correlation of the Jaccard distances and the tree's%n"
            + "               cophenetic distances (SciPy's cophenet); null with%n"
            + "               --no-cophenetic or when undefined",
        "  agglomerative_coefficient%n"
            + "               R agnes's ac: the mean over rows of 1 - h(i) / H, h(i) the%n"
            + "               height of the row's first merge, H the largest height",
        "  labels       only with a cut: the cluster of each item, in the order of%n"
            + "               names, or of each input basket (null for one left out by%n"
            + "               --missing skip-row); 0-based, numbered by first row",
        "  timing       wall time in seconds: read_seconds, fit_seconds",
        "",
        HelpText.EXIT_CODES,
        "",
        "Examples: clustermodels baskets -i zoo.csv --svg traits.svg",
        "          clustermodels baskets -i zoo.csv --cluster baskets --cut-k 7",
        "            --png animals.png",
        "          clustermodels baskets -i groceries.txt --transactions --cut-k 10"})
public final class BasketsCommand implements Callable<Integer>, TreeInput {

  /** What is clustered. */
  enum Clustered {
    /** The columns of the 0/1 table: groups of items found in the same baskets. */
    ITEMS,
    /** The rows of the 0/1 table: groups of baskets holding the same items. */
    BASKETS
  }

  /** {@code items}, {@code baskets}. */
  public static final class ClusteredWords extends TokenConverter<Clustered> {
    /** Creates the converter. */
    public ClusteredWords() {
      add("items", Clustered.ITEMS).add("baskets", Clustered.BASKETS);
    }
  }

  /** The linkages that work on any distance, Jaccard among them: {@code single}, ..., {@code weighted}. */
  public static final class Linkages extends TokenConverter<LinkageMethod> {
    /** Creates the converter. */
    public Linkages() {
      add("single", LinkageMethod.SINGLE).add("complete", LinkageMethod.COMPLETE)
          .add("average", LinkageMethod.AVERAGE).add("weighted", LinkageMethod.WEIGHTED);
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--transactions",
      description = "-i is a file of transactions: one basket per line, items separated by commas (see below), "
          + "converted to a 0/1 table. Without it, -i is a 0/1 table.")
  boolean transactions;

  @Option(names = "--cluster", paramLabel = "WHAT", defaultValue = "items", converter = ClusteredWords.class,
      completionCandidates = ClusteredWords.class,
      description = "What to cluster: ${COMPLETION-CANDIDATES}. items: the columns of the 0/1 table, each the "
          + "set of baskets that hold it; baskets: the rows, each the set of its items. Default: "
          + "${DEFAULT-VALUE}.")
  Clustered clustered;

  @Option(names = "--linkage", paramLabel = "NAME", defaultValue = "average", converter = Linkages.class,
      completionCandidates = Linkages.class,
      description = "Linkage: ${COMPLETION-CANDIDATES} (weighted = WPGMA/McQuitty; centroid, median and ward "
          + "need Euclidean distances). Default: ${DEFAULT-VALUE}.")
  LinkageMethod linkage;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  AgglomerativeCommand.Cut cut;

  @Mixin
  RunOptions run;

  @Mixin
  TreeOutputOptions output;

  @Override
  public Integer call() throws IOException {
    checkInputOptions();
    AgglomerativeParams params = AgglomerativeParams.builder(linkage).metric(DistanceMetric.JACCARD)
        .threads(run.threads()).cophenetic(output.cophenetic()).build();
    TreeCut treeCut = cut == null ? new TreeCut("--cut-k", null, null) : new TreeCut("--cut-k", cut.count,
        cut.height);
    String step = new ClusteredWords().token(clustered) + ", " + linkage.id() + " linkage, jaccard";
    return new TreeRun(spec, this, run, output, treeCut).execute(step, (data, monitor) -> {
      AgglomerativeResult r = new Agglomerative().fit(data.matrix(), params, monitor);
      OptionalDouble cophenetic = r.copheneticCorrelation();
      return new TreeRun.Fitted("agglomerative-" + linkage.id() + "-jaccard-" + new Choices.Method().token(
          r.method()), r.dendrogram(), "agglomerative_coefficient", r.agglomerativeCoefficient(),
          cophenetic.isPresent() ? cophenetic.getAsDouble() : null, data.matrix(), DistanceMetric.JACCARD, null,
          List.of(), "Jaccard distance (" + linkage.id() + " linkage)", data.matrix().rows());
    });
  }

  /** Rejects input options that do not fit the input, before any work. */
  private void checkInputOptions() {
    if (transactions && input.columns != null) {
      throw new CliException("--columns picks the item columns of a 0/1 table; with --transactions every item "
          + "is used");
    }
    if (transactions && spec.commandLine().getParseResult().hasMatchedOption("--missing")) {
      throw new CliException("--missing is for a 0/1 table; transactions have no missing values");
    }
    if (input.missing == MissingPolicy.MEAN) {
      throw new CliException("--missing mean cannot fill a 0/1 table (a column mean is not 0 or 1); use "
          + "--missing fail or --missing skip-row");
    }
  }

  @Override
  public Path input() {
    return input.input();
  }

  @Override
  public InputData load(boolean rowNames) {
    BasketTable table = transactions
        ? TableReader.readText(input.input(), (in, source) -> Transactions.read(in, source, MemoryCheck.runtime()))
        : BasketTable.fromTable(TableReader.read(input.input(), true), input.columns, input.missing);
    InputData data = clustered == Clustered.ITEMS ? table.items() : table.baskets();
    int n = data.matrix().rows();
    if (cut != null && cut.count != null && cut.count > n) {
      throw new CliException("--cut-k " + cut.count + " is larger than the number of "
          + new ClusteredWords().token(clustered) + " (" + n + ")");
    }
    return data;
  }

  @Override
  public String rowNoun() {
    return clustered == Clustered.ITEMS ? "item" : "basket";
  }

  @Override
  public void describe(ObjectNode json, InputData data) {
    json.put("cluster", new ClusteredWords().token(clustered));
    json.set("names", JsonOutput.strings(List.of(data.rowNames())));
  }
}
