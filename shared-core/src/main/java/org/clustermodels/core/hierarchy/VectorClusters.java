package org.clustermodels.core.hierarchy;

import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The working store of the vector-based (O(n d) memory) agglomerative methods: one centroid of d doubles, a
 * size and a label per live cluster, in slots ordered by label. The label of a cluster is a row inside it (its
 * SciPy slot index: the cluster made by merging clusters with labels a &lt; b takes label b), so labels double as
 * the representative rows that {@link Dendrogram#fromRowMerges} reads.
 *
 * <p>Removed clusters leave a dead slot (size 0) that scans skip; when more than an eighth of the slots are dead
 * they are squeezed out in place, keeping label order, so a scan reads few dead slots, and
 * ties between equal distances can be broken by the smallest slot, which is the smallest label. Per-run state,
 * not thread-safe: parallel scans only read it, or write disjoint slots of {@link #values}.
 *
 * <p>Memory: at most {@code 8 n d + 20 n} bytes (the centroids are a copy of the data; the input is never modified).
 */
final class VectorClusters {
  /** Number of columns. */
  final int d;
  /** Centroid of the cluster in slot s at {@code s * d}. */
  final double[] points;
  /** Label of the cluster in slot s. */
  final int[] labels;
  /** Number of rows in the cluster in slot s; 0 for a dead slot. */
  final int[] sizes;
  /** A scalar per slot for the algorithm's use (moved along when slots are squeezed), or null. */
  final double[] values;
  /** Slot of each label, -1 once removed. */
  private final int[] slotOf;
  private int slots;
  private int live;

  /**
   * Copies validated data into singleton clusters, label i = row i in slot i.
   *
   * @param data the data, finite and non-empty (checked here)
   * @param withValues whether to keep a scalar per slot
   * @throws IllegalArgumentException if the data is empty, has a NaN or infinite value, or is so spread out that
   *     squared distances overflow
   */
  VectorClusters(DenseMatrix data, boolean withValues) {
    DataChecks.requireFiniteNonEmpty(data);
    int n = data.rows();
    d = data.cols();
    points = data.toArray();
    requireSquaredDistancesFinite(points, n, d);
    labels = new int[n];
    sizes = new int[n];
    slotOf = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i;
      sizes[i] = 1;
      slotOf[i] = i;
    }
    values = withValues ? new double[n] : null;
    slots = n;
    live = n;
  }

  /**
   * Rejects data whose squared Euclidean distances (scaled by up to n for Ward) would overflow a double: the
   * bounding box's squared diagonal times n must be finite.
   */
  private static void requireSquaredDistancesFinite(double[] x, int n, int d) {
    double diagonal = 0;
    for (int j = 0; j < d; j++) {
      double lo = x[j];
      double hi = x[j];
      for (int i = 1; i < n; i++) {
        double v = x[i * d + j];
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      double span = hi - lo;
      diagonal += span * span;
      if (!Double.isFinite(diagonal * n)) {
        throw new IllegalArgumentException("column " + j + " spans " + lo + " to " + hi
            + ": squared distances between rows overflow a double; standardise or rescale the data");
      }
    }
  }

  /** @return slots in use, live or dead; scans run over {@code [0, slotCount())} */
  int slotCount() {
    return slots;
  }

  /** @return number of live clusters */
  int liveCount() {
    return live;
  }

  /**
   * @param label a live cluster's label
   * @return its slot
   */
  int slot(int label) {
    return slotOf[label];
  }

  /** @return the label of the live cluster in the lowest slot, which is the smallest live label */
  int smallestLiveLabel() {
    int s = 0;
    while (sizes[s] == 0) {
      s++;
    }
    return labels[s];
  }

  /**
   * Squared Euclidean distance between the centroids in two slots (symmetric to the last bit).
   *
   * @param a a slot
   * @param b a slot
   * @return the squared distance
   */
  double squaredDistance(int a, int b) {
    return squaredDistance(points, a * d, points, b * d, d);
  }

  /**
   * Squared Euclidean distance from a point to the centroid in a slot, summed in the same order as
   * {@link #squaredDistance(int, int)}.
   *
   * @param point d coordinates
   * @param b a slot
   * @return the squared distance
   */
  double squaredDistance(double[] point, int b) {
    return squaredDistance(point, 0, points, b * d, d);
  }

  private static double squaredDistance(double[] a, int oa, double[] b, int ob, int d) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double t = a[oa + j] - b[ob + j];
      s += t * t;
    }
    return s;
  }

  /**
   * Copies the centroid in a slot.
   *
   * @param slot the slot
   * @param into d values, overwritten
   */
  void copyCentroid(int slot, double[] into) {
    System.arraycopy(points, slot * d, into, 0, d);
  }

  /**
   * Merges the cluster labelled {@code a} into the one labelled {@code b}: b's centroid becomes
   * {@code (wa ca + wb cb) / (wa + wb)}, its size the sum, and a is removed.
   *
   * @param a label of the cluster removed
   * @param b label of the cluster kept
   * @param weightA weight of a's centroid
   * @param weightB weight of b's centroid
   */
  void merge(int a, int b, double weightA, double weightB) {
    int sa = slotOf[a];
    int sb = slotOf[b];
    double total = weightA + weightB;
    for (int j = 0; j < d; j++) {
      points[sb * d + j] = (weightA * points[sa * d + j] + weightB * points[sb * d + j]) / total;
    }
    sizes[sb] += sizes[sa];
    remove(a);
  }

  /**
   * Removes a live cluster, leaving a dead slot.
   *
   * @param label its label
   */
  void remove(int label) {
    int s = slotOf[label];
    sizes[s] = 0;
    slotOf[label] = -1;
    live--;
  }

  /**
   * Squeezes dead slots out, in place and in label order, when more than an eighth of the slots are dead
   * (scans then read at most 8/7 of the live slots, and a squeeze, which costs about one scan, happens once every
   * live/7 removals or so). Slots change: call it only between scans.
   */
  void squeezeIfSparse() {
    if (8L * (slots - live) <= slots) {
      return;
    }
    int w = 0;
    for (int s = 0; s < slots; s++) {
      if (sizes[s] == 0) {
        continue;
      }
      if (w != s) {
        System.arraycopy(points, s * d, points, w * d, d);
        labels[w] = labels[s];
        sizes[w] = sizes[s];
        if (values != null) {
          values[w] = values[s];
        }
      }
      slotOf[labels[w]] = w;
      w++;
    }
    slots = w;
  }
}
