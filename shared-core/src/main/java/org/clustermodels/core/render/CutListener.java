package org.clustermodels.core.render;

import java.util.EventListener;

/** Hears about changes of a {@link DendrogramPanel}'s cut, on the Swing event thread. */
@FunctionalInterface
public interface CutListener extends EventListener {
  /**
   * @param event the new cut
   */
  void cutChanged(CutEvent event);
}
