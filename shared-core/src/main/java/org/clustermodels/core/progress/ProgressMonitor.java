package org.clustermodels.core.progress;

/**
 * Receives progress from long-running work and tells it whether to stop. Adapters bind it to their host
 * (KNIME's execution context, a command-line progress line); the core only calls it.
 *
 * <p>Implementations must be thread-safe: parallel restarts call them from several threads.
 */
public interface ProgressMonitor {

  /**
   * Reports progress.
   *
   * @param fraction the fraction of the work done, in [0, 1]
   * @param message a short human-readable description of the current step
   */
  void progress(double fraction, String message);

  /** @return whether the caller asked the work to stop */
  boolean isCancelled();

  /**
   * Throws if the work was cancelled; long loops call this regularly.
   *
   * @throws CancelledException if {@link #isCancelled()} is true
   */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }

  /** @return a monitor that ignores progress and never cancels */
  static ProgressMonitor none() {
    return Silent.INSTANCE;
  }

  /** The silent monitor. */
  enum Silent implements ProgressMonitor {
    INSTANCE;

    @Override
    public void progress(double fraction, String message) {
      // ignored
    }

    @Override
    public boolean isCancelled() {
      return false;
    }
  }
}
