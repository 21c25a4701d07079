package org.clustermodels.core.quality;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/** Every internal measure rejects bad input at the boundary with a message that names the problem. */
public class InternalMeasureValidationTest {
  private static final DenseMatrix FOUR_ROWS = DenseMatrix.of(new double[][] {{0, 1}, {1, 1}, {5, 5}, {6, 5}});

  private static Map<String, BiConsumer<DenseMatrix, int[]>> measures() {
    Map<String, BiConsumer<DenseMatrix, int[]>> m = new LinkedHashMap<>();
    m.put("Silhouette.exact", Silhouette::exact);
    m.put("Silhouette.perPoint", Silhouette::perPoint);
    m.put("Silhouette.sampled", (data, labels) -> Silhouette.sampled(data, labels, 3, 1L));
    m.put("CalinskiHarabasz.score", CalinskiHarabasz::score);
    m.put("DaviesBouldin.score", DaviesBouldin::score);
    return m;
  }

  private static void assertRejected(DenseMatrix data, int[] labels, String... fragments) {
    measures().forEach((name, measure) -> {
      IllegalArgumentException e = assertThrows(name, IllegalArgumentException.class,
          () -> measure.accept(data, labels));
      for (String fragment : fragments) {
        assertTrue(name + ": message '" + e.getMessage() + "' lacks '" + fragment + "'",
            e.getMessage().contains(fragment));
      }
    });
  }

  @Test
  public void labelsOfTheWrongLength() {
    assertRejected(FOUR_ROWS, new int[] {0, 0, 1}, "labels has 3 entries but the data has 4 rows");
    assertRejected(FOUR_ROWS, new int[] {0, 0, 1, 1, 1}, "labels has 5 entries but the data has 4 rows");
  }

  @Test
  public void singleCluster() {
    assertRejected(FOUR_ROWS, new int[] {7, 7, 7, 7}, "number of distinct labels is 1 for 4 rows",
        "between 2 and n - 1 = 3", "single cluster");
  }

  @Test
  public void everyRowItsOwnCluster() {
    assertRejected(FOUR_ROWS, new int[] {0, 1, 2, 3}, "number of distinct labels is 4 for 4 rows",
        "between 2 and n - 1 = 3");
  }

  @Test
  public void nanOrInfiniteData() {
    DenseMatrix nan = DenseMatrix.of(new double[][] {{0, 1}, {1, 1}, {5, Double.NaN}, {6, 5}});
    assertRejected(nan, new int[] {0, 0, 1, 1}, "row 2, column 1", "NaN", "not a finite number");
    DenseMatrix inf = DenseMatrix.of(new double[][] {{0, 1}, {Double.NEGATIVE_INFINITY, 1}, {5, 5}, {6, 5}});
    assertRejected(inf, new int[] {0, 0, 1, 1}, "row 1, column 0", "Infinity");
  }

  @Test
  public void negativeLabel() {
    assertRejected(FOUR_ROWS, new int[] {0, 0, -1, 1}, "row 2 has label -1", "labels must be >= 0");
  }

  @Test
  public void nullArguments() {
    assertRejected(null, new int[] {0, 0, 1, 1}, "must not be null");
    assertRejected(FOUR_ROWS, null, "must not be null");
  }
}
