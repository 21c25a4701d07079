package org.clustermodels.core.distance;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The standard metrics, defined as SciPy's {@code scipy.spatial.distance.pdist} defines them (for x, y two rows
 * of d values). Each value is one pass over the d columns, in column order, so it is the same on any thread.
 *
 * <ul>
 *   <li>{@link #EUCLIDEAN}: sqrt(sum (x_j - y_j)^2).</li>
 *   <li>{@link #SQEUCLIDEAN}: sum (x_j - y_j)^2; not a metric (no triangle inequality), but a valid input for
 *       single, complete, average and weighted linkage.</li>
 *   <li>{@link #MANHATTAN}: sum |x_j - y_j| (SciPy's "cityblock").</li>
 *   <li>{@link #CHEBYSHEV}: max |x_j - y_j|.</li>
 *   <li>{@link #COSINE}: 1 - x.y / (|x| |y|), with the quotient clipped to [-1, 1] (as SciPy does), so values
 *       lie in [0, 2]. It is undefined for a row whose values are all 0 (SciPy returns NaN, which no linkage
 *       can use): such a row is rejected, naming it.</li>
 *   <li>{@link #JACCARD}: for binary rows (0/1, e.g. market baskets: items bought or not), the share of the
 *       columns that are 1 in either row where the rows differ: |x XOR y| / |x OR y|, and 0 when both rows are
 *       all 0 (0/0 is taken as 0, as SciPy &gt;= 1.2 does). For sets A and B this is 1 - |A n B| / |A u B|.</li>
 *   <li>{@link #HAMMING}: for binary rows, the fraction of the d columns where the rows differ.</li>
 * </ul>
 *
 * <p>Binary data: {@link #JACCARD} and {@link #HAMMING} accept only the values 0 and 1 (either sign of zero) and
 * reject anything else naming its row and column, rather than silently reading every non-zero as 1 as SciPy's
 * boolean conversion does; on 0/1 data the two definitions coincide, so results equal SciPy's.
 */
@Reference(authors = "P. Jaccard",
    title = "\u00c9tude comparative de la distribution florale dans une portion des Alpes et des Jura",
    venue = "Bulletin de la Soci\u00e9t\u00e9 Vaudoise des Sciences Naturelles 37, 547-579", year = 1901,
    url = "https://doi.org/10.5169/seals-266450")
@Reference(authors = "R. W. Hamming", title = "Error detecting and error correcting codes",
    venue = "The Bell System Technical Journal 29(2), 147-160", year = 1950,
    url = "https://doi.org/10.1002/j.1538-7305.1950.tb00463.x")
public enum DistanceMetric implements Metric {
  /** Euclidean (L2) distance. */
  EUCLIDEAN("euclidean") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      return Math.sqrt(squaredEuclidean(a, offsetA, b, offsetB, d));
    }

    @Override
    public boolean distancesFrom(double[][] columns, double[] row, int from, int n, double[] out) {
      squaredEuclideanFrom(columns, row, from, n, out);
      for (int r = from; r < n; r++) {
        out[r] = Math.sqrt(out[r]);
      }
      return true;
    }

    @Override
    public boolean isEuclidean() {
      return true;
    }
  },
  /** Squared Euclidean distance. */
  SQEUCLIDEAN("sqeuclidean") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      return squaredEuclidean(a, offsetA, b, offsetB, d);
    }

    @Override
    public boolean distancesFrom(double[][] columns, double[] row, int from, int n, double[] out) {
      squaredEuclideanFrom(columns, row, from, n, out);
      return true;
    }
  },
  /** Manhattan (L1, city-block) distance. */
  MANHATTAN("manhattan") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      double s = 0;
      for (int j = 0; j < d; j++) {
        s += Math.abs(a[offsetA + j] - b[offsetB + j]);
      }
      return s;
    }
  },
  /** Chebyshev (L-infinity) distance. */
  CHEBYSHEV("chebyshev") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      double m = 0;
      for (int j = 0; j < d; j++) {
        m = Math.max(m, Math.abs(a[offsetA + j] - b[offsetB + j]));
      }
      return m;
    }
  },
  /** Cosine distance, 1 - cosine similarity; rows of all zeros are rejected. */
  COSINE("cosine") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      double ab = 0;
      double aa = 0;
      double bb = 0;
      for (int j = 0; j < d; j++) {
        double x = a[offsetA + j];
        double y = b[offsetB + j];
        ab += x * y;
        aa += x * x;
        bb += y * y;
      }
      double cos = ab / (Math.sqrt(aa) * Math.sqrt(bb));
      return 1.0 - Math.max(-1.0, Math.min(1.0, cos));
    }

    @Override
    public void requireSuitable(DenseMatrix data) {
      for (int i = 0; i < data.rows(); i++) {
        boolean zero = true;
        for (int j = 0; j < data.cols() && zero; j++) {
          zero = data.get(i, j) == 0.0;
        }
        if (zero) {
          throw new IllegalArgumentException("the cosine distance is undefined for row " + i
              + ": all its values are 0 (SciPy gives NaN); remove the row or use another metric");
        }
      }
    }
  },
  /** Jaccard distance of binary rows. */
  JACCARD("jaccard") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      int differ = 0;
      int either = 0;
      for (int j = 0; j < d; j++) {
        boolean x = a[offsetA + j] != 0.0;
        boolean y = b[offsetB + j] != 0.0;
        differ += x != y ? 1 : 0;
        either += x || y ? 1 : 0;
      }
      return either == 0 ? 0.0 : (double) differ / either;
    }

    @Override
    public void requireSuitable(DenseMatrix data) {
      requireBinary(data, this);
    }
  },
  /** Hamming distance of binary rows: the fraction of differing columns. */
  HAMMING("hamming") {
    @Override
    public double distance(double[] a, int offsetA, double[] b, int offsetB, int d) {
      int differ = 0;
      for (int j = 0; j < d; j++) {
        differ += a[offsetA + j] != b[offsetB + j] ? 1 : 0;
      }
      return (double) differ / d;
    }

    @Override
    public void requireSuitable(DenseMatrix data) {
      requireBinary(data, this);
    }
  };

  private final String id;

  DistanceMetric(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * @param id a metric's id, any case, e.g. "Manhattan"
   * @return the metric
   * @throws IllegalArgumentException listing the known ids
   */
  public static DistanceMetric fromId(String id) {
    for (DistanceMetric m : values()) {
      if (m.id.equalsIgnoreCase(id.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown metric '" + id + "'; the metrics are "
        + Arrays.stream(values()).map(DistanceMetric::id).collect(Collectors.joining(", ")));
  }

  private static double squaredEuclidean(double[] a, int offsetA, double[] b, int offsetB, int d) {
    double s = 0;
    for (int j = 0; j < d; j++) {
      double t = a[offsetA + j] - b[offsetB + j];
      s += t * t;
    }
    return s;
  }

  /**
   * Squared Euclidean distances from one row to rows from..n-1, summed over the columns in order from 0, as
   * {@link #squaredEuclidean} sums them (0 + t*t is exactly t*t), so the values are bit-identical. The loops
   * run over rows and accumulate, the form C2 vectorises.
   */
  private static void squaredEuclideanFrom(double[][] columns, double[] row, int from, int n, double[] out) {
    // four columns per pass over the rows (fewer loads and stores of out, loops the JIT vectorises); each row's
    // sum still adds the columns one after the other from column 0, so every value equals the one-pair sum
    int d = row.length;
    int j = 0;
    for (; j + 4 <= d; j += 4) {
      double v0 = row[j];
      double v1 = row[j + 1];
      double v2 = row[j + 2];
      double v3 = row[j + 3];
      double[] c0 = columns[j];
      double[] c1 = columns[j + 1];
      double[] c2 = columns[j + 2];
      double[] c3 = columns[j + 3];
      if (j == 0) {
        for (int r = from; r < n; r++) {
          double t0 = c0[r] - v0;
          double t1 = c1[r] - v1;
          double t2 = c2[r] - v2;
          double t3 = c3[r] - v3;
          out[r] = t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3; // 0 + t0^2 = t0^2
        }
      } else {
        for (int r = from; r < n; r++) {
          double t0 = c0[r] - v0;
          double t1 = c1[r] - v1;
          double t2 = c2[r] - v2;
          double t3 = c3[r] - v3;
          out[r] = out[r] + t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3;
        }
      }
    }
    for (; j < d; j++) {
      double v = row[j];
      double[] col = columns[j];
      if (j == 0) {
        for (int r = from; r < n; r++) {
          double t = col[r] - v;
          out[r] = t * t;
        }
      } else {
        for (int r = from; r < n; r++) {
          double t = col[r] - v;
          out[r] = out[r] + t * t;
        }
      }
    }
  }

  private static void requireBinary(DenseMatrix data, DistanceMetric metric) {
    for (int i = 0; i < data.rows(); i++) {
      for (int j = 0; j < data.cols(); j++) {
        double v = data.get(i, j);
        if (v != 0.0 && v != 1.0) {
          throw new IllegalArgumentException("the " + metric.id + " metric needs binary data (0 or 1), but row " + i
              + ", column " + j + " is " + v + "; recode the column as 0/1 "
              + "(and use no standardization, which would change the values)");
        }
      }
    }
  }
}
