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

  /**
   * A view of this monitor for one part of the work: fractions [0, 1] reported to the view arrive here as
   * [start, start + width]; cancellation is this monitor's.
   *
   * @param start where the part begins, in [0, 1]
   * @param width its share of the whole work
   * @return the view
   */
  default ProgressMonitor part(double start, double width) {
    ProgressMonitor whole = this;
    return new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        whole.progress(start + width * fraction, message);
      }

      @Override
      public boolean isCancelled() {
        return whole.isCancelled();
      }
    };
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
