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
 * triangle inequality proves {@code a} still strictly nearest and the row costs O(1). Otherwise {@code u} is
 * tightened with one exact distance and the test repeated; only if that fails does a full search find the
 * nearest and second-nearest centres (resetting {@code u} and {@code l}). When centres move, {@code u} grows by
 * the assigned centre's movement and {@code l} shrinks by the largest movement of any other centre; these
 * updates are applied lazily, while the next assignment visits the row, so the bounds cost one pass over the
 * rows. For k &lt;= 256 the full search borrows Phillips' sort-means idea: it visits the other centres in order
 * of their distance from {@code a} (lists sorted once per iteration) and stops when the triangle inequality
 * puts all remaining centres beyond the second-nearest found.
 *
 * <p>Exactness: bound tests are strict and carry a rounding margin ({@link DistanceBounds}); whenever they fail,
 * the exact squared distances of {@link VectorMath} decide, ties to the lowest centre index, as in Lloyd.
 *
 * <p>Cost per iteration: O(n + k^2 (d + log k)) plus O(k d) for each row whose bounds fail (O(n k d) at
 * worst, as Lloyd). Memory: 2 doubles per row (16 n bytes), plus 20 k^2 bytes for the sorted lists when
 * k &lt;= 256 (at most 1.3 MB).
 */
@Reference(authors = "G. Hamerly", title = "Making k-means even faster",
    venue = "Proceedings of the 2010 SIAM International Conference on Data Mining (SDM)", year = 2010,
    url = "https://doi.org/10.1137/1.9781611972801.12")
@Reference(authors = "S. J. Phillips", title = "Acceleration of k-means and related clustering algorithms",
    venue = "Algorithm Engineering and Experiments (ALENEX 2002), LNCS 2409", year = 2002,
    url = "https://doi.org/10.1007/3-540-45643-0_13")
final class HamerlyKMeans extends LloydKMeans {

  /** The Hamerly variant. */
  static final HamerlyKMeans INSTANCE = new HamerlyKMeans();

  private HamerlyKMeans() {
  }

  @Override
  AssignmentStep newAssignmentStep(KMeansProblem problem) {
    return new BoundedAssignment(problem);
  }

  /** Largest k for which the full search visits centres sorted by distance (20 k^2 bytes of lists). */
  private static final int MAX_SORTED_K = 256;

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
    /** k*k lower bounds on half the centre-centre distances, or null when k is too large to sort. */
    private final double[] halfPairs;
    /** k*(k-1): for centre a at a*(k-1), the other centres by increasing distance from a; or null. */
    private final int[] neighbours;
    /** Same layout: non-decreasing lower bounds on half those distances. */
    private final double[] neighbourHalf;
    private final long[] sortKeys;
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
      boolean sorted = k <= MAX_SORTED_K;
      halfPairs = sorted ? new double[k * k] : null;
      neighbours = sorted ? new int[k * (k - 1)] : null;
      neighbourHalf = sorted ? new double[k * (k - 1)] : null;
      sortKeys = sorted ? new long[k - 1] : null;
    }

    @Override
    public int assign(double[] centers, int[] labels) {
      bounds.centerGeometry(centers, k, d, halfPairs, halfNearest);
      if (neighbours != null) {
        sortNeighbours();
      }
      int changed = 0;
      if (!boundsSet) {
        for (int i = 0; i < n; i++) {
          changed += search(i, centers, labels, 0, VectorMath.squaredDistance(x, i * d, centers, 0, d));
        }
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
        double limit = Math.max(halfNearest[a], l);
        if (u * inflate < limit) {
          upper[i] = u;
          lower[i] = l;
          continue;
        }
        double sqA = VectorMath.squaredDistance(x, i * d, centers, a * d, d);
        u = bounds.upper(sqA);
        if (u * inflate < limit) {
          upper[i] = u;
          lower[i] = l;
          continue;
        }
        changed += search(i, centers, labels, a, sqA);
      }
      Arrays.fill(drift, 0.0);
      return changed;
    }

    /**
     * For each centre, sorts the others by the half-distance bound. The key is the bound's bit pattern (order-
     * preserving for non-negative doubles) with the low bits replaced by the centre index; the bound kept is the
     * key's value without the index bits, which is never above the real bound, so it stays a lower bound.
     */
    private void sortNeighbours() {
      long mask = Long.highestOneBit(k) * 2 - 1;
      for (int a = 0; a < k; a++) {
        int t = 0;
        for (int c = 0; c < k; c++) {
          if (c != a) {
            sortKeys[t++] = Double.doubleToRawLongBits(Math.max(0.0, halfPairs[a * k + c])) & ~mask | c;
          }
        }
        Arrays.sort(sortKeys);
        int base = a * (k - 1);
        for (t = 0; t < k - 1; t++) {
          neighbours[base + t] = (int) (sortKeys[t] & mask);
          neighbourHalf[base + t] = Double.longBitsToDouble(sortKeys[t] & ~mask);
        }
      }
    }

    /**
     * Exact search for row i's nearest centre, starting from centre a (squared distance sqA), resetting both
     * bounds. With sorted lists it visits the other centres by increasing distance from a and stops once the
     * triangle inequality puts all remaining centres strictly beyond the second-nearest found, which cannot
     * change the result: the nearest is the lowest index among the smallest exact squared distances, as in
     * Lloyd, and the lower bound stays below every other centre.
     *
     * @return 1 if the label changed, else 0
     */
    private int search(int i, double[] centers, int[] labels, int a, double sqA) {
      int off = i * d;
      int best = a;
      double bestSq = sqA;
      double secondSq = Double.POSITIVE_INFINITY;
      double secondReach = Double.POSITIVE_INFINITY;
      double reachA = bounds.upper(sqA);
      int base = a * (k - 1);
      for (int t = 0; t < k - 1; t++) {
        int c;
        if (neighbours != null) {
          if (2 * neighbourHalf[base + t] - reachA > secondReach) {
            break;
          }
          c = neighbours[base + t];
        } else {
          c = t < a ? t : t + 1;
        }
        double sq = VectorMath.squaredDistance(x, off, centers, c * d, d);
        if (sq < bestSq || (sq == bestSq && c < best)) {
          secondSq = bestSq;
          best = c;
          bestSq = sq;
        } else if (sq < secondSq) {
          secondSq = sq;
        } else {
          continue;
        }
        secondReach = bounds.upper(secondSq) * bounds.inflate;
      }
      upper[i] = bounds.upper(bestSq);
      lower[i] = bounds.lower(secondSq);
      if (labels[i] == best) {
        return 0;
      }
      labels[i] = best;
      return 1;
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
