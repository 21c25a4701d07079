package org.clustermodels.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code clustermodels} command: only holds the subcommands. */
@Command(name = "clustermodels", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {"Clusters the rows of a CSV or ARFF file and prints the result as JSON.",
        "quantize reduces the colours of a PNG image with k-means (image compression).",
        "baskets groups the items or the baskets of market-basket data (0/1 or transactions)."},
    subcommands = {KMeansCommand.class, AgglomerativeCommand.class, DivisiveCommand.class, QuantizeCommand.class,
        BasketsCommand.class, HelpCommand.class},
    footer = {"", "Exit codes: 0 success; 2 bad usage or bad input (one line 'clustermodels: error: ...' on "
        + "stderr, no output file created or changed); 1 internal error.",
        "Run 'clustermodels COMMAND --help' for the options of a command."})
public final class ClusterModelsCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new CliException("no command given; use 'clustermodels kmeans|agglomerative|divisive|quantize|baskets "
        + "...' (see 'clustermodels --help')");
  }
}
