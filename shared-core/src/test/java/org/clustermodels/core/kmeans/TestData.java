package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.clustermodels.core.progress.ProgressMonitor;

/** Datasets, random data, problems and run comparisons shared by the K-Means tests. */
final class TestData {
  /** The bundled public datasets with numeric attributes. */
  static final List<String> DATASETS = List.of("iris", "wine", "usarrests", "faithful");

  private TestData() {
  }

  /** A dataset as a flat row-major matrix. */
  record Matrix(double[] x, int n, int d) {
    double[] unitWeights() {
      double[] w = new double[n];
      Arrays.fill(w, 1.0);
      return w;
    }
  }

  /** Reads /NAME.csv from the classpath, dropping the non-numeric columns {@code class} and {@code state}. */
  static Matrix load(String name) {
    var in = TestData.class.getResourceAsStream("/" + name + ".csv");
    if (in == null) {
      throw new IllegalArgumentException("no dataset " + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = r.readLine().split(",", -1);
      List<Integer> keep = new ArrayList<>();
      for (int j = 0; j < header.length; j++) {
        if (!header[j].equals("class") && !header[j].equals("state")) {
          keep.add(j);
        }
      }
      List<double[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        double[] row = new double[keep.size()];
        for (int j = 0; j < row.length; j++) {
          row[j] = Double.parseDouble(cells[keep.get(j)]);
        }
        rows.add(row);
      }
      int d = keep.size();
      double[] x = new double[rows.size() * d];
      for (int i = 0; i < rows.size(); i++) {
        System.arraycopy(rows.get(i), 0, x, i * d, d);
      }
      return new Matrix(x, rows.size(), d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Z-scores with the population standard deviation; zero-variance columns become 0. */
  static Matrix zscore(Matrix m) {
    int n = m.n();
    int d = m.d();
    double[] z = new double[n * d];
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += m.x()[i * d + j];
      }
      mean /= n;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        double t = m.x()[i * d + j] - mean;
        ss += t * t;
      }
      double sd = Math.sqrt(ss / n);
      for (int i = 0; i < n; i++) {
        z[i * d + j] = sd > 0 ? (m.x()[i * d + j] - mean) / sd : 0.0;
      }
    }
    return new Matrix(z, n, d);
  }

  /** Isotropic Gaussian blobs around k uniform centres in [0, 10)^d with the given spread. */
  static Matrix blobs(SplittableRandom rng, int n, int d, int k, double spread) {
    double[] means = new double[k * d];
    for (int t = 0; t < means.length; t++) {
      means[t] = 10 * rng.nextDouble();
    }
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      int c = rng.nextInt(k);
      for (int j = 0; j < d; j++) {
        x[i * d + j] = means[c * d + j] + spread * gaussian(rng);
      }
    }
    return new Matrix(x, n, d);
  }

  static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
  }

  static KMeansProblem problem(Matrix m, double[] w, int k, int maxIter, double absTol, EmptyClusterPolicy policy) {
    return new KMeansProblem(m.x(), m.n(), m.d(), w, k, maxIter, absTol, policy, 1024, ProgressMonitor.none());
  }

  /** Asserts bit-identical centres, inertia, identical labels, iterations and convergence flag. */
  static void assertSameRun(String what, SingleRun expected, SingleRun actual) {
    assertArrayEquals(what + ": labels", expected.labels(), actual.labels());
    assertArrayEquals(what + ": centres", bits(expected.centers()), bits(actual.centers()));
    assertEquals(what + ": inertia", Double.doubleToLongBits(expected.inertia()),
        Double.doubleToLongBits(actual.inertia()));
    assertEquals(what + ": iterations", expected.iterations(), actual.iterations());
    assertEquals(what + ": converged", expected.converged(), actual.converged());
  }

  static long[] bits(double[] values) {
    long[] b = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = Double.doubleToLongBits(values[i]);
    }
    return b;
  }
}
