package org.clustermodels.core.testing;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/** The oracle loader rebuilds every oracle's input matrix bit for bit, and rejects a mis-preprocessed one. */
public class OracleDataTest {

  @Test
  public void everyKmeansOracleRebuildsItsMatrixBitForBit() {
    for (String file : OracleData.KMEANS_FILES) {
      OracleData oracle = OracleData.load(file);
      JsonNode fingerprint = oracle.json().get("data_fingerprint");
      assertEquals(file, fingerprint.get("sha256_float64_le_rowmajor").asText(),
          OracleInput.sha256(oracle.matrix()));
      assertEquals(file, List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), oracle.kmeansKs());
      assertEquals(file, oracle.json().get("n").asInt(), oracle.sklearnLabels(3).length);
    }
  }

  @Test
  public void classesAreIndicesIntoTheSortedClassValues() {
    int[] iris = OracleData.load("iris", "raw").classLabels();
    assertEquals(150, iris.length);
    assertEquals(0, iris[0]); // setosa
    assertEquals(2, iris[149]); // virginica
    int[] wine = OracleData.load("wine", "zscore").classLabels();
    int[] counts = new int[3];
    for (int c : wine) {
      counts[c]++;
    }
    assertArrayEquals(OracleData.ints(OracleData.load("wine", "zscore").json().get("external").get("class_counts")),
        counts);
    assertFalse(OracleData.load("faithful", "raw").hasClasses());
  }

  @Test
  public void rawDataDoesNotPassForTheZscoreFingerprint() {
    DenseMatrix raw = OracleData.load("iris", "raw").matrix();
    JsonNode zscore = OracleData.load("iris", "zscore").json();
    AssertionError e = assertThrows(AssertionError.class, () -> OracleInput.verifyFingerprint(raw, zscore));
    assertTrue(e.getMessage(), e.getMessage().contains("column 0 sums to"));
  }

  @Test
  public void zscoreWithSampleStandardDeviationIsCaughtAlthoughItsSumsMatch() {
    OracleData oracle = OracleData.load("usarrests", "zscore");
    DenseMatrix good = oracle.matrix();
    int n = good.rows();
    double[] ddof1 = good.toArray();
    for (int i = 0; i < ddof1.length; i++) {
      ddof1[i] *= Math.sqrt((n - 1.0) / n);
    }
    DenseMatrix wrong = DenseMatrix.ofRowMajor(n, good.cols(), ddof1);
    AssertionError e = assertThrows(AssertionError.class, () -> OracleInput.verifyFingerprint(wrong, oracle.json()));
    assertTrue(e.getMessage(), e.getMessage().contains("SHA-256"));
  }
}
