package org.knime.core.node;

/** Stand-in for KNIME's ExecutionMonitor: progress and cancel. */
public class ExecutionMonitor {
  /** Creates a monitor. */
  public ExecutionMonitor() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @throws CanceledExecutionException if the user cancelled */
  public void checkCanceled() throws CanceledExecutionException {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param progress the fraction done, in [0, 1] */
  public void setProgress(final double progress) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param progress the fraction done, in [0, 1]
   * @param message what is being done
   */
  public void setProgress(final double progress, final String message) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param message what is being done */
  public void setMessage(final String message) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param maxProg this part's share of the progress
   * @return a monitor for the part
   */
  public ExecutionMonitor createSubProgress(final double maxProg) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param maxProg this part's share of the progress
   * @return a monitor for the part that shows no messages
   */
  public ExecutionMonitor createSilentSubProgress(final double maxProg) {
    throw new UnsupportedOperationException("stand-in");
  }
}
