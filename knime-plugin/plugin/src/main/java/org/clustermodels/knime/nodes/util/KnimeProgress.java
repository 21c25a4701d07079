package org.clustermodels.knime.nodes.util;

import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * The core's {@link ProgressMonitor} over KNIME's {@link ExecutionMonitor}: progress goes to the node's progress
 * bar, and the core sees the user's cancel through {@link ExecutionMonitor#checkCanceled()}. The core then stops
 * with its {@link CancelledException}, which {@link #canceled(CancelledException)} turns into KNIME's
 * {@link CanceledExecutionException}.
 */
public final class KnimeProgress implements ProgressMonitor {
  private final ExecutionMonitor exec;

  /** @param exec the node's execution monitor (or a sub-progress of it) */
  public KnimeProgress(ExecutionMonitor exec) {
    if (exec == null) {
      throw new IllegalArgumentException("exec must not be null");
    }
    this.exec = exec;
  }

  @Override
  public void progress(double fraction, String message) {
    exec.setProgress(fraction, message);
  }

  @Override
  public boolean isCancelled() {
    try {
      exec.checkCanceled();
      return false;
    } catch (CanceledExecutionException e) {
      return true;
    }
  }

  /**
   * @param e the core's cancellation
   * @return KNIME's exception for it, to throw from {@code execute}
   */
  public static CanceledExecutionException canceled(CancelledException e) {
    CanceledExecutionException knime = new CanceledExecutionException(e.getMessage());
    knime.initCause(e);
    return knime;
  }
}
