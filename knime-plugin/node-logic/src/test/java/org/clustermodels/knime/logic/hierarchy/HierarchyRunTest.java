package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.junit.Test;

/** The runs: cancellation, the memory check and its message, input errors that name row keys and columns. */
public class HierarchyRunTest {
  private static DenseMatrix random(int n, int d, long seed) {
    Random r = new Random(seed);
    double[][] rows = new double[n][d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        row[j] = r.nextGaussian();
      }
    }
    return DenseMatrix.of(rows);
  }

  private static String[] keys(int n) {
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      keys[i] = "Row" + i;
    }
    return keys;
  }

  private static String[] columns(int d) {
    String[] names = new String[d];
    for (int j = 0; j < d; j++) {
      names[j] = "c" + j;
    }
    return names;
  }

  private static HierarchyResult agglomerative(AgglomerativeNodeSettings s, DenseMatrix data, ProgressMonitor monitor,
      MemoryCheck memory) {
    return AgglomerativeNodeRun.run(s, data, keys(data.rows()), columns(data.cols()), monitor, memory);
  }

  private static HierarchyResult divisive(DivisiveNodeSettings s, DenseMatrix data, ProgressMonitor monitor,
      MemoryCheck memory) {
    return DivisiveNodeRun.run(s, data, keys(data.rows()), columns(data.cols()), monitor, memory);
  }

  /** Cancels once it has heard {@code after} progress reports. */
  private static final class CancelAfter implements ProgressMonitor {
    private final int after;
    private final AtomicInteger heard = new AtomicInteger();

    CancelAfter(int after) {
      this.after = after;
    }

    @Override
    public void progress(double fraction, String message) {
      heard.incrementAndGet();
    }

    @Override
    public boolean isCancelled() {
      return heard.get() >= after;
    }
  }

  @Test
  public void aMonitorThatCancelsStopsEveryKindOfRun() {
    DenseMatrix data = random(600, 3, 1);
    for (LinkageMethod linkage : LinkageMethod.values()) {
      AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(linkage).build();
      CancelAfter monitor = new CancelAfter(2);
      assertThrows(linkage.id(), CancelledException.class, () -> agglomerative(s, data, monitor,
          MemoryCheck.runtime()));
    }
    for (DivisiveMethod method : DivisiveMethod.values()) {
      DivisiveNodeSettings s = DivisiveNodeSettings.builder().algorithm(method).build();
      assertThrows(method.name(), CancelledException.class, () -> divisive(s, data, new CancelAfter(2),
          MemoryCheck.runtime()));
    }
    // cancelled before it starts: no tree is built
    assertThrows(CancelledException.class, () -> agglomerative(AgglomerativeNodeSettings.defaults(), data,
        new CancelAfter(0), MemoryCheck.runtime()));
  }

  @Test
  public void progressEndsAtOneWithTheClusterCount() {
    List<Double> fractions = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    ProgressMonitor monitor = new ProgressMonitor() {
      @Override
      public synchronized void progress(double fraction, String message) {
        fractions.add(fraction);
        messages.add(message);
      }

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
    agglomerative(AgglomerativeNodeSettings.defaults(), random(300, 2, 2), monitor, MemoryCheck.runtime());
    assertEquals("Hierarchical clustering of 300 rows (average linkage, euclidean)", messages.get(0));
    assertEquals(1.0, fractions.get(fractions.size() - 1), 0);
    assertEquals("Cut into 3 clusters", messages.get(messages.size() - 1));
    for (double f : fractions) {
      assertTrue(f >= 0 && f <= 1);
    }
  }

  @Test
  public void tooLittleMemoryForTheDistanceMatrixFailsWithTheCoresMessage() {
    DenseMatrix data = random(400, 2, 3);
    AgglomerativeNodeSettings matrix = AgglomerativeNodeSettings.builder().method(AgglomerativeMethod.MATRIX)
        .build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> agglomerative(matrix, data,
        ProgressMonitor.none(), MemoryCheck.fixed(100_000)));
    // 400 * 399 / 2 = 79,800 distances of 8 bytes
    assertTrue(e.getMessage(), e.getMessage().startsWith("the distance matrix of 400 rows (79,800 distances of 8 "
        + "bytes)"));
    assertTrue(e.getMessage(), e.getMessage().contains("but only 100,000 bytes (97.7 KiB) are available"));
    // AUTO with average linkage has no vector method to fall back on
    assertThrows(IllegalArgumentException.class, () -> agglomerative(AgglomerativeNodeSettings.defaults(), data,
        ProgressMonitor.none(), MemoryCheck.fixed(100_000)));
  }

  @Test
  public void autoFallsBackOnTheVectorMethodForWardAndGetsTheSameClusters() {
    DenseMatrix data = random(400, 2, 4);
    AgglomerativeNodeSettings ward = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.WARD)
        .cut(ClusterCut.byCount(5)).build();
    HierarchyResult small = agglomerative(ward, data, ProgressMonitor.none(), MemoryCheck.fixed(100_000));
    HierarchyResult large = agglomerative(ward.toBuilder().method(AgglomerativeMethod.MATRIX).build(), data,
        ProgressMonitor.none(), MemoryCheck.runtime());
    assertArrayEquals(large.clusterIndices(), small.clusterIndices());
  }

  @Test
  public void dianaChecksTheGivenMemoryBeforeItsDistanceMatrix() {
    DenseMatrix data = random(400, 2, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> divisive(
        DivisiveNodeSettings.defaults(), data, ProgressMonitor.none(), MemoryCheck.fixed(100_000)));
    // 79,800 * 8 + 64 * 400 + 8 * 400 * 2 = 670,400 bytes
    assertEquals("DIANA on 400 rows: the distance matrix (79,800 distances of 8 bytes) with its work arrays needs "
        + "670,400 bytes (654.7 KiB), but only 100,000 bytes (97.7 KiB) are available; choose bisecting k-means (it "
        + "needs no distance matrix), cluster a sample of the rows, or give KNIME more memory (-Xmx in knime.ini)",
        e.getMessage());
    // bisecting k-means needs no matrix
    divisive(DivisiveNodeSettings.builder().algorithm(DivisiveMethod.BISECTING_KMEANS).build(), data,
        ProgressMonitor.none(), MemoryCheck.fixed(100_000));
  }

  @Test
  public void moreClustersThanRowsNamesTheOption() {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().cut(ClusterCut.byCount(6)).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> agglomerative(s,
        random(5, 2, 6), ProgressMonitor.none(), MemoryCheck.runtime()));
    assertEquals("Number of clusters is 6, but only 5 rows were clustered; choose at most 5", e.getMessage());
    // a cut at any height is fine, and k = n gives single rows
    assertEquals(5, agglomerative(s.toBuilder().cut(ClusterCut.byCount(5)).build(), random(5, 2, 6),
        ProgressMonitor.none(), MemoryCheck.runtime()).clusterCount());
  }

  @Test
  public void oneRowIsTooFew() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> divisive(
        DivisiveNodeSettings.defaults(), random(1, 2, 7), ProgressMonitor.none(), MemoryCheck.runtime()));
    assertEquals("Divisive clustering needs at least 2 rows, got 1 (rows with missing values are skipped)",
        e.getMessage());
  }

  @Test
  public void aNonFiniteValueIsNamedByRowKeyAndColumn() {
    double[][] rows = random(6, 3, 8).toRows();
    rows[4][2] = Double.NaN;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgglomerativeNodeRun.run(
        AgglomerativeNodeSettings.defaults(), DenseMatrix.of(rows), new String[] {"a", "b", "c", "d", "e", "f"},
        new String[] {"x", "y", "z"}, ProgressMonitor.none(), MemoryCheck.runtime()));
    assertEquals("Row \"e\", column \"z\": the value NaN is not finite", e.getMessage());
  }

  @Test
  public void valuesTheMetricRefusesAreNamedByRowKeyAndColumn() {
    double[][] binary = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0.5}, {0, 0, 1}};
    String[] keys = {"cat", "dog", "owl", "ant"};
    String[] cols = {"hair", "eggs", "legs"};
    AgglomerativeNodeSettings jaccard = AgglomerativeNodeSettings.builder().metric(DistanceMetric.JACCARD).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgglomerativeNodeRun.run(
        jaccard.toBuilder().cut(ClusterCut.byCount(2)).build(), DenseMatrix.of(binary), keys, cols,
        ProgressMonitor.none(), MemoryCheck.runtime()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("Row \"owl\", column \"legs\": the jaccard metric needs "
        + "binary data"));
    // the cosine distance refuses a row of zeros as a whole: no column is named
    double[][] zero = {{1, 2}, {0, 0}, {3, 1}};
    DivisiveNodeSettings cosine = DivisiveNodeSettings.builder().metric(DistanceMetric.COSINE)
        .cut(ClusterCut.byCount(2)).build();
    e = assertThrows(IllegalArgumentException.class, () -> DivisiveNodeRun.run(cosine, DenseMatrix.of(zero),
        new String[] {"r1", "r2", "r3"}, new String[] {"u", "v"}, ProgressMonitor.none(), MemoryCheck.runtime()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("Row \"r2\": the cosine distance is undefined"));
  }

  @Test
  public void rowKeysAndColumnNamesMustMatchTheMatrix() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgglomerativeNodeRun.run(
        AgglomerativeNodeSettings.defaults(), random(4, 2, 9), keys(3), columns(2), ProgressMonitor.none(),
        MemoryCheck.runtime()));
    assertEquals("the matrix has 4 rows and 2 columns, but 3 row keys and 2 column names were given",
        e.getMessage());
  }

  @Test
  public void settingsTheCoreRefusesFailTheRunWithTheCoresMessage() {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.CENTROID)
        .metric(DistanceMetric.MANHATTAN).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> agglomerative(s,
        random(5, 2, 10), ProgressMonitor.none(), MemoryCheck.runtime()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("centroid linkage requires the euclidean metric"));
  }
}
