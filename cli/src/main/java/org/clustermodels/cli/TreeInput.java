package org.clustermodels.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * Where a tree command's rows come from ({@link TreeRun}): the rows of a CSV or ARFF file ({@link InputOptions}),
 * or the baskets or items of market-basket data ({@code baskets}).
 */
interface TreeInput {

  /** @return the input file as given, for the output checks and the pictures' title */
  Path input();

  /**
   * Reads the input into the rows to cluster.
   *
   * @param rowNames whether the rows need names (for the leaves of the Newick tree and the pictures)
   * @return the rows, with notes for the user
   * @throws CliException naming the file, row, column or option at fault
   */
  InputData load(boolean rowNames);

  /** @return what one row is, for the pictures' subtitle and legend, e.g. "item"; the plural adds an s */
  default String rowNoun() {
    return "row";
  }

  /**
   * Adds the fields that say what the rows are to the JSON result, after {@code columns}; none by default.
   *
   * @param json the result being built
   * @param data the rows {@link #load} returned
   */
  default void describe(ObjectNode json, InputData data) {
  }
}
