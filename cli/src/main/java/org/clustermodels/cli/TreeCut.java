package org.clustermodels.cli;

import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * The flat clustering a tree command is asked for: a number of clusters, a height, or none. Labels are numbered
 * by first row in input order (the core's {@link Dendrogram#cutByCount} and {@link Dendrogram#cutByHeight}).
 *
 * @param countOption the option that gives the number of clusters, for messages (e.g. {@code --cut-k})
 * @param count the number of clusters, or null
 * @param height the cut height, or null
 */
record TreeCut(String countOption, Integer count, Double height) {

  /** @return whether a cut is asked for */
  boolean asked() {
    return count != null || height != null;
  }

  /**
   * Checks the values before any work.
   *
   * @throws CliException naming the option
   */
  void check() {
    if (count != null && count < 1) {
      throw new CliException(countOption + " must be >= 1, got " + count);
    }
    if (height != null && !(height >= 0 && height < Double.POSITIVE_INFINITY)) {
      throw new CliException("--cut-height must be a finite number >= 0 (merge heights are not negative), got "
          + height);
    }
  }

  /**
   * Checks the number of clusters against the rows read.
   *
   * @param n the number of rows clustered
   * @throws CliException naming the option
   */
  void check(int n) {
    if (count != null && count > n) {
      throw new CliException(countOption + " " + count + " is larger than the number of data rows (" + n + ")");
    }
  }

  /**
   * @param tree the tree
   * @return a label for each row of the tree, or null when no cut is asked for
   */
  int[] labels(Dendrogram tree) {
    if (count != null) {
      return tree.cutByCount(count);
    }
    return height == null ? null : tree.cutByHeight(height);
  }
}
