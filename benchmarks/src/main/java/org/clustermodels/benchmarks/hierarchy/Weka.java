package org.clustermodels.benchmarks.hierarchy;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clustermodels.core.hierarchy.LinkageMethod;
import weka.clusterers.HierarchicalClusterer;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Weka 3.8.6 {@code weka.clusterers.HierarchicalClusterer}, called through its published jar, set up as
 * {@code -N 1 -L SINGLE|COMPLETE|AVERAGE|WARD -A "weka.core.EuclideanDistance -D -R first-last"}: merge down to one
 * cluster (the full tree), Euclidean distance without normalisation ({@code -D}; without it Weka rescales every
 * attribute to [0, 1]).
 *
 * <p>What Weka computes (read from {@code HierarchicalClusterer.java} of Weka 3.8, facts only): the full n x n
 * distance matrix, then a priority queue of candidate pairs; after each merge it recomputes the distance from the
 * new cluster to every other one <em>from the member rows</em> (minimum, maximum or mean over all pairs), so a
 * build costs far more than O(n^2). A node's height is the merge distance. Its {@code WARD} is <em>not</em>
 * Ward's minimum-variance criterion: its "ESS" of a cluster is the mean <em>unsquared</em> Euclidean distance of
 * the members to the centroid, and the merge distance is {@code |A u B| ESS(A u B) - |A| ESS(A) - |B| ESS(B)}, the
 * increase in the sum of unsquared distances to the centroid, recomputed from all members for every candidate
 * pair. Its first merge height equals Ward's (both are the smallest distance), later ones do not, so the check
 * compares Weka's heights with ours for single, complete and average linkage only.
 */
public final class Weka {
  private final Instances data;

  /**
   * Builds the Weka data set once (outside any timed region).
   *
   * @param x row-major data
   * @param n rows
   * @param d columns
   */
  public Weka(double[] x, int n, int d) {
    ArrayList<Attribute> atts = new ArrayList<>(d);
    for (int j = 0; j < d; j++) {
      atts.add(new Attribute("x" + j));
    }
    data = new Instances("blobs", atts, n);
    for (int i = 0; i < n; i++) {
      double[] row = new double[d];
      System.arraycopy(x, i * d, row, 0, d);
      data.add(new DenseInstance(1.0, row));
    }
  }

  /** @return Weka's options for the linkage (see the class comment) */
  public static String options(LinkageMethod linkage) {
    return "-N 1 -L " + linkType(linkage) + " -A \"weka.core.EuclideanDistance -D -R first-last\"";
  }

  static String linkType(LinkageMethod linkage) {
    return switch (linkage) {
      case SINGLE, COMPLETE, AVERAGE, WARD -> linkage.name();
      default -> throw new IllegalArgumentException("no Weka link type set up for " + linkage.id());
    };
  }

  /**
   * One clustering.
   *
   * @param linkage single, complete, average or ward (Weka's own WARD, see the class comment)
   * @return the built clusterer
   * @throws Exception from Weka
   */
  public HierarchicalClusterer fit(LinkageMethod linkage) throws Exception {
    HierarchicalClusterer c = new HierarchicalClusterer();
    c.setOptions(Utils.splitOptions(options(linkage)));
    c.buildClusterer(data);
    return c;
  }

  /**
   * Reads Weka's tree (its root node and the nodes below it, through reflection: the node class and its fields
   * are package-private) and summarises it.
   *
   * @param c a clusterer built with {@code -N 1}
   * @param n the number of rows
   * @return the sorted node heights and the root split
   * @throws ReflectiveOperationException if Weka's fields are not where Weka 3.8.6 has them
   */
  public static TreeSummary summary(HierarchicalClusterer c, int n) throws ReflectiveOperationException {
    Field clusters = HierarchicalClusterer.class.getDeclaredField("m_clusters");
    clusters.setAccessible(true);
    Object[] roots = (Object[]) clusters.get(c);
    if (roots.length != 1) {
      throw new IllegalStateException("Weka built " + roots.length + " clusters, expected the full tree (-N 1)");
    }
    Class<?> nodeClass = roots[0].getClass();
    Field left = field(nodeClass, "m_left");
    Field right = field(nodeClass, "m_right");
    Field height = field(nodeClass, "m_fHeight");
    // iterative post-order: a node's size is known once both children have been visited
    List<Object> order = new ArrayList<>(n);
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(roots[0]);
    while (!stack.isEmpty()) {
      Object node = stack.pop();
      order.add(node);
      for (Field f : new Field[] {left, right}) {
        Object child = f.get(node);
        if (child != null) {
          stack.push(child);
        }
      }
    }
    Map<Object, Integer> size = new IdentityHashMap<>();
    double[] heights = new double[order.size()];
    for (int i = order.size() - 1; i >= 0; i--) {
      Object node = order.get(i);
      heights[i] = height.getDouble(node);
      size.put(node, childSize(size, left.get(node)) + childSize(size, right.get(node)));
    }
    if (order.size() != n - 1 || size.get(roots[0]) != n) {
      throw new IllegalStateException(String.format(Locale.ROOT, "Weka's tree has %d nodes over %d rows, expected"
          + " %d over %d", order.size(), size.get(roots[0]), n - 1, n));
    }
    return TreeSummary.of(heights, childSize(size, left.get(roots[0])), childSize(size, right.get(roots[0])));
  }

  /** A missing child node is a single row. */
  private static int childSize(Map<Object, Integer> size, Object child) {
    return child == null ? 1 : size.get(child);
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
