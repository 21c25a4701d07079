package org.clustermodels.benchmarks.hierarchy;

import elki.clustering.hierarchical.AGNES;
import elki.clustering.hierarchical.Anderberg;
import elki.clustering.hierarchical.ClusterMergeHistory;
import elki.clustering.hierarchical.LinearMemoryNNChain;
import elki.clustering.hierarchical.NNChain;
import elki.clustering.hierarchical.SLINK;
import elki.clustering.hierarchical.linkage.CompleteLinkage;
import elki.clustering.hierarchical.linkage.GroupAverageLinkage;
import elki.clustering.hierarchical.linkage.Linkage;
import elki.clustering.hierarchical.linkage.SingleLinkage;
import elki.clustering.hierarchical.linkage.WardLinkage;
import elki.data.NumberVector;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.distance.PrimitiveDistance;
import elki.distance.minkowski.EuclideanDistance;
import elki.distance.minkowski.SquaredEuclideanDistance;
import org.clustermodels.core.hierarchy.LinkageMethod;

/**
 * ELKI 0.8.0 hierarchical clustering ({@code elki.clustering.hierarchical}, in the {@code elki-clustering} jar),
 * called through its published jars, with the data loaded once into a {@link StaticArrayDatabase} (outside any
 * timed region).
 *
 * <p>Distances: {@link EuclideanDistance} for single, complete and average linkage, whose heights are then
 * Euclidean distances as ours are; {@link SquaredEuclideanDistance} for Ward, as ELKI's {@code WardLinkage}
 * documentation recommends for speed. ELKI's Ward works on half the squared distance ({@code initial}) and, with
 * a squared input distance, reports {@code 2 x} the increase in the sum of squared errors ({@code restore}): the
 * square of SciPy's Ward height {@code sqrt(2 nA nB / (nA + nB)) ||cA - cB||}. {@link LinearMemoryNNChain} always
 * reports on that squared scale. The merge history says so ({@link ClusterMergeHistory#isSquared()}), and
 * {@link #summary} takes the square root of such heights, so they compare with ours.
 */
public final class Elki {

  /** The algorithms compared. */
  public enum Algorithm {
    /** {@code SLINK} (Sibson 1973): single linkage only, O(n) memory besides the data. */
    SLINK("SLINK"),
    /** {@code NNChain}: the nearest-neighbour chain on the distance matrix. */
    NNCHAIN("NNChain"),
    /** {@code Anderberg}: the distance matrix with cached row minima. */
    ANDERBERG("Anderberg"),
    /** {@code AGNES}: the textbook O(n^3) algorithm on the distance matrix (run at the smallest size only). */
    AGNES("AGNES"),
    /**
     * {@code LinearMemoryNNChain}: the nearest-neighbour chain on the vectors (Ward only here). In ELKI 0.8.0 it
     * looks cluster sizes up by position in its working arrays instead of by cluster id, so every cluster counts as
     * one row and its "Ward" distance is half the squared distance between centroids (centroid linkage, with
     * inversions); fixed after the release (ELKI commit f614fd0714, 2024-11-05). Checked, not timed.
     */
    LINEAR_MEMORY_NNCHAIN("LinearMemoryNNChain", "ELKI 0.8.0 defect: cluster sizes read as 1, not Ward's criterion");

    private final String elkiName;
    private final String defect;

    Algorithm(String elkiName) {
      this(elkiName, null);
    }

    Algorithm(String elkiName, String defect) {
      this.elkiName = elkiName;
      this.defect = defect;
    }

    /** @return ELKI's class name */
    public String elkiName() {
      return elkiName;
    }

    /** @return why this algorithm does not build the tree it should in ELKI 0.8.0, or null if it does */
    public String defect() {
      return defect;
    }

    /** @return whether the benchmarks run this algorithm for the linkage */
    public boolean runs(LinkageMethod linkage) {
      return switch (this) {
        case SLINK -> linkage == LinkageMethod.SINGLE;
        case LINEAR_MEMORY_NNCHAIN -> linkage == LinkageMethod.WARD;
        default -> true;
      };
    }
  }

  private final Relation<NumberVector> relation;

  /**
   * Loads the data into an ELKI database.
   *
   * @param x row-major data
   * @param n rows
   * @param d columns
   */
  public Elki(double[] x, int n, int d) {
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = new double[d];
      System.arraycopy(x, i * d, rows[i], 0, d);
    }
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(rows), null);
    db.initialize();
    relation = db.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
  }

  /**
   * One clustering.
   *
   * @param algorithm the algorithm
   * @param linkage the linkage (ignored by SLINK, which is single linkage)
   * @return ELKI's merge history
   */
  public ClusterMergeHistory fit(Algorithm algorithm, LinkageMethod linkage) {
    if (!algorithm.runs(linkage)) {
      throw new IllegalArgumentException(algorithm.elkiName() + " does not run " + linkage.id() + " linkage here");
    }
    return switch (algorithm) {
      case SLINK -> new SLINK<NumberVector>(EuclideanDistance.STATIC).run(relation);
      case NNCHAIN -> new NNChain<NumberVector>(distance(linkage), linkage(linkage)).run(relation);
      case ANDERBERG -> new Anderberg<NumberVector>(distance(linkage), linkage(linkage)).run(relation);
      case AGNES -> new AGNES<NumberVector>(distance(linkage), linkage(linkage)).run(relation);
      case LINEAR_MEMORY_NNCHAIN -> new LinearMemoryNNChain<NumberVector>(WardLinkage.STATIC).run(relation);
    };
  }

  /** @return the input distance for the linkage (see the class comment) */
  static PrimitiveDistance<? super NumberVector> distance(LinkageMethod linkage) {
    return linkage == LinkageMethod.WARD ? SquaredEuclideanDistance.STATIC : EuclideanDistance.STATIC;
  }

  /** @return ELKI's linkage object */
  static Linkage linkage(LinkageMethod linkage) {
    return switch (linkage) {
      case SINGLE -> SingleLinkage.STATIC;
      case COMPLETE -> CompleteLinkage.STATIC;
      case AVERAGE -> GroupAverageLinkage.STATIC;
      case WARD -> WardLinkage.STATIC;
      default -> throw new IllegalArgumentException("no ELKI linkage set up for " + linkage.id());
    };
  }

  /**
   * @param h a merge history
   * @return its sorted heights on the Euclidean scale (square roots of squared heights) and its root split; the
   *     root is the merge whose cluster holds all rows, which every algorithm here makes last
   */
  public static TreeSummary summary(ClusterMergeHistory h) {
    int m = h.numMerges();
    double[] heights = new double[m];
    for (int i = 0; i < m; i++) {
      heights[i] = h.isSquared() ? Math.sqrt(h.getMergeHeight(i)) : h.getMergeHeight(i);
    }
    int n = h.size();
    int a = h.getMergeA(m - 1);
    int b = h.getMergeB(m - 1);
    int sizeA = a < n ? 1 : h.getSize(a - n);
    int sizeB = b < n ? 1 : h.getSize(b - n);
    if (sizeA + sizeB != n) {
      throw new IllegalStateException("ELKI's last merge joins " + sizeA + " + " + sizeB + " of " + n + " rows");
    }
    return TreeSummary.of(heights, sizeA, sizeB);
  }
}
