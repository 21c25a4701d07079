package org.clustermodels.core.hierarchy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.testing.OracleData;

/** The oracle files' SciPy trees as dendrograms, and the Euclidean distances they were computed from. */
final class DendrogramOracles {
  /** The oracle files with agglomerative results on Euclidean distances. */
  static final List<String> FILES = List.of("iris.raw", "iris.zscore", "wine.raw", "wine.zscore", "usarrests.raw",
      "usarrests.zscore", "faithful.raw", "faithful.zscore");

  private DendrogramOracles() {
  }

  /**
   * @param oracle an oracle file
   * @param method a SciPy linkage method
   * @return {@code agglomerative.scipy.methods.<method>.linkage} as a dendrogram
   */
  static Dendrogram scipyTree(OracleData oracle, String method) {
    return Dendrogram.fromLinkage(linkage(scipyMethod(oracle, method).get("linkage")));
  }

  /**
   * @param oracle an oracle file
   * @param method a SciPy linkage method
   * @return {@code agglomerative.scipy.methods.<method>}
   */
  static JsonNode scipyMethod(OracleData oracle, String method) {
    return oracle.json().get("agglomerative").get("scipy").get("methods").get(method);
  }

  /**
   * @param rows a JSON array of linkage rows
   * @return the linkage matrix
   */
  static double[][] linkage(JsonNode rows) {
    double[][] z = new double[rows.size()][];
    for (int t = 0; t < z.length; t++) {
      z[t] = OracleData.doubles(rows.get(t));
    }
    return z;
  }

  /**
   * SciPy's {@code pdist(X)}, computed directly: the Euclidean distance of every pair of rows, condensed.
   *
   * @param data the matrix
   * @return the distances
   */
  static CondensedDistances euclidean(DenseMatrix data) {
    return pdist(data.rows(), (i, j) -> {
      double s = 0;
      for (int c = 0; c < data.cols(); c++) {
        double diff = data.get(i, c) - data.get(j, c);
        s += diff * diff;
      }
      return Math.sqrt(s);
    });
  }

  /**
   * SciPy's {@code pdist(X, 'jaccard')} on booleans, computed directly: the share of positions that differ among
   * those non-zero in either row (0 when no position is).
   *
   * @param data a 0/1 matrix
   * @return the distances
   */
  static CondensedDistances jaccard(DenseMatrix data) {
    return pdist(data.rows(), (i, j) -> {
      int unequal = 0;
      int nonzero = 0;
      for (int c = 0; c < data.cols(); c++) {
        boolean a = data.get(i, c) != 0;
        boolean b = data.get(j, c) != 0;
        nonzero += a || b ? 1 : 0;
        unequal += a != b ? 1 : 0;
      }
      return nonzero == 0 ? 0.0 : (double) unequal / nonzero;
    });
  }

  /** A distance between two rows. */
  interface PairDistance {
    double between(int i, int j);
  }

  private static CondensedDistances pdist(int n, PairDistance distance) {
    double[] v = new double[(int) CondensedDistances.length(n)];
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        v[p++] = distance.between(i, j);
      }
    }
    return CondensedDistances.of(v);
  }
}
