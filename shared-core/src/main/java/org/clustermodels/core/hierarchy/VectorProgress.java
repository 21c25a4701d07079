package org.clustermodels.core.hierarchy;

import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Progress and cancellation for the O(n^2) vector-based methods, throttled so that the monitor is asked about
 * every few milliseconds of work, not on every step. The work left when {@code live} clusters remain is taken
 * as proportional to {@code live^2}, so the fraction done is {@code 1 - (live / n)^2}.
 */
final class VectorProgress {
  /** Coordinates read between two cancellation checks (a few milliseconds of scanning). */
  private static final long CHECK_EVERY = 1L << 20;
  /** Least change of the fraction worth a progress report. */
  private static final double REPORT_STEP = 0.001;

  private final ProgressMonitor monitor;
  private final String message;
  private final double n;
  private long unchecked;
  private double reported;

  /**
   * Reports the start (fraction 0).
   *
   * @param monitor the caller's monitor
   * @param message what is being done, for the reports
   * @param n number of rows
   */
  VectorProgress(ProgressMonitor monitor, String message, int n) {
    this.monitor = monitor;
    this.message = message;
    this.n = n;
    this.unchecked = CHECK_EVERY; // the first step checks at once
    monitor.progress(0.0, message);
  }

  /**
   * Accounts for work done; checks for cancellation and reports progress when enough work has been done.
   *
   * @param work coordinates read since the last call
   * @param live clusters left
   * @throws org.clustermodels.core.progress.CancelledException if the monitor asks to stop
   */
  void worked(long work, int live) {
    unchecked += work;
    if (unchecked < CHECK_EVERY) {
      return;
    }
    unchecked = 0;
    monitor.checkCancelled();
    double left = live / n;
    double fraction = 1.0 - left * left;
    if (fraction - reported >= REPORT_STEP) {
      reported = fraction;
      monitor.progress(fraction, message);
    }
  }

  /** Reports completion (fraction 1). */
  void done() {
    monitor.progress(1.0, message);
  }
}
