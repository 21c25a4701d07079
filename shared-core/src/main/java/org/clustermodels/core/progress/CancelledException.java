package org.clustermodels.core.progress;

/** Thrown when work stops because its {@link ProgressMonitor} asked it to; no partial result is returned. */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CancelledException() {
    super("cancelled");
  }
}
