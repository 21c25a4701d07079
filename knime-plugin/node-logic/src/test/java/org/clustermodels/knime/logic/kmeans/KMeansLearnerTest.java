package org.clustermodels.knime.logic.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.clustermodels.knime.logic.table.Scaling;
import org.clustermodels.knime.logic.table.TrainingRows;
import org.junit.Test;

public class KMeansLearnerTest {
  private static final Datasets.Table IRIS = Datasets.csv("iris");

  private static KMeansLearnerResult run(KMeansNodeSettings s, TrainingRows rows) {
    return KMeansLearner.run(s, rows, ProgressMonitor.none(), MemoryCheck.runtime());
  }

  private static KMeansLearnerResult run(KMeansNodeSettings s) {
    return run(s, IRIS.trainingRows(s.missingValues()));
  }

  /** Iris raw, k = 2..4: scikit-learn finds the same partitions (ARI 1 with R), so their silhouettes are known. */
  @Test
  public void givenAnAutomaticK_whenRun_thenTheScanMatchesTheOracleAndTheHighestSilhouetteIsChosen() {
    KMeansLearnerResult r = run(KMeansNodeSettings.builder().autoK(true).kRange(2, 4).build());
    OutputTable scan = r.scan();
    assertEquals(3, scan.rowCount());
    int bestK = 0;
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < 3; i++) {
      int k = 2 + i;
      JsonNode o = Datasets.kmeansOracle("iris.raw", k);
      assertEquals(k, scan.get(i, 0));
      double inertia = o.get("sklearn_inertia_recomputed").asDouble();
      assertEquals(inertia, (Double) scan.get(i, 1), 1e-9 * inertia);
      double silhouette = o.get("silhouette_sklearn_labels").asDouble();
      assertEquals(silhouette, (Double) scan.get(i, 2), 1e-9);
      if (silhouette > best) {
        best = silhouette;
        bestK = k;
      }
    }
    assertEquals(2, bestK);
    assertEquals(bestK, r.numClusters());
    assertEquals(List.of(true, false, false), List.of(scan.get(0, 5), scan.get(1, 5), scan.get(2, 5)));
    assertEquals(List.of("k", "Inertia", "Silhouette", "Calinski-Harabasz", "Davies-Bouldin", "Chosen"),
        scan.columns().stream().map(OutputColumn::name).toList());
    int[] labels = new int[IRIS.rows().length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = r.row(i).cluster();
    }
    assertArrayEquals(Datasets.ints(Datasets.kmeansOracle("iris.raw", 2).get("sklearn_labels")),
        Datasets.canonical(labels));
    assertEquals(3, r.viewData().scan().size());
  }

  @Test
  public void givenAFixedK_whenRun_thenTheScanTableIsEmptyWithItsColumns() {
    OutputTable scan = run(KMeansNodeSettings.defaults()).scan();
    assertEquals(0, scan.rowCount());
    assertEquals(6, scan.columns().size());
  }

  /** The outlier flag recomputed in the test: distance above the type-7 quantile of its cluster's distances. */
  @Test
  public void givenTheOutlierFlag_whenRun_thenRowsBeyondTheirClustersQuantileAreFlagged() {
    double q = 0.9;
    KMeansLearnerResult r = run(KMeansNodeSettings.builder().scaling(Scaling.ZSCORE).outlierFlag(true)
        .outlierQuantile(q).build());
    int n = IRIS.rows().length;
    int flagged = 0;
    for (int c = 0; c < 3; c++) {
      List<Double> d = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (r.row(i).cluster() == c) {
          d.add(r.row(i).distance());
        }
      }
      double[] sorted = d.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double h = (sorted.length - 1) * q;
      int lo = (int) Math.floor(h);
      double threshold = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
      for (int i = 0; i < n; i++) {
        RowAssignment a = r.row(i);
        if (a.cluster() == c) {
          assertEquals("row " + i, a.distance() > threshold, a.outlier());
          flagged += a.outlier() ? 1 : 0;
        }
      }
    }
    assertTrue(flagged > 0 && flagged < n / 5);
    assertEquals(List.of("Cluster", "Distance to centre (z-score units)", "Outlier"),
        r.appendedColumns(IRIS.columns()).stream().map(OutputColumn::name).toList());
    assertEquals(3, r.appendedCells(0).length);
  }

  @Test
  public void givenRowsWithMissingValues_whenSkipped_thenTheirCellsAreMissingAndTheOthersAreAssigned() {
    double[][] rows = Arrays.stream(IRIS.rows()).map(double[]::clone).toArray(double[][]::new);
    rows[3][1] = Double.NaN;
    rows[77][0] = Double.NaN;
    Datasets.Table holes = new Datasets.Table(IRIS.columns(), rows);
    KMeansLearnerResult r = run(KMeansNodeSettings.defaults(), holes.trainingRows(MissingValuePolicy.SKIP_ROWS));
    assertEquals(150, r.inputRowCount());
    assertArrayEquals(new Object[] {null, null}, r.appendedCells(3));
    assertFalse(r.row(77).isAssigned());
    int kept = 0;
    for (int i = 0; i < 150; i++) {
      if (i != 3 && i != 77) {
        RowAssignment a = r.row(i);
        assertTrue(a.isAssigned());
        double[] centre = r.model().centreModel().centres()[a.cluster()];
        assertEquals(Datasets.euclidean(rows[i], centre), a.distance(), 1e-12);
        kept++;
      }
    }
    assertEquals(148, Arrays.stream(r.model().clusterSizes()).sum());
    assertEquals(148, kept);
    assertEquals(List.of("2 of 150 rows were left out because of missing values (the first: \"Row3\"); their "
        + "output cells are missing."), r.warnings());
  }

  @Test
  public void givenTheAppendedColumns_whenKIsFixed_thenConfigureAndExecuteAgree() {
    KMeansNodeSettings s = KMeansNodeSettings.builder().numClusters(4).build();
    List<String> input = new ArrayList<>(IRIS.columns());
    input.add("Cluster");
    assertEquals(KMeansOutputs.appendedColumns(s, input), run(s).appendedColumns(input));
    assertEquals("Cluster (#1)", KMeansOutputs.appendedColumns(s, input).get(0).name());
    assertEquals(List.of("cluster_0", "cluster_1", "cluster_2", "cluster_3"),
        KMeansOutputs.appendedColumns(s, input).get(0).possibleValues());
    assertEquals(KMeansOutputs.centreColumns(s, IRIS.columns()), run(s).centres().columns());
    assertEquals(KMeansOutputs.modelSpec(s, IRIS.columns()), run(s).model().spec());
  }

  @Test
  public void givenASelectedColumnNamedSize_whenTheCentresTableIsMade_thenTheFixedColumnYields() {
    KMeansNodeSettings s = KMeansNodeSettings.builder().scaling(Scaling.MINMAX).build();
    assertEquals(List.of(OutputColumn.ofString("Cluster", List.of("cluster_0", "cluster_1", "cluster_2")),
        OutputColumn.ofInt("Size (#1)"), OutputColumn.ofDouble("SSE (min-max units)"), OutputColumn.ofDouble("Size"),
        OutputColumn.ofDouble("x")), KMeansOutputs.centreColumns(s, List.of("Size", "x")));
  }

  @Test
  public void givenAnAutomaticK_whenConfigured_thenTheDomainAndKAreNotKnownYet() {
    KMeansNodeSettings s = KMeansNodeSettings.builder().autoK(true).build();
    assertEquals(List.of(), KMeansOutputs.appendedColumns(s, List.of("a")).get(0).possibleValues());
    assertEquals(0, KMeansOutputs.modelSpec(s, List.of("a")).numClusters());
  }

  @Test
  public void givenMoreClustersThanRows_whenRun_thenTheMessageNamesTheOptionAndTheRowCount() {
    Datasets.Table three = new Datasets.Table(List.of("x"), new double[][] {{1}, {Double.NaN}, {2}, {3}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(KMeansNodeSettings.builder().numClusters(4).build(), three.trainingRows(
            MissingValuePolicy.SKIP_ROWS)));
    assertEquals("\"Number of clusters (k)\" (numClusters) = 4 is larger than the number of rows to cluster, 3 "
        + "(1 rows with missing values were left out).", e.getMessage());
  }

  @Test
  public void givenAnAutomaticRangeBeyondTheRows_whenRun_thenTheMessageNamesTheLargestK() {
    Datasets.Table four = new Datasets.Table(List.of("x"), new double[][] {{1}, {2}, {3}, {4}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(KMeansNodeSettings.builder().autoK(true).kRange(2, 4).build(), four.trainingRows(
            MissingValuePolicy.SKIP_ROWS)));
    assertEquals("\"Largest k\" (maxClusters) = 4 must be at most the number of rows to cluster minus 1, 3.",
        e.getMessage());
  }

  @Test
  public void givenOneRow_whenRun_thenTheMessageSaysTwoAreNeeded() {
    Datasets.Table one = new Datasets.Table(List.of("x"), new double[][] {{1}});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(KMeansNodeSettings.builder().numClusters(1).build(), one.trainingRows(
            MissingValuePolicy.SKIP_ROWS)));
    assertEquals("Only 1 row is left to cluster; k-means needs at least 2.", e.getMessage());
  }

  @Test
  public void givenInvalidSettings_whenRun_thenTheValidationMessageIsThrown() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(KMeansNodeSettings.builder().restarts(0).build()));
    assertEquals("\"Restarts\" (restarts) must be at least 1, got 0.", e.getMessage());
  }

  @Test
  public void givenTooLittleMemory_whenRun_thenTheMessageSaysWhatNeedsHowMuchAndWhatToDo() {
    KMeansNodeSettings s = KMeansNodeSettings.builder().threads(1).algorithm(AlgorithmChoice.HAMERLY).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KMeansLearner.run(s,
        IRIS.trainingRows(MissingValuePolicy.SKIP_ROWS), ProgressMonitor.none(), MemoryCheck.fixed(100)));
    // per restart 150 x (label 4 + two bounds 16) bytes, results 150 x (label 4 + distance 8) bytes, no scaled copy
    assertTrue(e.getMessage(), e.getMessage().startsWith("k-means on 150 rows x 4 columns (k up to 3, hamerly, 1 "
        + "restart at a time) needs 4,800 bytes"));
    assertTrue(e.getMessage(), e.getMessage().endsWith("use fewer threads, the Hamerly algorithm, a sample of the "
        + "rows, or give KNIME more memory (-Xmx in knime.ini)"));
  }

  @Test
  public void givenACancelledMonitor_whenRun_thenItStops() {
    ProgressMonitor cancelled = new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
      }

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    for (boolean auto : new boolean[] {false, true}) {
      KMeansNodeSettings s = KMeansNodeSettings.builder().autoK(auto).build();
      assertThrows(CancelledException.class, () -> KMeansLearner.run(s, IRIS.trainingRows(s.missingValues()),
          cancelled, MemoryCheck.runtime()));
    }
  }

  @Test
  public void givenTooFewIterations_whenRun_thenTheNodeWarnsThatTheFitDidNotConverge() {
    KMeansLearnerResult r = run(KMeansNodeSettings.builder().maxIterations(1).restarts(1).tolerance(0)
        .init(InitChoice.RANDOM).build());
    assertTrue(r.warnings().toString(), r.warnings().contains("The best restart did not converge within 1 "
        + "iterations; raise \"Maximum iterations\" (maxIterations)."));
  }

  @Test
  public void givenTheSameSeed_whenRunTwice_thenTheResultsAreEqual() {
    KMeansNodeSettings s = KMeansNodeSettings.builder().numClusters(5).init(InitChoice.RANDOM).seed(7).build();
    assertEquals(run(s).model(), run(s).model());
    assertEquals(run(s).centres(), run(s).centres());
  }

  @Test
  public void givenTheRowsWithMissingValues_whenAssignedByTheModel_thenTheyAreNotAssignedEither() {
    KMeansLearnerResult r = run(KMeansNodeSettings.defaults());
    RowAssignment a = r.model().assigner().assign("new", new double[] {5, Double.NaN, 1, 0.2});
    assertFalse(a.isAssigned());
    assertNull(a.label());
    RowAssignment b = r.model().assigner().assign("Row0", IRIS.rows()[0]);
    assertEquals(r.row(0).label(), b.label());
    assertEquals(r.row(0).distance(), b.distance(), 0);
  }

  /**
   * The profile of z-scored k-means with two rows skipped: recomputed in the test from the input rows and each
   * row's assignment, in original units, over the clustered rows only; its means are the centres output.
   */
  @Test
  public void givenSkippedRowsAndScaling_whenRun_thenTheProfileIsOfTheClusteredRowsInOriginalUnits() {
    double[][] rows = Arrays.stream(IRIS.rows()).map(double[]::clone).toArray(double[][]::new);
    rows[10][2] = Double.NaN;
    rows[120][3] = Double.NaN;
    KMeansNodeSettings s = KMeansNodeSettings.builder().numClusters(3).scaling(Scaling.ZSCORE).build();
    KMeansLearnerResult r = run(s, new Datasets.Table(IRIS.columns(), rows)
        .trainingRows(MissingValuePolicy.SKIP_ROWS));
    OutputTable p = r.profile();
    assertEquals(KMeansOutputs.profileColumns(s), p.columns());
    int d = IRIS.columns().size();
    assertEquals(d + 3 * d, p.rowCount());
    double[][] centres = r.model().centreModel().centresOriginalUnits();
    for (int j = 0; j < d; j++) {
      double[] all = moments(r, rows, -1, j);
      assertEquals(List.of("all", 148, 1.0, IRIS.columns().get(j)), List.of(p.row(j)).subList(0, 4));
      assertEquals(all[1], (Double) p.get(j, 4), 1e-12);
      assertEquals(all[2], (Double) p.get(j, 5), 1e-12);
      for (int c = 0; c < 3; c++) {
        double[] in = moments(r, rows, c, j);
        Object[] row = p.row(d + c * d + j);
        assertEquals("cluster_" + c, row[0]);
        assertEquals((int) in[0], row[1]);
        assertEquals(in[0] / 148, (Double) row[2], 1e-15);
        assertEquals(in[1], (Double) row[4], 1e-12);
        assertEquals(centres[c][j], (Double) row[4], 1e-9);
        assertEquals(in[2], (Double) row[5], 1e-12);
        assertEquals((in[1] - all[1]) / all[2], (Double) row[6], 1e-12);
      }
    }
  }

  /** Count, mean and population sd of column j over the assigned rows of cluster c (-1: all assigned rows). */
  private static double[] moments(KMeansLearnerResult r, double[][] rows, int c, int j) {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      RowAssignment a = r.row(i);
      if (a.isAssigned() && (c < 0 || a.cluster() == c)) {
        values.add(rows[i][j]);
      }
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    return new double[] {values.size(), mean, Math.sqrt(squares / values.size())};
  }

  @Test
  public void givenAnAutomaticK_whenConfigured_thenTheProfilesClusterDomainIsUnknownUntilExecution() {
    KMeansNodeSettings s = KMeansNodeSettings.builder().autoK(true).kRange(2, 3).build();
    assertEquals(List.of(), KMeansOutputs.profileColumns(s).get(0).possibleValues());
    KMeansLearnerResult r = run(s);
    assertEquals(List.of("all", "cluster_0", "cluster_1"), r.profile().columns().get(0).possibleValues());
  }
}
