package org.clustermodels.core.kmeans;

import java.util.Arrays;
import org.clustermodels.core.Reference;

/**
 * Hamerly's exact acceleration of Lloyd's algorithm: the same iterations, labels and centres as
 * {@link LloydKMeans} from the same start, with most distance computations skipped.
 *
 * <p>Idea: each row keeps an upper bound {@code u} on the distance to its assigned centre {@code a} and ONE lower
 * bound {@code l} on the distance to every other centre; and {@code s(a)} is half the distance from {@code a} to
 * its nearest other centre (computed once per iteration, k(k-1)/2 distances). If {@code u < max(s(a), l)} the
 * triangle inequality proves {@code a} still strictly nearest and the row costs O(1). When centres move,
 * {@code u} grows by the assigned centre's movement and {@code l} shrinks by the largest movement of any other
 * centre; these updates are applied lazily, while the next assignment visits the row, so the bounds cost one
 * pass over the rows.
 *
 * <p>The rows whose test fails are not searched one by one: they are collected into a {@link RowBlock} and
 * their distances to all k centres computed together, in a layout the JIT compiler vectorises, which costs
 * less than Hamerly's tighten-then-search on one row at a time (two exact tests, data-dependent branches) for
 * the k this variant is chosen for; the nearest and second-nearest distances then reset both bounds.
 *
 * <p>Exactness: bound tests are strict and carry a rounding margin ({@link DistanceBounds}); whenever they fail,
 * the exact squared distances (bit-identical to {@link VectorMath#squaredDistance}) decide, ties to the lowest
 * centre index, as in Lloyd.
 *
 * <p>Cost per iteration: O(n + k^2 d) plus O(k d) for each row whose bounds fail (O(n k d) at worst, as Lloyd).
 * Memory: 2 doubles per row (16 n bytes), plus one row block.
 */
@Reference(authors = "G. Hamerly", title = "Making k-means even faster",
    venue = "Proceedings of the 2010 SIAM International Conference on Data Mining (SDM)", year = 2010,
    url = "https://doi.org/10.1137/1.9781611972801.12")
final class HamerlyKMeans extends LloydKMeans {

  /** The Hamerly variant. */
  static final HamerlyKMeans INSTANCE = new HamerlyKMeans();

  private HamerlyKMeans() {
  }

  @Override
  AssignmentStep newAssignmentStep(KMeansProblem problem) {
    return new BoundedAssignment(problem);
  }

  /** One run's bounds. */
  private static final class BoundedAssignment implements AssignmentStep {
    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final DistanceBounds bounds;
    /** Upper bound on the distance from each row to its assigned centre. */
    private final double[] upper;
    /** Lower bound on the distance from each row to every centre but its own. */
    private final double[] lower;
    /** Per centre: upper bound on its movement since the last assignment. */
    private final double[] drift;
    /** Per centre: lower bound on half the distance to its nearest other centre. */
    private final double[] halfNearest;
    /** Rows whose bounds failed, searched together. */
    private final RowBlock block;
    private boolean boundsSet;

    BoundedAssignment(KMeansProblem p) {
      x = p.x();
      n = p.n();
      d = p.d();
      k = p.k();
      bounds = new DistanceBounds(d);
      upper = new double[n];
      lower = new double[n];
      drift = new double[k];
      halfNearest = new double[k];
      block = new RowBlock(d, k);
    }

    @Override
    public int assign(double[] centers, int[] labels, ChangedRows rows) {
      bounds.centerGeometry(centers, k, d, null, halfNearest);
      int changed = 0;
      if (!boundsSet) {
        for (int i = 0; i < n; i++) {
          if (block.add(i)) {
            changed += flush(centers, labels, rows);
          }
        }
        changed += flush(centers, labels, rows);
        boundsSet = true;
        Arrays.fill(drift, 0.0);
        return changed;
      }
      int farthest = 0;
      for (int c = 1; c < k; c++) {
        if (drift[c] > drift[farthest]) {
          farthest = c;
        }
      }
      double maxDrift = drift[farthest];
      double secondDrift = 0;
      for (int c = 0; c < k; c++) {
        if (c != farthest) {
          secondDrift = Math.max(secondDrift, drift[c]);
        }
      }
      double inflate = bounds.inflate;
      double deflate = bounds.deflate;
      for (int i = 0; i < n; i++) {
        int a = labels[i];
        double u = (upper[i] + drift[a]) * inflate;
        double l = (lower[i] - (a == farthest ? secondDrift : maxDrift)) * deflate;
        // Stored even when the test fails (the search then overwrites them): no branch on the test.
        upper[i] = u;
        lower[i] = l;
        if (block.addIf(i, !(u * inflate < Math.max(halfNearest[a], l)))) {
          changed += flush(centers, labels, rows);
        }
      }
      changed += flush(centers, labels, rows);
      Arrays.fill(drift, 0.0);
      return changed;
    }

    /**
     * Searches the collected rows: nearest centre (lowest index among equal squared distances, as Lloyd) and
     * second-nearest distance, which reset both bounds; empties the block.
     *
     * @return the number of rows whose label changed
     */
    private int flush(double[] centers, int[] labels, ChangedRows rows) {
      int m = block.count();
      if (m == 0) {
        return 0;
      }
      block.compute(x, centers);
      block.bounds(bounds);
      int changed = 0;
      for (int r = 0; r < m; r++) {
        int i = block.row(r);
        upper[i] = block.upperBound(r);
        lower[i] = block.lowerBound(r);
        int best = block.nearest(r);
        if (labels[i] != best) {
          labels[i] = best;
          rows.add(i);
          changed++;
        }
      }
      block.clear();
      return changed;
    }

    @Override
    public void centersMoved(double[] oldCenters, double[] newCenters) {
      bounds.addDrift(oldCenters, newCenters, k, d, drift);
    }

    @Override
    public void invalidate(int row) {
      upper[row] = Double.POSITIVE_INFINITY;
      lower[row] = Double.NEGATIVE_INFINITY;
    }
  }
}
