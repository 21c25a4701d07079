package org.clustermodels.core.kmeans;

import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;

/**
 * A fitted K-Means model: the column scaling and the centres. It assigns new rows to their nearest centre in
 * the scaled space and gives each row's Euclidean distance to that centre, the anomaly score. Immutable,
 * thread-safe and serializable (hosts such as Weka save models with Java serialization).
 */
public final class KMeansModel implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Scaler scaler;
  private final double[] centers;
  private final int k;
  private final int d;

  /**
   * @param scaler the scaling fitted on the training data
   * @param centers k centres in scaled units
   */
  public KMeansModel(Scaler scaler, double[][] centers) {
    this.scaler = scaler;
    this.k = centers.length;
    this.d = scaler.cols();
    this.centers = DenseMatrix.of(centers).toArray();
    if (centers[0].length != d) {
      throw new IllegalArgumentException("centres have " + centers[0].length + " columns, the scaler " + d);
    }
  }

  /** @return the scaling applied to rows before they meet the centres */
  public Scaler scaler() {
    return scaler;
  }

  /** @return the number of clusters */
  public int numClusters() {
    return k;
  }

  /** @return the number of columns a row must have */
  public int dimensions() {
    return d;
  }

  /** @return a copy of the centres in scaled units */
  public double[][] centers() {
    return DenseMatrix.ofRowMajor(k, d, centers).toRows();
  }

  /** @return a copy of the centres in original units */
  public double[][] centersOriginalUnits() {
    return scaler.inverse(centers());
  }

  /**
   * The nearest centre of one row (in original units): the label {@link #assign} gives it, without building a
   * matrix and an assignment, for callers that see one row at a time.
   *
   * @param row {@link #dimensions()} finite values
   * @return the cluster index; ties go to the lowest
   * @throws IllegalArgumentException for a wrong length or a value that is not finite, naming the column
   */
  public int nearest(double[] row) {
    if (row.length != d) {
      throw new IllegalArgumentException("the model was fitted on " + d + " columns, the row has " + row.length);
    }
    for (int j = 0; j < d; j++) {
      if (!Double.isFinite(row[j])) {
        throw new IllegalArgumentException("column " + j + " of the row is " + row[j] + "; values must be finite");
      }
    }
    return VectorMath.nearest(scaler.transform(row), 0, centers, k, d);
  }

  /**
   * The squared Euclidean distance exactly as every K-Means variant computes it (the same summation order), for
   * hosts that apply centres themselves and must reproduce the fit's distances to the bit.
   *
   * @param a a vector
   * @param aOff where it starts in {@code a}
   * @param b another vector
   * @param bOff where it starts in {@code b}
   * @param d number of columns
   * @return the squared distance
   */
  public static double squaredDistance(double[] a, int aOff, double[] b, int bOff, int d) {
    return VectorMath.squaredDistance(a, aOff, b, bOff, d);
  }

  /**
   * Assigns rows (in original units) to their nearest centre; ties go to the lowest cluster index.
   *
   * @param rows rows with {@link #dimensions()} finite values
   * @return labels and distances
   */
  public Assignment assign(DenseMatrix rows) {
    if (rows.cols() != d) {
      throw new IllegalArgumentException("the model was fitted on " + d + " columns, the rows have " + rows.cols());
    }
    DataChecks.requireFiniteNonEmpty(rows);
    double[] x = scaler.transform(rows).toArray();
    int n = rows.rows();
    int[] labels = new int[n];
    double[] distances = new double[n];
    for (int i = 0; i < n; i++) {
      labels[i] = VectorMath.nearest(x, i, centers, k, d);
      distances[i] = Math.sqrt(VectorMath.squaredDistance(x, i * d, centers, labels[i] * d, d));
    }
    return new Assignment(labels, distances);
  }
}
