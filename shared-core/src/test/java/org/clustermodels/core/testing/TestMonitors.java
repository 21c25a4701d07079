package org.clustermodels.core.testing;

import org.clustermodels.core.progress.ProgressMonitor;

/** Progress monitors for tests. */
public final class TestMonitors {
  private TestMonitors() {
  }

  /** @return a monitor that ignores progress and reports that the work was cancelled */
  public static ProgressMonitor cancelled() {
    return new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        // ignored
      }

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
  }
}
