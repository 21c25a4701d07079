package org.clustermodels.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Output file options shared by the clustering commands. Picocli mixin. */
public final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the JSON result to FILE instead of stdout.")
  Path output;

  @Option(names = "--labels-out", paramLabel = "FILE",
      description = "Also write one CSV line per input row: row (1-based data row),label (0-based),distance "
          + "(to the row's centre, in the scaled units)[,outlier (true/false, with --outlier-quantile)]. "
          + "Rows left out by --missing skip-row have empty fields.")
  Path labelsOut;

  /** @return the JSON output file, or null for stdout */
  public Path output() {
    return output;
  }

  /** @return the labels CSV file, or null */
  public Path labelsOut() {
    return labelsOut;
  }

  /**
   * Checks before any work that the outputs can be written and do not clobber the input or each other.
   *
   * @param input the input file
   * @throws CliException naming the option and file
   */
  public void check(Path input) {
    check(input, Map.of());
  }

  /**
   * Checks before any work that these outputs and more can be written and do not clobber the input or each
   * other.
   *
   * @param input the input file
   * @param more further output files by option, in option order (null values are skipped)
   * @throws CliException naming the option and file
   */
  public void check(Path input, Map<String, Path> more) {
    Map<String, Path> targets = new LinkedHashMap<>();
    targets.put("-o", output);
    targets.put("--labels-out", labelsOut);
    targets.putAll(more);
    OutputFiles.checkTargets(input, targets);
  }
}
