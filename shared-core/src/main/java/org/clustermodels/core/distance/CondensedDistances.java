package org.clustermodels.core.distance;

import java.util.Arrays;

/**
 * An immutable condensed distance matrix: the upper triangle of a symmetric n x n dissimilarity matrix with a
 * zero diagonal, row by row, in one {@code double[]} of length n(n-1)/2 (SciPy's {@code pdist} layout). The
 * distance between rows {@code i < j} is at {@code n*i - i*(i+1)/2 + (j-i-1)}.
 *
 * <p>Doubles, never floats: merge heights must agree with SciPy to the last digits. Because the values live in
 * one Java array, n is at most {@link #MAX_N} (65,536 rows need 2^31 - 2^16 values, about 17 GB).
 */
public final class CondensedDistances {
  /** Largest n whose condensed matrix fits in one Java array. */
  public static final int MAX_N = maxN();

  private final int n;
  private final double[] values;

  private CondensedDistances(int n, double[] values) {
    this.n = n;
    this.values = values;
  }

  /**
   * Wraps a condensed vector after checking it: the length must be n(n-1)/2 for some n >= 1, and every value
   * finite and non-negative.
   *
   * @param values the condensed distances; copied
   * @return the matrix
   * @throws IllegalArgumentException naming the first bad entry as (row, column)
   */
  public static CondensedDistances of(double[] values) {
    int n = sizeFor(values.length);
    double[] copy = values.clone();
    check(n, copy);
    return new CondensedDistances(n, copy);
  }

  /**
   * Takes ownership of a freshly computed condensed vector without copying; for the core's own distance code.
   *
   * @param n number of rows
   * @param values n(n-1)/2 finite, non-negative values, not shared with anyone else
   * @return the matrix
   */
  public static CondensedDistances wrap(int n, double[] values) {
    if (values.length != length(n)) {
      throw new IllegalArgumentException("expected " + length(n) + " condensed values for n = " + n
          + ", got " + values.length);
    }
    return new CondensedDistances(n, values);
  }

  /**
   * Condenses a full square matrix after checking that it is square, symmetric (exactly), zero on the diagonal
   * and non-negative.
   *
   * @param square the n x n matrix
   * @return the condensed matrix
   * @throws IllegalArgumentException naming the first offending row and column
   */
  public static CondensedDistances ofSquare(double[][] square) {
    int n = square.length;
    if (n == 0) {
      throw new IllegalArgumentException("the distance matrix has no rows");
    }
    if (n > MAX_N) {
      throw new IllegalArgumentException("a distance matrix of " + n + " rows does not fit in one array (at most "
          + MAX_N + "); use a vector-based method on the data instead");
    }
    for (int i = 0; i < n; i++) {
      if (square[i].length != n) {
        throw new IllegalArgumentException("the distance matrix is not square: row " + (i + 1) + " has "
            + square[i].length + " columns, expected " + n);
      }
    }
    double[] v = new double[(int) length(n)];
    int p = 0;
    for (int i = 0; i < n; i++) {
      if (square[i][i] != 0.0) {
        throw new IllegalArgumentException("the distance matrix has a non-zero diagonal entry at row " + (i + 1)
            + ", column " + (i + 1) + ": " + square[i][i]);
      }
      for (int j = i + 1; j < n; j++) {
        if (Double.compare(square[i][j], square[j][i]) != 0) {
          throw new IllegalArgumentException("the distance matrix is not symmetric: row " + (i + 1) + ", column "
              + (j + 1) + " is " + square[i][j] + " but row " + (j + 1) + ", column " + (i + 1) + " is "
              + square[j][i]);
        }
        v[p++] = square[i][j];
      }
    }
    check(n, v);
    return new CondensedDistances(n, v);
  }

  /** @return number of rows (points) n */
  public int size() {
    return n;
  }

  /**
   * @param i a row
   * @param j another row, or the same
   * @return their distance (0 when {@code i == j})
   */
  public double get(int i, int j) {
    if (i == j) {
      return 0.0;
    }
    return i < j ? values[index(n, i, j)] : values[index(n, j, i)];
  }

  /** @return a copy of the condensed values */
  public double[] toArray() {
    return values.clone();
  }

  /** @return the condensed values themselves, for the core's algorithms; never modify them */
  public double[] backing() {
    return values;
  }

  /**
   * @param n number of rows
   * @param i a row, {@code i < j}
   * @param j a row
   * @return the position of (i, j) in the condensed vector
   */
  public static int index(int n, int i, int j) {
    return (int) ((long) n * i - (long) i * (i + 1) / 2 + (j - i - 1));
  }

  /**
   * @param n number of rows
   * @return n(n-1)/2, the length of the condensed vector
   */
  public static long length(int n) {
    return (long) n * (n - 1) / 2;
  }

  /**
   * @param n number of rows
   * @return the bytes the condensed matrix of n rows needs
   */
  public static long bytesFor(long n) {
    return n * (n - 1) / 2 * Double.BYTES;
  }

  private static int sizeFor(int length) {
    // n(n-1)/2 = length  =>  n = (1 + sqrt(1 + 8 length)) / 2
    long n = (long) Math.floor((1 + Math.sqrt(1 + 8.0 * length)) / 2);
    while (length(Math.toIntExact(n)) > length) {
      n--;
    }
    while (length(Math.toIntExact(n)) < length) {
      n++;
    }
    if (length(Math.toIntExact(n)) != length || n < 1) {
      throw new IllegalArgumentException("a condensed distance matrix must have n(n-1)/2 values, but "
          + length + " is not of that form");
    }
    return (int) n;
  }

  private static void check(int n, double[] v) {
    for (int p = 0; p < v.length; p++) {
      double x = v[p];
      if (!(x >= 0.0) || Double.isInfinite(x)) {
        int[] ij = position(n, p);
        throw new IllegalArgumentException("distance between row " + (ij[0] + 1) + " and row " + (ij[1] + 1)
            + " is " + x + "; distances must be finite and non-negative");
      }
    }
  }

  private static int[] position(int n, int p) {
    int i = 0;
    while (index(n, i, n - 1) < p) {
      i++;
    }
    int j = p - index(n, i, i + 1) + i + 1;
    return new int[] {i, j};
  }

  private static int maxN() {
    int n = 2;
    while (length(n + 1) <= Integer.MAX_VALUE - 8L) {
      n++;
    }
    return n;
  }

  @Override
  public String toString() {
    return "CondensedDistances[n=" + n + ", first=" + Arrays.toString(Arrays.copyOf(values, Math.min(3, values.length)))
        + "]";
  }
}
