package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The one dendrogram model of the project: the full binary tree of a hierarchical clustering of n rows, as the
 * n - 1 merges of SciPy's linkage-matrix convention. Ids below n are rows; id {@code n + t} is the cluster made
 * by merge {@code t}. Merge {@code t} joins {@code left(t) < right(t)}, both ids below {@code n + t}, at
 * {@code height(t)}, and the new cluster holds {@code size(t)} rows. Every id is used exactly once as a child,
 * except the root {@code 2n - 2}.
 *
 * <p>Divisive methods produce the same model: their top-down splits are written as merges. Immutable.
 *
 * <p>Everything else is derived on demand, never stored, each by its own class behind a method here: the
 * {@link #leafOrder() leaf order} for drawing ({@link LeafOrder}), flat clusterings {@link #cutByCount(int) by
 * count} and {@link #cutByHeight(double) by height} ({@link DendrogramCut}), the {@link #copheneticDistances()
 * cophenetic distances} ({@link CopheneticDistances}) and {@link #copheneticCorrelation(CondensedDistances)
 * correlation} ({@link CopheneticCorrelation}), the {@link #toNewick(String[]) Newick text} ({@link NewickWriter})
 * and the {@link #bannerCoefficient() agglomerative or divisive coefficient} ({@link BannerCoefficient}).
 */
public final class Dendrogram {
  private final int n;
  private final int[] left;
  private final int[] right;
  private final double[] heights;
  private final int[] sizes;

  private Dendrogram(int n, int[] left, int[] right, double[] heights, int[] sizes) {
    this.n = n;
    this.left = left;
    this.right = right;
    this.heights = heights;
    this.sizes = sizes;
  }

  /**
   * Builds a dendrogram from merges in SciPy's convention, validated as SciPy's {@code is_valid_linkage} does:
   * every child id is below {@code n + t} at merge {@code t} and is used once, heights are finite and
   * non-negative. The two children of a merge are stored smaller id first.
   *
   * @param left first child id of each merge
   * @param right second child id of each merge
   * @param heights merge heights
   * @return the dendrogram over {@code left.length + 1} rows
   * @throws IllegalArgumentException naming the first invalid merge (1-based)
   */
  public static Dendrogram of(int[] left, int[] right, double[] heights) {
    int m = left.length;
    if (right.length != m || heights.length != m) {
      throw new IllegalArgumentException("left, right and heights must have the same length, got " + m + ", "
          + right.length + " and " + heights.length);
    }
    int n = m + 1;
    int[] l = new int[m];
    int[] r = new int[m];
    int[] sizes = new int[m];
    boolean[] used = new boolean[2 * n - 1];
    for (int t = 0; t < m; t++) {
      int a = Math.min(left[t], right[t]);
      int b = Math.max(left[t], right[t]);
      if (a < 0 || b >= n + t) {
        throw new IllegalArgumentException("merge " + (t + 1) + " joins " + left[t] + " and " + right[t]
            + ", but only ids 0.." + (n + t - 1) + " exist before it");
      }
      if (a == b) {
        throw new IllegalArgumentException("merge " + (t + 1) + " joins id " + a + " with itself");
      }
      if (used[a] || used[b]) {
        throw new IllegalArgumentException("merge " + (t + 1) + " uses id " + (used[a] ? a : b)
            + ", which an earlier merge already used");
      }
      double h = heights[t];
      if (!(h >= 0.0) || Double.isInfinite(h)) {
        throw new IllegalArgumentException("merge " + (t + 1) + " has height " + h
            + "; heights must be finite and non-negative");
      }
      used[a] = true;
      used[b] = true;
      l[t] = a;
      r[t] = b;
      sizes[t] = sizeOf(n, sizes, a) + sizeOf(n, sizes, b);
    }
    return new Dendrogram(n, l, r, heights.clone(), sizes);
  }

  /**
   * Builds a dendrogram from a SciPy linkage matrix: (n - 1) rows {@code [i, j, height, size]}.
   *
   * @param linkage the linkage matrix
   * @return the dendrogram
   * @throws IllegalArgumentException if a row is malformed, an id is not an integer, or a size is wrong
   */
  public static Dendrogram fromLinkage(double[][] linkage) {
    int m = linkage.length;
    int[] l = new int[m];
    int[] r = new int[m];
    double[] h = new double[m];
    for (int t = 0; t < m; t++) {
      double[] row = linkage[t];
      if (row.length != 4) {
        throw new IllegalArgumentException("linkage row " + (t + 1) + " has " + row.length
            + " values, expected 4 (i, j, height, size)");
      }
      l[t] = toId(row[0], t);
      r[t] = toId(row[1], t);
      h[t] = row[2];
    }
    Dendrogram d = of(l, r, h);
    for (int t = 0; t < m; t++) {
      if (linkage[t][3] != d.sizes[t]) {
        throw new IllegalArgumentException("linkage row " + (t + 1) + " says size " + linkage[t][3]
            + ", but its children hold " + d.sizes[t] + " rows");
      }
    }
    return d;
  }

  /**
   * Builds a dendrogram from merges given by representative rows, as the nearest-neighbour-chain and
   * spanning-tree algorithms produce them: merge {@code t} joins the cluster that currently contains row
   * {@code rowA[t]} with the one that contains row {@code rowB[t]}. Like SciPy, the merges are first stably
   * sorted by height (when asked) and then labelled with a union-find, so ids follow SciPy's convention.
   *
   * @param n number of rows
   * @param rowA a row of the first cluster of each merge
   * @param rowB a row of the second cluster of each merge
   * @param heights merge heights
   * @param sortByHeight whether to stably sort the merges by height first (monotone linkages)
   * @return the dendrogram
   */
  public static Dendrogram fromRowMerges(int n, int[] rowA, int[] rowB, double[] heights, boolean sortByHeight) {
    int m = n - 1;
    if (rowA.length != m || rowB.length != m || heights.length != m) {
      throw new IllegalArgumentException("expected " + m + " merges for " + n + " rows");
    }
    Integer[] order = new Integer[m];
    for (int t = 0; t < m; t++) {
      order[t] = t;
    }
    if (sortByHeight) {
      Arrays.sort(order, (x, y) -> Double.compare(heights[x], heights[y])); // stable: TimSort on objects
    }
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int[] l = new int[m];
    int[] r = new int[m];
    double[] h = new double[m];
    for (int t = 0; t < m; t++) {
      int s = order[t];
      int a = find(parent, rowA[s]);
      int b = find(parent, rowB[s]);
      l[t] = a;
      r[t] = b;
      h[t] = heights[s];
      parent[a] = n + t;
      parent[b] = n + t;
    }
    return of(l, r, h);
  }

  private static int find(int[] parent, int x) {
    int root = x;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[x] != root) {
      int next = parent[x];
      parent[x] = root;
      x = next;
    }
    return root;
  }

  private static int toId(double v, int t) {
    if (v != Math.rint(v) || v < 0 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("linkage row " + (t + 1) + " has cluster id " + v
          + "; ids must be non-negative integers");
    }
    return (int) v;
  }

  private static int sizeOf(int n, int[] sizes, int id) {
    return id < n ? 1 : sizes[id - n];
  }

  /** @return number of rows (leaves) n */
  public int leafCount() {
    return n;
  }

  /** @return number of merges, n - 1 */
  public int mergeCount() {
    return n - 1;
  }

  /**
   * @param t a merge, 0-based
   * @return the smaller child id
   */
  public int left(int t) {
    return left[t];
  }

  /**
   * @param t a merge, 0-based
   * @return the larger child id
   */
  public int right(int t) {
    return right[t];
  }

  /**
   * @param t a merge, 0-based
   * @return its height
   */
  public double height(int t) {
    return heights[t];
  }

  /**
   * @param t a merge, 0-based
   * @return the number of rows in the cluster it makes
   */
  public int size(int t) {
    return sizes[t];
  }

  /**
   * @param id a row (below n) or cluster id
   * @return the number of rows under it
   */
  public int sizeOfId(int id) {
    return sizeOf(n, sizes, id);
  }

  /** @return the merge heights in merge order (a copy) */
  public double[] heights() {
    return heights.clone();
  }

  /** @return the linkage matrix, (n - 1) rows {@code [left, right, height, size]} */
  public double[][] toLinkage() {
    double[][] z = new double[n - 1][];
    for (int t = 0; t < n - 1; t++) {
      z[t] = new double[] {left[t], right[t], heights[t], sizes[t]};
    }
    return z;
  }

  /** @return the number of merges lower than the merge before them (only centroid and median make any) */
  public int inversions() {
    int c = 0;
    for (int t = 1; t < n - 1; t++) {
      if (heights[t] < heights[t - 1]) {
        c++;
      }
    }
    return c;
  }

  /** @return whether the heights never decrease along the merge order */
  public boolean isMonotone() {
    return inversions() == 0;
  }

  /**
   * The leaf order for drawing without crossing lines (SciPy's {@code leaves_list}); see {@link LeafOrder}.
   *
   * @return the n rows in drawing order, left to right
   */
  public int[] leafOrder() {
    return LeafOrder.of(this);
  }

  /**
   * Exactly k clusters, by undoing the last k - 1 merges in merge order; see {@link DendrogramCut#byCount}.
   *
   * @param k number of clusters, 1 <= k <= n
   * @return a label in 0..k-1 for each row, numbered by first row in input order (row 0 is in cluster 0)
   * @throws IllegalArgumentException if k is outside 1..n
   */
  public int[] cutByCount(int k) {
    return DendrogramCut.byCount(this, k);
  }

  /**
   * The clusters below height h, as SciPy's {@code fcluster(Z, h, criterion='distance')}; see
   * {@link DendrogramCut#byHeight} (also for trees with inversions). A height at or above the highest merge gives
   * one cluster.
   *
   * @param h the cut height; merges at exactly h are kept
   * @return a label in 0..c-1 for each row, numbered by first row in input order (row 0 is in cluster 0)
   * @throws IllegalArgumentException if h is NaN
   */
  public int[] cutByHeight(double h) {
    return DendrogramCut.byHeight(this, h);
  }

  /**
   * A cut-line height that gives k clusters with {@link #cutByHeight}; see {@link DendrogramCut#heightForCount}.
   *
   * @param k number of clusters, 1 <= k <= n
   * @return the height, or empty when tied heights make exactly k clusters impossible by height
   * @throws IllegalArgumentException if k is outside 1..n
   */
  public OptionalDouble heightForCount(int k) {
    return DendrogramCut.heightForCount(this, k);
  }

  /**
   * The cophenetic distances, as SciPy's {@code cophenet(Z)}; see {@link CopheneticDistances}. Needs the
   * n(n-1)/2 doubles of the result (checked first).
   *
   * @return for every pair of rows the height of the lowest merge that contains both, condensed
   * @throws IllegalStateException if the matrix does not fit in memory (the message says how much it needs)
   */
  public CondensedDistances copheneticDistances() {
    return CopheneticDistances.of(this, ProgressMonitor.none());
  }

  /**
   * As {@link #copheneticDistances()}, reporting progress and stopping when cancelled.
   *
   * @param monitor receives progress; cancellation throws
   * @return the condensed cophenetic distances
   * @throws IllegalStateException if the matrix does not fit in memory
   * @throws org.clustermodels.core.progress.CancelledException if the monitor asked to stop
   */
  public CondensedDistances copheneticDistances(ProgressMonitor monitor) {
    return CopheneticDistances.of(this, monitor);
  }

  /**
   * The cophenetic correlation coefficient, as SciPy's {@code cophenet(Z, Y)[0]}, in O(n) extra memory; see
   * {@link CopheneticCorrelation}.
   *
   * @param distances the distances the tree was built from, over the same n rows
   * @return the Pearson correlation of the distances and the cophenetic distances; NaN if either is constant
   * @throws IllegalArgumentException if the sizes differ
   */
  public double copheneticCorrelation(CondensedDistances distances) {
    return CopheneticCorrelation.of(this, distances, ProgressMonitor.none());
  }

  /**
   * As {@link #copheneticCorrelation(CondensedDistances)}, reporting progress and stopping when cancelled.
   *
   * @param distances the distances the tree was built from, over the same n rows
   * @param monitor receives progress; cancellation throws
   * @return the cophenetic correlation coefficient
   * @throws IllegalArgumentException if the sizes differ
   * @throws org.clustermodels.core.progress.CancelledException if the monitor asked to stop
   */
  public double copheneticCorrelation(CondensedDistances distances, ProgressMonitor monitor) {
    return CopheneticCorrelation.of(this, distances, monitor);
  }

  /**
   * The full tree in Newick format with branch lengths to {@value NewickWriter#DEFAULT_DECIMALS} decimals; see
   * {@link NewickWriter} (label stripping, lengths clamped at 0 under inversions).
   *
   * @param labels one label per row, or null for 0-based row numbers
   * @return the Newick text, ending with {@code ;}
   * @throws IllegalArgumentException if labels does not have n entries
   */
  public String toNewick(String[] labels) {
    return NewickWriter.write(this, labels, NewickWriter.DEFAULT_DECIMALS);
  }

  /**
   * The full tree in Newick format; see {@link NewickWriter}.
   *
   * @param labels one label per row, or null for 0-based row numbers
   * @param decimals decimals of the fixed-point branch lengths, 0..{@value NewickWriter#MAX_DECIMALS}
   * @return the Newick text, ending with {@code ;}
   * @throws IllegalArgumentException if labels does not have n entries or decimals is out of range
   */
  public String toNewick(String[] labels, int decimals) {
    return NewickWriter.write(this, labels, decimals);
  }

  /**
   * The banner coefficient: R's agglomerative coefficient ({@code agnes()$ac}) for a tree built bottom-up, R's
   * divisive coefficient ({@code diana()$dc}) for a DIANA tree; see {@link BannerCoefficient}.
   *
   * @return the mean over rows of 1 - (height of the row's first merge) / (largest height), in [0, 1]; NaN for
   *     one row or when every merge is at height 0
   */
  public double bannerCoefficient() {
    return BannerCoefficient.of(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dendrogram d && d.n == n && Arrays.equals(d.left, left) && Arrays.equals(d.right, right)
        && Arrays.equals(d.heights, heights);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(left) + Arrays.hashCode(right)) + Arrays.hashCode(heights);
  }

  @Override
  public String toString() {
    return "Dendrogram[n=" + n + (n > 1 ? ", root height=" + heights[n - 2] : "") + "]";
  }
}
