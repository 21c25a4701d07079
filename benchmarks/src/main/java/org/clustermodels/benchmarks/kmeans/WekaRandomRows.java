package org.clustermodels.benchmarks.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The rows that Weka 3.8's {@code SimpleKMeans} picks as initial centres with its default initialisation
 * ({@code -init 0}, "Random") for a given seed ({@code -S}), so that our K-Means and ELKI can start from the very
 * same centres. Weka cannot take given centres, so the other two are given Weka's.
 *
 * <p>The procedure, as read from {@code SimpleKMeans.buildClusterer} (facts only, no code copied): one
 * {@code java.util.Random(seed)}; for {@code j} from {@code n - 1} down to {@code 0}, draw
 * {@code r = nextInt(j + 1)}, take the row now at position {@code r} as the next centre unless an identical row
 * was already taken, then swap positions {@code j} and {@code r}; stop once {@code k} centres are taken. The
 * centres keep the order in which they were taken. This class does the same on an index permutation, without
 * touching the data.
 *
 * <p>{@link KMeansCheck} verifies the result against the initial start points that Weka itself records.
 */
public final class WekaRandomRows {
  private WekaRandomRows() {}

  /**
   * @param x row-major data
   * @param n rows
   * @param d columns
   * @param k number of centres
   * @param seed Weka's {@code -S}
   * @return the indexes of the chosen rows, in Weka's order
   */
  public static int[] rows(double[] x, int n, int d, int k, long seed) {
    Random rnd = new Random(seed);
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    List<Integer> chosen = new ArrayList<>(k);
    Set<RowKey> seen = new HashSet<>();
    for (int j = n - 1; j >= 0 && chosen.size() < k; j--) {
      int r = rnd.nextInt(j + 1);
      int row = perm[r];
      if (seen.add(new RowKey(Arrays.copyOfRange(x, row * d, row * d + d)))) {
        chosen.add(row);
      }
      perm[r] = perm[j];
      perm[j] = row;
    }
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * @return the centres (copies of the rows) Weka starts from for this seed
   */
  public static double[][] centres(double[] x, int n, int d, int k, long seed) {
    int[] rows = rows(x, n, d, k, seed);
    double[][] c = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      c[i] = Arrays.copyOfRange(x, rows[i] * d, rows[i] * d + d);
    }
    return c;
  }

  /** A row's values as a hash key (Weka skips a row equal to one already taken). */
  private record RowKey(double[] v) {
    @Override
    public boolean equals(Object o) {
      return o instanceof RowKey other && Arrays.equals(v, other.v);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(v);
    }

    @Override
    public String toString() {
      return Arrays.toString(v);
    }
  }
}
