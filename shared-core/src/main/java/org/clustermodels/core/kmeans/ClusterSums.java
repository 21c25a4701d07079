package org.clustermodels.core.kmeans;

import java.util.Arrays;

/**
 * Per-cluster weighted sums of the rows, kept up to date incrementally (internal): when only some labels
 * changed, the rows that moved are subtracted from their old cluster and added to the new one, O(d) per moved
 * row instead of O(n d) for all. A full recomputation runs on the first update, when more than half the rows
 * moved, and once the moves since the last full pass add up to n, so rounding never accumulates over more
 * additions than one full pass has.
 *
 * <p>The operations depend only on the sequence of labels, so every variant that produces the same labels
 * (Lloyd, Hamerly, Elkan) gets bit-identical centres.
 */
final class ClusterSums {
  private final double[] x;
  private final double[] w;
  private final int n;
  private final int d;
  private final double[] sums;
  private final double[] weights;
  /** Rows of positive weight per cluster: 0 means the cluster is empty, whatever rounding left in weights. */
  private final int[] members;
  /** The labels the sums reflect. */
  private final int[] recorded;
  private boolean valid;
  private long movedSinceFull;

  ClusterSums(KMeansProblem p) {
    x = p.x();
    w = p.w();
    n = p.n();
    d = p.d();
    sums = new double[p.k() * d];
    weights = new double[p.k()];
    members = new int[p.k()];
    recorded = new int[n];
  }

  /**
   * Brings the sums to the given labels.
   *
   * @param labels the current labels
   * @param changed how many labels differ from the last update (an upper bound is fine)
   */
  void update(int[] labels, int changed) {
    if (recomputedAll(labels, changed)) {
      return;
    }
    for (int i = 0; i < n; i++) {
      moveIfChanged(labels, i);
    }
  }

  /**
   * Brings the sums to the given labels when only the listed rows changed since the last update; moves them in
   * the listed (increasing) order, which is the order {@link #update(int[], int)} would find them in, so the
   * sums are bit-identical either way.
   *
   * @param labels the current labels
   * @param changed the rows whose label changed since the last update, in increasing order
   */
  void update(int[] labels, ChangedRows changed) {
    int count = changed.size();
    if (recomputedAll(labels, count)) {
      return;
    }
    for (int t = 0; t < count; t++) {
      moveIfChanged(labels, changed.get(t));
    }
  }

  /** Recomputes everything instead of moving rows when that is due; @return whether it did */
  private boolean recomputedAll(int[] labels, int changed) {
    if (!valid || 2L * changed > n || movedSinceFull + changed > n) {
      recomputeAll(labels);
      return true;
    }
    return false;
  }

  private void moveIfChanged(int[] labels, int i) {
    int to = labels[i];
    int from = recorded[i];
    if (to != from) {
      move(i, from, to);
      recorded[i] = to;
      movedSinceFull++;
    }
  }

  private void move(int i, int from, int to) {
    double wi = w[i];
    int off = i * d;
    int fromOff = from * d;
    int toOff = to * d;
    for (int j = 0; j < d; j++) {
      double v = wi * x[off + j];
      sums[fromOff + j] -= v;
      sums[toOff + j] += v;
    }
    weights[from] -= wi;
    weights[to] += wi;
    if (wi > 0) {
      members[from]--;
      members[to]++;
    }
  }

  private void recomputeAll(int[] labels) {
    Arrays.fill(sums, 0.0);
    Arrays.fill(weights, 0.0);
    Arrays.fill(members, 0);
    for (int i = 0; i < n; i++) {
      int c = labels[i];
      double wi = w[i];
      int off = i * d;
      int cOff = c * d;
      for (int j = 0; j < d; j++) {
        sums[cOff + j] += wi * x[off + j];
      }
      weights[c] += wi;
      if (wi > 0) {
        members[c]++;
      }
    }
    System.arraycopy(labels, 0, recorded, 0, n);
    valid = true;
    movedSinceFull = 0;
  }

  /**
   * Writes the weighted means of the non-empty clusters.
   *
   * @param out k*d; rows of empty clusters are left as they are
   * @return whether any cluster is empty
   */
  boolean means(double[] out) {
    boolean anyEmpty = false;
    for (int c = 0; c < weights.length; c++) {
      if (members[c] == 0) {
        anyEmpty = true;
        continue;
      }
      double wc = weights[c];
      for (int j = 0; j < d; j++) {
        out[c * d + j] = sums[c * d + j] / wc;
      }
    }
    return anyEmpty;
  }

  /**
   * @param c a cluster
   * @return whether no row of positive weight is in it
   */
  boolean isEmpty(int c) {
    return members[c] == 0;
  }
}
