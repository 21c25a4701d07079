package org.clustermodels.core.hierarchy;

import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.distance.DistanceMetric;

/**
 * The working store of the vector-based (O(n d) memory) agglomerative methods: one centroid of d doubles, a
 * size and a label per live cluster, in slots ordered by label. The label of a cluster is a row inside it (its
 * SciPy slot index: the cluster made by merging clusters with labels a &lt; b takes label b), so labels double as
 * the representative rows that {@link Dendrogram#fromRowMerges} reads.
 *
 * <p>The centroids are stored column by column, so that the distances from one point to many slots, which every
 * scan needs, are computed by {@link #squaredDistances} in loops over contiguous arrays that the JIT compiles to
 * vector instructions, with each value bit-identical to the one-pair {@link #squaredDistance(int, int)}.
 *
 * <p>Removed clusters leave a dead slot (size 0, centroid +infinity) that scans skip; when more than an eighth of
 * the slots are dead
 * they are squeezed out in place, keeping label order, so a scan reads few dead slots, and
 * ties between equal distances can be broken by the smallest slot, which is the smallest label. Per-run state,
 * not thread-safe: parallel scans only read it, or write disjoint slots of {@link #values}.
 *
 * <p>Memory: at most {@code 8 n d + 20 n} bytes (the centroids are a copy of the data, transposed; the input is
 * never modified).
 */
final class VectorClusters {
  /** Number of columns. */
  final int d;
  /**
   * Centroids column by column: coordinate j of the cluster in slot s at {@code columns[j][s]}, so that the
   * distances from one point to a range of slots run down contiguous arrays (loops the JIT vectorises; one array
   * per column, because the JIT does not vectorise loops that read one array at several offsets).
   */
  private final double[][] columns;
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
    columns = new double[d][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        columns[j][i] = data.get(i, j);
      }
    }
    requireSquaredDistancesFinite(columns, n, d);
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
  private static void requireSquaredDistancesFinite(double[][] columns, int n, int d) {
    double diagonal = 0;
    for (int j = 0; j < d; j++) {
      double lo = columns[j][0];
      double hi = lo;
      for (int i = 1; i < n; i++) {
        double v = columns[j][i];
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
   * Squared Euclidean distance between the centroids in two slots (symmetric to the last bit: the differences
   * only change sign).
   *
   * @param a a slot
   * @param b a slot
   * @return the squared distance, summed over the coordinates in order
   */
  double squaredDistance(int a, int b) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double t = columns[j][a] - columns[j][b];
      s += t * t;
    }
    return s;
  }

  /**
   * Squared Euclidean distances from a point to the centroids in a range of slots, each summed over the
   * coordinates in the same order as {@link #squaredDistance(int, int)}, so every value is bit-identical to a
   * one-pair call. Dead slots in the range get +infinity.
   *
   * <p>The sums run down the columns, four coordinates per pass over the range, in loops without branches that
   * the JIT turns into vector instructions (the kernel of {@link DistanceMetric#SQEUCLIDEAN}'s
   * {@code distancesFrom}); each slot's additions still happen one coordinate after the other, from the first,
   * so the order (and every bit) is that of the one-pair loop.
   *
   * @param point d coordinates
   * @param from first slot
   * @param to slot after the last
   * @param out receives the distance to slot s at {@code out[s]}; other positions are left alone
   */
  void squaredDistances(double[] point, int from, int to, double[] out) {
    // the pairwise-distance kernel: (c - v)^2 there, (v - c)^2 in the one-pair sum, the same bits
    DistanceMetric.SQEUCLIDEAN.distancesFrom(columns, point, from, to, out);
  }

  /**
   * {@link #squaredDistances(double[], int, int, double[])} from the centroid in a slot.
   *
   * @param slot the slot whose centroid is the point; not changed during the call
   * @param from first slot
   * @param to slot after the last
   * @param out receives the distance to slot s at {@code out[s]}
   */
  void squaredDistancesFrom(int slot, int from, int to, double[] out) {
    double[] point = new double[d];
    copyCentroid(slot, point);
    squaredDistances(point, from, to, out);
  }

  /**
   * Copies the centroid in a slot.
   *
   * @param slot the slot
   * @param into d values, overwritten
   */
  void copyCentroid(int slot, double[] into) {
    for (int j = 0; j < d; j++) {
      into[j] = columns[j][slot];
    }
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
    for (double[] c : columns) {
      c[sb] = (weightA * c[sa] + weightB * c[sb]) / total;
    }
    sizes[sb] += sizes[sa];
    remove(a);
  }

  /**
   * Removes a live cluster, leaving a dead slot whose centroid is +infinity in every coordinate, so that its
   * squared distance to any point is +infinity and scans may take minima without looking at the sizes.
   *
   * @param label its label
   */
  void remove(int label) {
    int s = slotOf[label];
    for (double[] c : columns) {
      c[s] = Double.POSITIVE_INFINITY;
    }
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
        for (double[] c : columns) {
          c[w] = c[s];
        }
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
