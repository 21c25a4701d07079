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

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public synchronized void progress(double fraction, String message) {
    if (enabled) {
      long percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
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
