package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.Reference;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The nearest-neighbour chain algorithm for the reducible linkages (complete, average, weighted, Ward; single
 * works too): follow nearest neighbours from a cluster until two clusters are each other's nearest neighbours,
 * merge them, and continue from the rest of the chain. Reducibility guarantees that the rest of the chain stays
 * valid, so all merges together cost O(n^2). The merges are found out of height order; sorting them stably by
 * height and labelling them with a union-find gives the dendrogram (Murtagh 1983, 1985; Müllner 2011 proves
 * the algorithm correct).
 *
 * <p>Ties and order, as SciPy's {@code nn_chain}: a chain starts at the lowest active slot; the nearest
 * neighbour of a cluster is the lowest slot at the smallest distance, except that the previous element of the
 * chain is kept when it is as near as any; the merged cluster takes the higher slot of the two. So the merge
 * list equals SciPy's (up to the last bits of the Lance&ndash;Williams arithmetic, which here runs on the
 * linkage's internal scale).
 *
 * <p>Cost: O(n^2) time; overwrites the distances; 8 n^2 bytes for the faster square copy when they fit (see
 * {@link #cluster(int, double[], Linkage, MemoryCheck, ProgressMonitor)}), else O(n) memory besides them.
 */
@Reference(authors = "F. Murtagh", title = "A survey of recent advances in hierarchical clustering algorithms",
    venue = "The Computer Journal 26(4), 354-359", year = 1983, url = "https://doi.org/10.1093/comjnl/26.4.354")
@Reference(authors = "F. Murtagh", title = "Multidimensional clustering algorithms",
    venue = "COMPSTAT Lectures 4, Physica-Verlag, W\u00fcrzburg/Wien", year = 1985)
@Reference(authors = "D. M\u00fcllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv preprint 1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
final class NnChainLinkage implements LinkageAlgorithm {
  /** The one instance. */
  static final NnChainLinkage INSTANCE = new NnChainLinkage();
  /**
   * The row count from which the square copy pays: below it the condensed matrix (100 MB at 5,000 rows) is
   * largely served from the processor's caches and copying costs more than it saves (measured: at 2,000 rows
   * the copy makes a run about 1.8 times slower, at 6,000 they are even, at 10,000 and 20,000 the copy is 1.3 and
   * 1.7 times faster).
   */
  static final int ROWS_FROM = 6000;

  private NnChainLinkage() {
  }

  @Override
  public boolean overwritesDistances() {
    return true;
  }

  @Override
  public Dendrogram cluster(int n, double[] dist, Linkage linkage, ProgressMonitor monitor) {
    return cluster(n, dist, linkage, MemoryCheck.runtime(), monitor);
  }

  /**
   * {@inheritDoc}
   *
   * <p>From {@value #ROWS_FROM} rows on, the distances are searched and updated in a square copy with lazily
   * updated rows ({@link RowChainDistances}) when the memory check shows room for it with an eighth to spare;
   * otherwise in the condensed matrix itself ({@link CondensedChainDistances}). Both give the same tree.
   */
  @Override
  public Dendrogram cluster(int n, double[] dist, Linkage linkage, MemoryCheck memory, ProgressMonitor monitor) {
    long rowBytes = RowChainDistances.bytesFor(n);
    boolean rows = n >= ROWS_FROM && memory.availableBytes() - rowBytes / 8 >= rowBytes;
    return cluster(n, dist, linkage, rows, monitor);
  }

  /**
   * @param rows whether to work in the square copy ({@link RowChainDistances}) rather than in place
   */
  static Dendrogram cluster(int n, double[] dist, Linkage linkage, boolean rows, ProgressMonitor monitor) {
    LinkageWorkspace w = new LinkageWorkspace(n, monitor, linkage.id() + " linkage (nearest-neighbour chain)");
    LinkageWorkspace.toInternalScale(dist, linkage);
    int[] size = new int[n];
    Arrays.fill(size, 1);
    ChainDistances distances = rows ? new RowChainDistances(w, dist, linkage, size, monitor)
        : new CondensedChainDistances(w, dist, linkage, size);
    int[] chain = new int[n];
    int length = 0;
    int[] slotA = new int[n - 1];
    int[] slotB = new int[n - 1];
    double[] heights = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      if (length == 0) {
        chain[0] = w.active()[0];
        length = 1;
      }
      int x;
      int y;
      while (true) {
        x = chain[length - 1];
        int previous = length > 1 ? chain[length - 2] : -1;
        y = distances.nearest(x, previous);
        if (y == previous) {
          break;
        }
        if (length == n) {
          throw new IllegalStateException("the nearest-neighbour chain of " + linkage.id() + " linkage does not "
              + "close: the linkage is not reducible");
        }
        chain[length++] = y;
      }
      double min = distances.nearestDistance();
      length -= 2;
      int a = Math.min(x, y);
      int b = Math.max(x, y);
      slotA[k] = a;
      slotB[k] = b;
      heights[k] = min;
      distances.merge(a, b, min);
      w.merged(k);
    }
    return w.dendrogram(slotA, slotB, heights, linkage, true);
  }
}
