package org.clustermodels.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Output options shared by the tree commands ({@code agglomerative}, {@code divisive}): the JSON file, the tree
 * as Newick text and as SVG or PNG pictures (and how many leaves these draw), whether to compute the cophenetic
 * correlation, and the profile and anomaly outputs of a cut ({@link SegmentOptions}, with the small-cluster
 * outlier rule). Picocli mixin.
 */
public final class TreeOutputOptions {
  /** The smallest regular cluster when --min-cluster-size is not given: singletons are outliers. */
  static final int DEFAULT_MIN_CLUSTER_SIZE = 2;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the JSON result to FILE instead of stdout.")
  Path output;

  @Option(names = "--newick", paramLabel = "FILE",
      description = "Also write the full tree in Newick format, branch lengths with 6 decimals, leaves named as "
          + "below (characters Newick reserves, and white space, removed).")
  Path newick;

  @Option(names = "--svg", paramLabel = "FILE",
      description = "Also draw the tree as an SVG picture, with the cut line and its clusters in colour when a cut "
          + "is asked for.")
  Path svg;

  @Option(names = "--png", paramLabel = "FILE", description = "Also draw the tree as a PNG picture (as --svg).")
  Path png;

  @Option(names = "--max-leaves", paramLabel = "N", defaultValue = "50",
      description = "--svg and --png draw at most N leaves: a larger tree is drawn as its last N - 1 merges, each "
          + "cluster below them as one leaf labelled with its size. Default: ${DEFAULT-VALUE}.")
  int maxLeaves;

  @Mixin
  SegmentOptions segments;

  @Option(names = "--min-cluster-size", paramLabel = "M",
      description = "The outlier rule of --scores and --scatter: rows in clusters of fewer than M rows at the cut "
          + "are outliers; every row's score is its Euclidean distance (scaled units) to the nearest mean of a "
          + "cluster of at least M rows. Default: " + DEFAULT_MIN_CLUSTER_SIZE + " (singletons).")
  Integer minClusterSize;

  @Option(names = "--no-cophenetic",
      description = "Do not compute the cophenetic correlation (null in the JSON): it needs the n(n-1)/2 "
          + "distances, 8 bytes each, a second time, and one more pass over them.")
  boolean noCophenetic;

  /** @return the JSON output file, or null for stdout */
  public Path output() {
    return output;
  }

  /** @return the Newick file, or null */
  public Path newick() {
    return newick;
  }

  /** @return the SVG file, or null */
  public Path svg() {
    return svg;
  }

  /** @return the PNG file, or null */
  public Path png() {
    return png;
  }

  /** @return the most leaves a picture draws, checked to be &gt;= 2 */
  public int maxLeaves() {
    if (maxLeaves < 2) {
      throw new CliException("--max-leaves must be >= 2, got " + maxLeaves);
    }
    return maxLeaves;
  }

  /** @return the profile and anomaly outputs */
  public SegmentOptions segments() {
    return segments;
  }

  /** @return the smallest regular cluster of the outlier rule, checked to be &gt;= 1 */
  public int minClusterSize() {
    if (minClusterSize == null) {
      return DEFAULT_MIN_CLUSTER_SIZE;
    }
    if (minClusterSize < 1) {
      throw new CliException("--min-cluster-size must be >= 1 (a cluster has at least one row), got "
          + minClusterSize);
    }
    return minClusterSize;
  }

  /** @return whether to compute the cophenetic correlation */
  public boolean cophenetic() {
    return !noCophenetic;
  }

  /** @return whether an output names the tree's leaves (Newick, SVG or PNG), so the rows need names */
  public boolean namesLeaves() {
    return newick != null || svg != null || png != null;
  }

  /**
   * Checks before any work that the outputs can be written and do not clobber the input or each other.
   *
   * @param input the input file
   * @throws CliException naming the option and file
   */
  public void check(Path input) {
    maxLeaves();
    minClusterSize();
    if (minClusterSize != null && !segments.needsScores()) {
      throw new CliException("--min-cluster-size needs --scores or --scatter (the outlier flags are written "
          + "there)");
    }
    segments.checkFormats();
    Map<String, Path> targets = new LinkedHashMap<>();
    targets.put("-o", output);
    targets.put("--newick", newick);
    targets.put("--svg", svg);
    targets.put("--png", png);
    targets.putAll(segments.targets());
    OutputFiles.checkTargets(input, targets);
  }
}
