package org.clustermodels.core.quantize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * The palette of chelsea.png (135,300 pixels) against the best k-means inertia that scikit-learn (10 k-means++
 * starts) or R (10 Hartigan-Wong starts) found on all its pixels ({@code data/oracles/chelsea.raw.json},
 * {@code best_known_inertia}).
 *
 * <ul>
 *   <li>Fitted on every pixel with 10 restarts (as the oracle), the k-means inertia is within 1e-5 of the
 *       oracle's, and the rounded palette adds at most what rounding can add: each centre moves by at most 0.5
 *       per channel, which costs each pixel at most 3 x 0.25 (reassigning pixels to a nearer colour only
 *       lowers it).</li>
 *   <li>Fitted on the default sample of 20,000 pixels, the quantised image's squared error is within 0.3 % of
 *       the oracle's inertia (the sample costs about 0.02 %, rounding about 0.1 %).</li>
 * </ul>
 */
public class ColorQuantizerOracleTest {

  private static double bestKnown(OracleData oracle, int k) {
    return oracle.json().get("kmeans").get("per_k").get(String.valueOf(k)).get("best_known_inertia").asDouble();
  }

  @Test
  public void everyPixelFitMatchesTheOracleAndRoundingCostsAtMostAQuarterPerChannel() {
    OracleData oracle = OracleData.load("chelsea", "raw");
    DenseMatrix pixels = oracle.matrix();
    ColorTable table = ColorTable.of(pixels, 255);
    assertEquals(oracle.json().get("duplicates").get("n_distinct_rows").asInt(), table.size());
    for (int k : new int[] {4, 8}) {
      Quantization q = new ColorQuantizer().quantize(table, QuantizeParams.of(k).withSampleSize(pixels.rows())
          .withRestarts(10));
      double best = bestKnown(oracle, k);
      assertEquals(pixels.rows(), q.fitPixels());
      assertTrue("k = " + k + ": inertia " + q.fitInertia() + " vs oracle " + best,
          q.fitInertia() <= best * (1 + 1e-5));
      double sse = q.error().sumSquaredError();
      assertTrue("k = " + k + ": rounded " + sse + " vs " + q.fitInertia(),
          sse <= q.fitInertia() + pixels.rows() * 3 * 0.25);
    }
  }

  @Test
  public void theDefaultSampleLosesLittle() {
    OracleData oracle = OracleData.load("chelsea", "raw");
    ColorTable table = ColorTable.of(oracle.matrix(), 255);
    for (int k : new int[] {4, 8, 10}) {
      Quantization q = new ColorQuantizer().quantize(table, QuantizeParams.of(k));
      assertEquals(QuantizeParams.DEFAULT_SAMPLE_SIZE, q.fitPixels());
      double best = bestKnown(oracle, k);
      double sse = q.error().sumSquaredError();
      assertTrue("k = " + k + ": " + sse + " vs oracle " + best + " (gap " + (sse / best - 1) + ")",
          sse <= best * 1.003);
      assertEquals(sse / (3.0 * table.pixels()), q.error().mse(), 1e-9);
    }
  }
}
