package org.clustermodels.knime.logic.hierarchy;

/**
 * The names of flat clusters in KNIME's convention: {@code cluster_0}, {@code cluster_1}, ... in the order of the
 * core's numbering (by first row in input order: the first clustered row is always in {@code cluster_0}). The
 * names, in this order, are the possible values (domain) of the appended String column.
 */
public final class ClusterNames {
  /** The prefix of every name. */
  public static final String PREFIX = "cluster_";

  private ClusterNames() {
  }

  /**
   * @param index a cluster number, at least 0
   * @return its name, e.g. "cluster_2"
   */
  public static String name(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("cluster number must be >= 0, got " + index);
    }
    return PREFIX + index;
  }

  /**
   * @param count the number of clusters, at least 0
   * @return the names of clusters 0..count-1, in order
   */
  public static String[] names(int count) {
    String[] names = new String[count];
    for (int c = 0; c < count; c++) {
      names[c] = name(c);
    }
    return names;
  }
}
