package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The cophenetic correlation coefficient of a dendrogram: the Pearson correlation between the input distances and
 * the {@link CopheneticDistances cophenetic distances} over all n(n-1)/2 pairs, as SciPy's
 * {@code cophenet(Z, Y)[0]}, which computes {@code sum(a b) / sqrt(sum(a^2) sum(b^2))} for the mean-centred
 * vectors a and b. Values near 1 mean the tree preserves the distances well.
 *
 * <p>{@link #of} never builds the cophenetic matrix: O(n^2) time, O(n) extra memory, so it works for any n whose
 * input distances fit in memory. The mean of the cophenetic distances, and their sum of squares about it, come
 * from the merges alone (merge t gives its height to |left| x |right| pairs); one pass over the input gives its
 * mean, a second its centred sums, with the cophenetic distances of each row generated on the fly.
 * {@link #pearson} correlates two given condensed matrices. Both sum each row plainly and add the row sums with
 * Neumaier's compensated summation.
 */
@Reference(authors = "R. R. Sokal, F. J. Rohlf", title = "The comparison of dendrograms by objective methods",
    venue = "Taxon 11(2):33-40", year = 1962, url = "https://doi.org/10.2307/1217208")
public final class CopheneticCorrelation {
  private CopheneticCorrelation() {
  }

  /**
   * The cophenetic correlation of a tree with the distances it was built from, in O(n) extra memory.
   *
   * @param tree the dendrogram over n rows
   * @param distances the input distances of the same n rows
   * @param monitor receives progress; cancellation throws
   * @return the correlation in [-1, 1]; NaN if either side has no variance (n <= 2, all heights equal or all
   *     distances equal)
   * @throws IllegalArgumentException if the sizes differ
   * @throws org.clustermodels.core.progress.CancelledException if the monitor asked to stop
   */
  public static double of(Dendrogram tree, CondensedDistances distances, ProgressMonitor monitor) {
    int n = tree.leafCount();
    if (distances.size() != n) {
      throw new IllegalArgumentException("the dendrogram has " + n + " rows but the distance matrix has "
          + distances.size() + "; give the distances the tree was built from");
    }
    double pairs = (double) n * (n - 1) / 2;
    double meanY = sum(distances.backing()) / pairs;
    Sum z = new Sum();
    for (int t = 0; t < n - 1; t++) {
      z.add(tree.height(t) * pairCount(tree, t));
    }
    double meanZ = z.value() / pairs;
    Sum zz = new Sum();
    for (int t = 0; t < n - 1; t++) {
      double c = tree.height(t) - meanZ;
      zz.add(c * c * pairCount(tree, t));
    }
    double[] y = distances.backing();
    CopheneticRows rows = new CopheneticRows(tree);
    double[] byPosition = new double[n];
    Sum yz = new Sum();
    Sum yy = new Sum();
    int p = 0;
    for (int i = 0; i < n; i++) {
      rows.fill(i, byPosition);
      double rowYz = 0;
      double rowYy = 0;
      for (int j = i + 1; j < n; j++) {
        double a = y[p++] - meanY;
        rowYz += a * (byPosition[rows.position(j)] - meanZ);
        rowYy += a * a;
      }
      yz.add(rowYz);
      yy.add(rowYy);
      rows.report(monitor, i, "cophenetic correlation");
    }
    return yz.value() / Math.sqrt(yy.value() * zz.value());
  }

  /**
   * The Pearson correlation of two condensed matrices over the same rows, as SciPy's {@code cophenet(Z, Y)[0]}
   * computes it from {@code cophenet(Z)} and Y.
   *
   * @param a one matrix, e.g. {@link CopheneticDistances#of}
   * @param b the other, e.g. the input distances
   * @return the correlation in [-1, 1]; NaN if either has no variance
   * @throws IllegalArgumentException if the sizes differ
   */
  public static double pearson(CondensedDistances a, CondensedDistances b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("the distance matrices have " + a.size() + " and " + b.size()
          + " rows; both must describe the same rows");
    }
    int n = a.size();
    double[] x = a.backing();
    double[] y = b.backing();
    double pairs = x.length;
    double meanX = sum(x) / pairs;
    double meanY = sum(y) / pairs;
    Sum xy = new Sum();
    Sum xx = new Sum();
    Sum yy = new Sum();
    for (int i = 0; i < n - 1; i++) {
      int from = CondensedDistances.index(n, i, i + 1);
      int to = from + n - i - 1;
      double rowXy = 0;
      double rowXx = 0;
      double rowYy = 0;
      for (int p = from; p < to; p++) {
        double u = x[p] - meanX;
        double v = y[p] - meanY;
        rowXy += u * v;
        rowXx += u * u;
        rowYy += v * v;
      }
      xy.add(rowXy);
      xx.add(rowXx);
      yy.add(rowYy);
    }
    return xy.value() / Math.sqrt(xx.value() * yy.value());
  }

  private static double pairCount(Dendrogram tree, int t) {
    return (double) tree.sizeOfId(tree.left(t)) * tree.sizeOfId(tree.right(t));
  }

  /** Sum of all values, in blocks of 4096 added with compensation. */
  private static double sum(double[] values) {
    Sum total = new Sum();
    for (int from = 0; from < values.length; from += 4096) {
      double block = 0;
      for (int p = from, to = Math.min(values.length, from + 4096); p < to; p++) {
        block += values[p];
      }
      total.add(block);
    }
    return total.value();
  }

  /** Neumaier's compensated sum. */
  private static final class Sum {
    private double sum;
    private double compensation;

    void add(double x) {
      double t = sum + x;
      compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
      sum = t;
    }

    double value() {
      return sum + compensation;
    }
  }
}
