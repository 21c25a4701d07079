package org.clustermodels.core.hierarchy;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.clustermodels.core.Reference;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * DIANA, divisive analysis (Kaufman and Rousseeuw 1990, ch. 6), on any dissimilarity, as R's
 * {@code cluster::diana}. Starting from all rows, it splits the cluster with the largest diameter (the largest
 * dissimilarity inside it; ties: the cluster made first) until every row stands alone. A split is the
 * splinter-group procedure of Macnaughton-Smith et al. (1964): the row with the largest average dissimilarity to
 * the others starts the splinter group; then, while some row's average dissimilarity to the rest of the cluster
 * minus its average dissimilarity to the splinter group is positive, the row with the largest such difference
 * moves over. The height of a split is the diameter of the split cluster, so heights never increase downwards.
 *
 * <p>Ties are broken as R does, so that the tree is R's also on data with duplicated rows or distances: the rows
 * of every cluster are kept in increasing row number (R keeps the rest of a split cluster in its order and sorts
 * the splinter group), sums run over them in that order, and among equal values the lowest row number wins. The
 * differences are updated incrementally (O(m) per moved row instead of R's O(m^2)); when two candidates, or the
 * best difference and 0, lie within the rounding error of that update, they are recomputed from scratch in R's
 * summation order, so the choice is R's to the last bit.
 *
 * <p>Output: the splits, read backwards, are the merges of a {@link Dendrogram} (SciPy convention); the heights
 * are the diameters. Complexity: O(m^2) time for a cluster of m rows, so O(n^2) per level of the tree and
 * O(n^3) in the worst case (a chain of single-row splits); O(n) memory besides the n(n-1)/2 distances.
 *
 * <p>Stateless and thread-safe.
 */
@Reference(authors = "L. Kaufman, P. J. Rousseeuw",
    title = "Finding Groups in Data: An Introduction to Cluster Analysis (ch. 6, Divisive Analysis)",
    venue = "John Wiley & Sons", year = 1990, url = "https://doi.org/10.1002/9780470316801")
@Reference(authors = "P. Macnaughton-Smith, W. T. Williams, M. B. Dale, L. G. Mockett",
    title = "Dissimilarity analysis: a new technique of hierarchical sub-division", venue = "Nature 202",
    year = 1964, url = "https://doi.org/10.1038/2021034a0")
public final class Diana {
  /** Rounding bound per operation, 2^-52. */
  private static final double ULP = Math.ulp(1.0);

  /**
   * Builds the DIANA tree of the rows of a dissimilarity matrix.
   *
   * @param distances the dissimilarities of n &gt;= 2 rows
   * @param monitor progress (splits done) and cancellation
   * @return the tree (n - 1 merges, heights = diameters), the divisive coefficient, and labels 0..n-1
   * @throws IllegalArgumentException if n &lt; 2
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the fit
   */
  public DivisiveResult fit(CondensedDistances distances, ProgressMonitor monitor) {
    int n = distances.size();
    if (n < 2) {
      throw new IllegalArgumentException("the data has only one row; DIANA needs at least 2 rows");
    }
    Dendrogram tree = new Run(distances, monitor).splitAll();
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i;
    }
    return new DivisiveResult(DivisiveMethod.DIANA, tree, labels, true);
  }

  /**
   * A cluster waiting to be split: its rows in increasing order, each row's summed dissimilarity to the others
   * (summed in that order), its diameter, and a sequence number for ties.
   */
  private record Cluster(int[] rows, double[] rowSums, double diameter, int seq) {
  }

  /** The state of one fit. */
  private static final class Run {
    private final double[] d;
    private final int n;
    private final ProgressMonitor monitor;
    private int nextSeq;

    Run(CondensedDistances distances, ProgressMonitor monitor) {
      this.d = distances.backing();
      this.n = distances.size();
      this.monitor = monitor;
    }

    double dist(int a, int b) {
      if (a == b) {
        return 0.0;
      }
      return a < b ? d[CondensedDistances.index(n, a, b)] : d[CondensedDistances.index(n, b, a)];
    }

    Dendrogram splitAll() {
      int m = n - 1;
      int[] repA = new int[m];
      int[] repB = new int[m];
      double[] heights = new double[m];
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      PriorityQueue<Cluster> queue = new PriorityQueue<>(
          Comparator.comparingDouble(Cluster::diameter).reversed().thenComparingInt(Cluster::seq));
      queue.add(describe(all));
      int step = Math.max(1, m / 100);
      for (int s = 0; s < m; s++) {
        monitor.checkCancelled();
        Cluster c = queue.remove();
        int[][] halves = split(c);
        // merges are written bottom-up: split s becomes merge m - 1 - s
        repA[m - 1 - s] = halves[0][0];
        repB[m - 1 - s] = halves[1][0];
        heights[m - 1 - s] = c.diameter();
        for (int[] half : halves) {
          if (half.length > 1) {
            queue.add(describe(half));
          }
        }
        if ((s + 1) % step == 0 || s == m - 1) {
          monitor.progress((s + 1.0) / m, "DIANA split " + (s + 1) + " of " + m);
        }
      }
      // already ascending; the stable sort keeps a child before its parent when their diameters tie
      return Dendrogram.fromRowMerges(n, repA, repB, heights, true);
    }

    /** Sums each row's dissimilarities to the others in increasing row order (as R does), and the diameter. */
    Cluster describe(int[] rows) {
      int m = rows.length;
      double[] sums = new double[m];
      double diameter = 0;
      for (int p = 0; p < m; p++) {
        if ((p & 255) == 255) {
          monitor.checkCancelled();
        }
        int a = rows[p];
        double own = sums[p];
        for (int q = p + 1; q < m; q++) {
          double v = dist(a, rows[q]);
          own += v;
          sums[q] += v; // row q receives its terms in the cluster's order too: p ascending
          if (v > diameter) {
            diameter = v;
          }
        }
        sums[p] = own;
      }
      return new Cluster(rows, sums, diameter, nextSeq++);
    }

    /**
     * The splinter-group split of one cluster.
     *
     * @return {rest of the cluster, splinter group}, both in increasing row order
     */
    int[][] split(Cluster c) {
      int[] rows = c.rows();
      double[] sd = c.rowSums();
      int m = rows.length;
      int first = 0;
      double maxSum = sd[0];
      for (int p = 1; p < m; p++) {
        if (sd[p] > sd[first]) {
          first = p;
        }
        maxSum = Math.max(maxSum, sd[p]);
      }
      // positions into rows[], both lists in increasing row order
      int[] rest = new int[m - 1];
      int restCount = 0;
      int[] splinter = new int[m];
      int splinterCount = 1;
      splinter[0] = first;
      double[] sumRest = new double[m];
      double[] sumSplinter = new double[m];
      for (int p = 0; p < m; p++) {
        if (p != first) {
          double v = dist(rows[p], rows[first]);
          sumRest[p] = sd[p] - v;
          sumSplinter[p] = v;
          rest[restCount++] = p;
        }
      }
      // |incremental sum - R's fresh sum| <= (3m + 4) u sd[p]: within tol of each other, recompute
      double errorPerMean = 4.0 * (m + 2) * ULP * maxSum;
      while (restCount > 1) {
        int at = nextToMove(rows, rest, restCount, splinter, splinterCount, sumRest, sumSplinter, errorPerMean);
        if (at < 0) {
          break;
        }
        int moved = rest[at];
        System.arraycopy(rest, at + 1, rest, at, restCount - at - 1);
        restCount--;
        int q = splinterCount++;
        while (q > 0 && rows[splinter[q - 1]] > rows[moved]) {
          splinter[q] = splinter[q - 1];
          q--;
        }
        splinter[q] = moved;
        for (int r = 0; r < restCount; r++) {
          int p = rest[r];
          double v = dist(rows[p], rows[moved]);
          sumRest[p] -= v;
          sumSplinter[p] += v;
        }
      }
      return new int[][] {select(rows, rest, restCount), select(rows, splinter, splinterCount)};
    }

    /**
     * R's choice of the next row to move: the lowest row number with the largest positive
     * difference of average dissimilarities, or -1 when no difference is positive.
     */
    private int nextToMove(int[] rows, int[] rest, int restCount, int[] splinter, int splinterCount,
        double[] sumRest, double[] sumSplinter, double errorPerMean) {
      double restDivisor = restCount - 1;
      double splinterDivisor = splinterCount;
      double tol = errorPerMean * (1 / restDivisor + 1 / splinterDivisor);
      double best = Double.NEGATIVE_INFINITY;
      int bestAt = -1;
      for (int r = 0; r < restCount; r++) {
        int p = rest[r];
        double diff = sumRest[p] / restDivisor - sumSplinter[p] / splinterDivisor;
        if (diff > best) {
          best = diff;
          bestAt = r;
        }
      }
      if (best + tol <= 0) {
        return -1;
      }
      int close = 0;
      for (int r = 0; r < restCount && close < 2; r++) {
        int p = rest[r];
        if (sumRest[p] / restDivisor - sumSplinter[p] / splinterDivisor >= best - 2 * tol) {
          close++;
        }
      }
      if (close == 1 && best - tol > 0) {
        return bestAt;
      }
      // too close to call with the incremental sums: recompute the close candidates as R sums them
      double freshBest = -1;
      int freshAt = -1;
      for (int r = 0; r < restCount; r++) {
        int p = rest[r];
        if (sumRest[p] / restDivisor - sumSplinter[p] / splinterDivisor < best - 2 * tol) {
          continue;
        }
        double a = 0;
        for (int s = 0; s < restCount; s++) {
          a += dist(rows[p], rows[rest[s]]);
        }
        double b = 0;
        for (int s = 0; s < splinterCount; s++) {
          b += dist(rows[p], rows[splinter[s]]);
        }
        double diff = a / restDivisor - b / splinterDivisor;
        if (diff > freshBest) {
          freshBest = diff;
          freshAt = r;
        }
      }
      return freshBest > 0 ? freshAt : -1;
    }

    private static int[] select(int[] rows, int[] positions, int count) {
      int[] out = new int[count];
      for (int i = 0; i < count; i++) {
        out[i] = rows[positions[i]];
      }
      return out;
    }
  }
}
