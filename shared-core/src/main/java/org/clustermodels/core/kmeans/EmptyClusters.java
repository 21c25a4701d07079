package org.clustermodels.core.kmeans;

/** The farthest-point relocation of {@link EmptyClusterPolicy#FARTHEST_POINT} (internal). */
final class EmptyClusters {
  private EmptyClusters() {
  }

  /**
   * Moves, for each empty cluster in index order, the row of positive weight that is farthest from its
   * current centre (ties to the lowest row) and whose cluster keeps at least one other row, into that empty
   * cluster. Labels change in place; the step is told.
   *
   * @return the number of rows moved
   */
  static int relocateFarthest(KMeansProblem p, double[] centers, int[] labels, double[] clusterWeights,
      AssignmentStep step) {
    int n = p.n();
    int d = p.d();
    int[] count = new int[p.k()];
    for (int i = 0; i < n; i++) {
      count[labels[i]]++;
    }
    double[] dist = new double[n];
    for (int i = 0; i < n; i++) {
      dist[i] = VectorMath.squaredDistance(p.x(), i * d, centers, labels[i] * d, d);
    }
    int moved = 0;
    for (int c = 0; c < p.k(); c++) {
      if (clusterWeights[c] > 0) {
        continue;
      }
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (p.w()[i] > 0 && labels[i] != c && count[labels[i]] > 1 && dist[i] > 0
            && (best < 0 || dist[i] > dist[best])) {
          best = i;
        }
      }
      if (best < 0) {
        return moved; // every remaining row sits on its centre or alone: nothing to move
      }
      count[labels[best]]--;
      labels[best] = c;
      count[c]++;
      dist[best] = 0;
      step.invalidate(best);
      moved++;
    }
    return moved;
  }
}
