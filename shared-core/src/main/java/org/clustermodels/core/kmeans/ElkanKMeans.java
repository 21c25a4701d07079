package org.clustermodels.core.kmeans;

import java.util.Arrays;
import org.clustermodels.core.Reference;

/**
 * Elkan's exact acceleration of Lloyd's algorithm: the same iterations, labels and centres as
 * {@link LloydKMeans} from the same start, with most distance computations skipped.
 *
 * <p>Idea: each row keeps an upper bound {@code u} on the distance to its assigned centre {@code a} and k lower
 * bounds {@code l(c)}, one per centre; every iteration computes all centre-centre distances. A row is skipped
 * when {@code u} is below half the distance from {@code a} to its nearest other centre; otherwise centre
 * {@code c} is skipped when {@code u} is below {@code l(c)} or below half the distance between {@code a} and
 * {@code c} (triangle inequality). The first centre that survives makes {@code u} exact (one distance
 * computation); each further survivor costs one distance, which also resets its {@code l(c)}. When centres
 * move, {@code u} grows by the assigned centre's movement and each {@code l(c)} shrinks by centre {@code c}'s
 * movement; these updates are applied lazily, while the next assignment visits the row.
 *
 * <p>Exactness: bound tests are strict and carry a rounding margin ({@link DistanceBounds}); surviving centres
 * are compared by the exact squared distances of {@link VectorMath}, ties to the lowest centre index, as in
 * Lloyd.
 *
 * <p>Cost per iteration: O(n k + k^2 d) for the bound updates and centre distances, plus O(d) per distance
 * that the bounds cannot rule out. Memory: k + 1 doubles per row, i.e. {@code 8 n (k + 1)} bytes (80 MB for
 * n = 1,000,000 and k = 9), plus O(k^2); for large k prefer {@link HamerlyKMeans} when memory is tight.
 */
@Reference(authors = "C. Elkan", title = "Using the triangle inequality to accelerate k-means",
    venue = "Proceedings of the 20th International Conference on Machine Learning (ICML)", year = 2003,
    url = "https://cdn.aaai.org/ICML/2003/ICML03-022.pdf")
final class ElkanKMeans extends LloydKMeans {

  /** The Elkan variant. */
  static final ElkanKMeans INSTANCE = new ElkanKMeans();

  private ElkanKMeans() {
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
    /** n*k: lower bound on the distance from row i to centre c at i*k+c. */
    private final double[] lower;
    /** Per centre: upper bound on its movement since the last assignment. */
    private final double[] drift;
    /** k*k: lower bound on half the distance between centres a and c at a*k+c. */
    private final double[] halfPairs;
    /** Per centre: lower bound on half the distance to its nearest other centre. */
    private final double[] halfNearest;
    private boolean boundsSet;

    BoundedAssignment(KMeansProblem p) {
      x = p.x();
      n = p.n();
      d = p.d();
      k = p.k();
      bounds = new DistanceBounds(d);
      upper = new double[n];
      lower = new double[Math.multiplyExact(n, k)];
      drift = new double[k];
      halfPairs = new double[k * k];
      halfNearest = new double[k];
    }

    @Override
    public int assign(double[] centers, int[] labels, ChangedRows rows) {
      bounds.centerGeometry(centers, k, d, halfPairs, halfNearest);
      int changed = 0;
      if (!boundsSet) {
        for (int i = 0; i < n; i++) {
          if (fullSearch(i, centers, labels) != 0) {
            rows.add(i);
            changed++;
          }
        }
        boundsSet = true;
        Arrays.fill(drift, 0.0);
        return changed;
      }
      double inflate = bounds.inflate;
      double deflate = bounds.deflate;
      for (int i = 0; i < n; i++) {
        int base = i * k;
        for (int c = 0; c < k; c++) {
          lower[base + c] = (lower[base + c] - drift[c]) * deflate;
        }
        int a0 = labels[i];
        double u = (upper[i] + drift[a0]) * inflate;
        if (u * inflate < halfNearest[a0]) {
          upper[i] = u;
          continue;
        }
        int a = a0;
        double sqA = 0;
        boolean tight = false;
        for (int c = 0; c < k; c++) {
          if (c == a || c == a0) { // a0, once beaten, stays beaten
            continue;
          }
          double limit = Math.max(lower[base + c], halfPairs[a * k + c]);
          if (u * inflate < limit) {
            continue;
          }
          if (!tight) {
            sqA = VectorMath.squaredDistance(x, i * d, centers, a * d, d);
            u = bounds.upper(sqA);
            lower[base + a] = bounds.lower(sqA);
            tight = true;
            if (u * inflate < limit) {
              continue;
            }
          }
          double sq = VectorMath.squaredDistance(x, i * d, centers, c * d, d);
          lower[base + c] = bounds.lower(sq);
          if (sq < sqA || (sq == sqA && c < a)) {
            a = c;
            sqA = sq;
            u = bounds.upper(sq);
          }
        }
        upper[i] = u;
        if (a != a0) {
          labels[i] = a;
          rows.add(i);
          changed++;
        }
      }
      Arrays.fill(drift, 0.0);
      return changed;
    }

    /** Exhaustive search for row i, setting all its bounds; @return 1 if the label changed, else 0 */
    private int fullSearch(int i, double[] centers, int[] labels) {
      int off = i * d;
      int base = i * k;
      int best = 0;
      double bestSq = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        double sq = VectorMath.squaredDistance(x, off, centers, c * d, d);
        lower[base + c] = bounds.lower(sq);
        if (c == 0 || sq < bestSq) {
          bestSq = sq;
          best = c;
        }
      }
      upper[i] = bounds.upper(bestSq);
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
    }
  }
}
