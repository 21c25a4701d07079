package org.clustermodels.cli;

import picocli.CommandLine.Option;

/** Execution options shared by the clustering commands: threads and the progress line. Picocli mixin. */
public final class RunOptions {

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Worker threads; 0 = one per processor. The result does not depend on it. "
          + "Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--progress", description = "Print progress lines on stderr.")
  boolean progress;

  /** @return the thread count, checked to be &gt;= 0 */
  public int threads() {
    if (threads < 0) {
      throw new CliException("--threads must be >= 0 (0 = one per processor), got " + threads);
    }
    return threads;
  }

  /** @return whether to print progress */
  public boolean progress() {
    return progress;
  }
}
