package org.clustermodels.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.clustermodels.core.data.DenseMatrix;

/**
 * Rebuilds the n x d matrix an oracle file was computed from, and checks it against the oracle: the columns named
 * in the oracle's {@code attributes}, in that order, from the CSV named by {@code source_file} (or, for the image,
 * the PNG's pixels in row-major order as R, G, B, raw samples 0..255), z-scored for the {@code zscore} variant
 * exactly as {@code data/oracles/README.md} says (population standard deviation, ddof 0; zero-variance columns set
 * to 0). The checks (column means and standard deviations against {@code standardisation}; column sums and
 * SHA-256 against {@code data_fingerprint}) make a preprocessing mistake fail loudly instead of hiding in a later
 * tolerance. Used by {@link OracleData#load(String, String)}.
 */
public final class OracleInput {
  /** Relative tolerance of the column-sum check (the brief's 1e-9). */
  public static final double FINGERPRINT_RELATIVE_TOLERANCE = 1e-9;

  private OracleInput() {
  }

  /**
   * The rebuilt input of an oracle.
   *
   * @param matrix the preprocessed n x d matrix, verified against the oracle
   * @param classColumn the CSV's {@code class} column, or null if it has none
   */
  public record Rebuilt(DenseMatrix matrix, String[] classColumn) {
  }

  /**
   * Reads, preprocesses and verifies the input of an oracle.
   *
   * @param json the parsed oracle file
   * @return the matrix and class column
   * @throws AssertionError if the result does not match the oracle's standardisation or fingerprint
   */
  public static Rebuilt rebuild(JsonNode json) {
    List<String> attributes = OracleData.strings(json.get("attributes"));
    String source = json.path("source_file").asText(json.get("dataset").asText() + ".csv");
    double[] values;
    String[] classColumn = null;
    if (source.endsWith(".png")) {
      values = readPng("/" + source);
    } else {
      Csv csv = Csv.read("/" + source);
      values = csv.numericColumns(attributes);
      classColumn = csv.hasColumn("class") ? csv.column("class") : null;
    }
    DenseMatrix raw = DenseMatrix.ofRowMajor(values.length / attributes.size(), attributes.size(), values);
    DenseMatrix matrix = raw;
    if ("zscore".equals(json.path("standardisation").path("method").asText())) {
      verifyStandardisation(raw, json);
      matrix = zscore(raw);
    }
    verifyFingerprint(matrix, json);
    return new Rebuilt(matrix, classColumn);
  }

  /**
   * Z-scores each column with its mean and population standard deviation (ddof 0), as the oracle README
   * describes; a column whose standard deviation is 0 becomes all 0.
   *
   * @param raw the raw data
   * @return the standardised copy
   */
  public static DenseMatrix zscore(DenseMatrix raw) {
    int n = raw.rows();
    int d = raw.cols();
    double[][] stats = meansAndStds(raw);
    double[] x = raw.toArray();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i * d + j] = stats[1][j] == 0 ? 0.0 : (x[i * d + j] - stats[0][j]) / stats[1][j];
      }
    }
    return DenseMatrix.ofRowMajor(n, d, x);
  }

  /**
   * @param raw the raw data
   * @return {means, population standard deviations} of the columns
   */
  public static double[][] meansAndStds(DenseMatrix raw) {
    int n = raw.rows();
    int d = raw.cols();
    double[] mean = new double[d];
    double[] std = new double[d];
    for (int j = 0; j < d; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += raw.get(i, j);
      }
      mean[j] = sum / n;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        double t = raw.get(i, j) - mean[j];
        squares += t * t;
      }
      std[j] = Math.sqrt(squares / n);
    }
    return new double[][] {mean, std};
  }

  /**
   * Checks the column means and standard deviations of the raw data against the oracle's {@code standardisation}
   * (to 1e-12 relative), so that a z-scoring mistake that keeps column sums at 0 (such as ddof 1) is caught too.
   *
   * @param raw the raw data
   * @param json the oracle of a zscore variant
   * @throws AssertionError naming the first mismatch
   */
  public static void verifyStandardisation(DenseMatrix raw, JsonNode json) {
    JsonNode standardisation = json.get("standardisation");
    double[][] ours = meansAndStds(raw);
    String[] fields = {"mean", "std"};
    for (int f = 0; f < 2; f++) {
      double[] expected = OracleData.doubles(standardisation.get(fields[f]));
      for (int j = 0; j < expected.length; j++) {
        if (Math.abs(ours[f][j] - expected[j]) > 1e-12 * Math.abs(expected[j])) {
          throw new AssertionError(json.path("dataset").asText() + ": column " + j + " has " + fields[f] + " "
              + ours[f][j] + ", the oracle's standardisation " + expected[j]);
        }
      }
    }
    List<Integer> zeroVariance = new ArrayList<>();
    for (int j = 0; j < raw.cols(); j++) {
      if (ours[1][j] == 0) {
        zeroVariance.add(j);
      }
    }
    List<Integer> expectedZeroVariance =
        Arrays.stream(OracleData.ints(standardisation.get("zero_variance_columns"))).boxed().toList();
    if (!zeroVariance.equals(expectedZeroVariance)) {
      throw new AssertionError(json.path("dataset").asText() + ": zero-variance columns " + zeroVariance
          + ", the oracle's " + standardisation.get("zero_variance_columns"));
    }
  }

  /**
   * Checks a matrix against {@code data_fingerprint}: the shape ({@code n}, {@code d}); each column sum to
   * {@link #FINGERPRINT_RELATIVE_TOLERANCE} relative to the sum of the column's absolute values, the scale of a
   * sum's rounding error (for the raw data, all of one sign, that is plain relative error; for z-scored columns,
   * whose sums are about 1e-13 and have no meaningful relative error, it is an absolute tolerance of about 1e-9
   * per row); and the SHA-256 of the matrix, which every bundled file matches bit for bit (a z-scoring with
   * ddof 1 keeps the column sums at 0 but changes the hash). Files without a fingerprint ({@code zoo.jaccard}) are
   * checked for shape only.
   *
   * @param matrix the rebuilt matrix
   * @param json the oracle
   * @throws AssertionError naming the first mismatch
   */
  public static void verifyFingerprint(DenseMatrix matrix, JsonNode json) {
    String name = json.path("dataset").asText() + "." + json.path("variant").asText();
    if (matrix.rows() != json.get("n").asInt() || matrix.cols() != json.get("d").asInt()) {
      throw new AssertionError(name + ": matrix is " + matrix + ", oracle has n = " + json.get("n") + ", d = "
          + json.get("d"));
    }
    JsonNode fingerprint = json.get("data_fingerprint");
    if (fingerprint == null) {
      return;
    }
    double[] expected = OracleData.doubles(fingerprint.get("column_sums"));
    int n = matrix.rows();
    int d = matrix.cols();
    for (int j = 0; j < d; j++) {
      double sum = 0;
      double scale = 0;
      for (int i = 0; i < n; i++) {
        sum += matrix.get(i, j);
        scale += Math.abs(matrix.get(i, j));
      }
      if (Math.abs(sum - expected[j]) > FINGERPRINT_RELATIVE_TOLERANCE * scale) {
        throw new AssertionError(name + ": column " + j + " sums to " + sum + ", the oracle's preprocessed data to "
            + expected[j] + ": the data was not preprocessed as the oracle's");
      }
    }
    String hash = sha256(matrix);
    if (!hash.equals(fingerprint.get("sha256_float64_le_rowmajor").asText())) {
      throw new AssertionError(name + ": SHA-256 of the matrix is " + hash + ", not the oracle's "
          + fingerprint.get("sha256_float64_le_rowmajor").asText() + ": the values differ (not only the sums)");
    }
  }

  /**
   * @param matrix a matrix
   * @return the hex SHA-256 of its values as little-endian doubles, row-major (the oracle's
   *     {@code sha256_float64_le_rowmajor})
   */
  public static String sha256(DenseMatrix matrix) {
    double[] v = matrix.toArray();
    ByteBuffer bytes = ByteBuffer.allocate(v.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asDoubleBuffer().put(v);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputStream open(String resource) {
    InputStream in = OracleInput.class.getResourceAsStream(resource);
    if (in == null) {
      throw new AssertionError("test resource " + resource + " not found (data/ is the test resource folder)");
    }
    return in;
  }

  /** Pixels in row-major order, R, G, B per pixel, raw samples 0..255 (no colour conversion). */
  private static double[] readPng(String resource) {
    try (InputStream in = open(resource)) {
      BufferedImage image = ImageIO.read(in);
      Raster raster = image.getRaster();
      int w = image.getWidth();
      int h = image.getHeight();
      double[] out = new double[w * h * 3];
      for (int r = 0; r < h; r++) {
        for (int c = 0; c < w; c++) {
          for (int band = 0; band < 3; band++) {
            out[(r * w + c) * 3 + band] = raster.getSample(c, r, band);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The data's CSV convention: one header row, comma separator, no quoting. */
  private record Csv(String resource, List<String> header, List<String[]> rows) {
    static Csv read(String resource) {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
        List<String> header = List.of(reader.readLine().split(",", -1));
        List<String[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isEmpty()) {
            String[] fields = line.split(",", -1);
            if (fields.length != header.size()) {
              throw new AssertionError(resource + ": row " + rows.size() + " has " + fields.length + " fields");
            }
            rows.add(fields);
          }
        }
        return new Csv(resource, header, rows);
      } catch (IOException e) {
        throw new UncheckedIOException(resource, e);
      }
    }

    boolean hasColumn(String name) {
      return header.contains(name);
    }

    String[] column(String name) {
      int j = header.indexOf(name);
      return rows.stream().map(row -> row[j]).toArray(String[]::new);
    }

    double[] numericColumns(List<String> names) {
      int d = names.size();
      double[] out = new double[rows.size() * d];
      for (int c = 0; c < d; c++) {
        int j = header.indexOf(names.get(c));
        if (j < 0) {
          throw new AssertionError(resource + " has no column " + names.get(c));
        }
        for (int i = 0; i < rows.size(); i++) {
          out[i * d + c] = Double.parseDouble(rows.get(i)[j]);
        }
      }
      return out;
    }
  }
}
