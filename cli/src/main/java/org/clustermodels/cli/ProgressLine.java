package org.clustermodels.cli;

import java.io.PrintWriter;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The {@code --progress} lines on stderr: {@code clustermodels: progress 40% k-means restart 4 of 10}. Silent
 * unless enabled. Never cancels: Ctrl-C ends the JVM, and no output file is left behind (see
 * {@link OutputFiles}).
 */
final class ProgressLine implements ProgressMonitor {
  private final PrintWriter err;
  private final boolean enabled;
  private final boolean percentSteps;
  private long lastPercent = -1;

  /**
   * A line for every report.
   *
   * @param err stderr
   * @param enabled whether to print anything
   */
  ProgressLine(PrintWriter err, boolean enabled) {
    this(err, enabled, false);
  }

  /**
   * @param err stderr
   * @param enabled whether to print anything
   * @param percentSteps whether to print a report only when its whole percentage differs from the last one
   *     printed since the last {@link #step} (for algorithms that report every merge or split)
   */
  ProgressLine(PrintWriter err, boolean enabled, boolean percentSteps) {
    this.err = err;
    this.enabled = enabled;
    this.percentSteps = percentSteps;
  }

  @Override
  public synchronized void progress(double fraction, String message) {
    if (enabled) {
      long percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      if (percentSteps && percent == lastPercent) {
        return;
      }
      lastPercent = percent;
      err.println("clustermodels: progress " + percent + "% " + message);
      err.flush();
    }
  }

  /**
   * Reports the start of a step.
   *
   * @param message e.g. "reading data/iris.csv"
   */
  synchronized void step(String message) {
    lastPercent = -1;
    if (enabled) {
      err.println("clustermodels: " + message);
      err.flush();
    }
  }

  @Override
  public boolean isCancelled() {
    return false;
  }
}
