package org.clustermodels.cli;

/**
 * Paragraphs of the commands' help footers that several commands share; {@code %n} is a line break (picocli
 * formats the footer).
 */
final class HelpText {
  /** The exit codes. */
  static final String EXIT_CODES = "Exit codes: 0 success; 2 bad usage or bad input (one line%n"
      + "'clustermodels: error: ...' on stderr naming the option, file, row or column;%n"
      + "no output file is created or changed); 1 internal error.";

  /** How the input is read. */
  static final String INPUT = "Input: CSV with a header row, or ARFF (numeric, nominal, string and date%n"
      + "attributes; ? = missing). A CSV column is numeric if every non-missing value%n"
      + "is a number; empty, ?, NA and NaN are missing. Infinite values are an error.%n"
      + "Row numbers in messages are 1-based data rows (the header is not counted).";

  /** The outputs of {@link SegmentOptions}. */
  static final String SEGMENTS = "Segments and anomalies (see --profile, --heatmap, --scores, --scatter): the%n"
      + "profile describes the clusters in the original units of the rows used; the%n"
      + "scores rank the rows by their distance to the nearest centre (scaled units),%n"
      + "most unusual first; --scatter plots the two columns with the largest%n"
      + "between- over within-cluster sum of squares, in original units.";

  /** The JSON fields of the tree commands from {@code n} to {@code cophenetic_correlation}. */
  static final String TREE_FIELDS = "  n, d         number of rows and columns used%n"
      + "  columns      names of the used columns%n"
      + "  linkage      the n-1 merges in merge order, as SciPy's linkage matrix: rows%n"
      + "               [a, b, height, size]; ids a < b below n are rows (0-based,%n"
      + "               counting the rows used), id n+t is the cluster made by merge t%n"
      + "  heights      the n-1 merge heights in merge order%n"
      + "  cophenetic_correlation%n"
      + "               Pearson correlation of the distances and the tree's cophenetic%n"
      + "               distances (SciPy's cophenet); null with --no-cophenetic, when%n"
      + "               undefined, or (with a note) when the n(n-1)/2 distances, 8%n"
      + "               bytes each, do not fit in memory";

  /** The last JSON fields of the tree commands, the leaf names and the exit codes. */
  static final String TREE_TAIL = "  labels       only with a cut: the cluster of each input row, 0-based,%n"
      + "               numbered by first row (row 1 is in cluster 0); null for rows%n"
      + "               left out by --missing skip-row%n"
      + "  timing       wall time in seconds: read_seconds (reading and preparing%n"
      + "               the input), fit_seconds (the clustering; not the cophenetic%n"
      + "               correlation)%n"
      + "%n"
      + "Leaf names (--newick, --svg, --png): the first non-numeric column called%n"
      + "label, name or id (any case), else the first non-numeric column (e.g. the%n"
      + "state names of usarrests.csv), else the 1-based data row number; a row whose%n"
      + "name is missing gets its row number. A note on stderr says which.%n"
      + "%n"
      + SEGMENTS + "%n"
      + "They need a cut. Outliers: rows in clusters of fewer than --min-cluster-size%n"
      + "rows (default 2: singletons); scores: the Euclidean distance to the nearest%n"
      + "mean of a larger cluster.%n"
      + "%n"
      + EXIT_CODES;

  private HelpText() {
  }
}
