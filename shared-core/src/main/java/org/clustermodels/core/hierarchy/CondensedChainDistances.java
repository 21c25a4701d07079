package org.clustermodels.core.hierarchy;

/**
 * The nearest-neighbour chain's distances kept in the condensed matrix itself (internal): no extra memory, but
 * the part of a cluster's distances that lies in the rows above it is read one cache line per value.
 */
final class CondensedChainDistances implements ChainDistances {
  private final LinkageWorkspace w;
  private final double[] dist;
  private final Linkage linkage;
  private final int[] size;
  private final int n;
  private double nearest;

  /**
   * @param w the workspace (active slots)
   * @param dist condensed distances on the linkage's internal scale; overwritten
   * @param linkage the linkage
   * @param size cluster size per slot; updated by the merges
   */
  CondensedChainDistances(LinkageWorkspace w, double[] dist, Linkage linkage, int[] size) {
    this.w = w;
    this.dist = dist;
    this.linkage = linkage;
    this.size = size;
    this.n = size.length;
  }

  @Override
  public int nearest(int x, int previous) {
    int[] active = w.active();
    int y = previous;
    double min = previous >= 0 ? dist[w.at(x, previous)] : Double.POSITIVE_INFINITY;
    int count = w.activeCount();
    int p = 0;
    for (int i; p < count && (i = active[p]) < x; p++) {
      double d = dist[w.rowOffset(i) + x];
      if (d < min) {
        min = d;
        y = i;
      }
    }
    if (x < n - 1) {
      int offset = w.rowOffset(x);
      for (p++; p < count; p++) {
        int i = active[p];
        double d = dist[offset + i];
        if (d < min) {
          min = d;
          y = i;
        }
      }
    }
    nearest = min;
    return y;
  }

  @Override
  public double nearestDistance() {
    return nearest;
  }

  @Override
  public void merge(int a, int b, double dAB) {
    update(w, dist, linkage, size, a, b, dAB);
  }

  /**
   * Merges slot a into slot b (a &lt; b) in a condensed matrix: the distances from every other active slot to b
   * become the Lance&ndash;Williams combination, a leaves the active list.
   */
  static void update(LinkageWorkspace w, double[] dist, Linkage linkage, int[] size, int a, int b, double dAB) {
    int[] active = w.active();
    int count = w.activeCount();
    int sizeA = size[a];
    int sizeB = size[b];
    int offsetA = w.rowOffset(a);
    int offsetB = w.rowOffset(b);
    int p = 0;
    // three ranges, so that each position is one addition: i < a, a < i < b, b < i
    for (int i; p < count && (i = active[p]) < a; p++) {
      int row = w.rowOffset(i);
      dist[row + b] = linkage.combine(sizeA, dist[row + a], sizeB, dist[row + b], size[i], dAB);
    }
    for (int i; ++p < count && (i = active[p]) < b; ) {
      int ib = w.rowOffset(i) + b;
      dist[ib] = linkage.combine(sizeA, dist[offsetA + i], sizeB, dist[ib], size[i], dAB);
    }
    for (p++; p < count; p++) {
      int i = active[p];
      dist[offsetB + i] = linkage.combine(sizeA, dist[offsetA + i], sizeB, dist[offsetB + i], size[i], dAB);
    }
    size[b] = sizeA + sizeB;
    size[a] = 0;
    w.deactivate(a);
  }
}
