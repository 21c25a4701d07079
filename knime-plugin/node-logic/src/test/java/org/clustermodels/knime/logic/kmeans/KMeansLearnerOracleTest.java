package org.clustermodels.knime.logic.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.OutputTable;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The learner on iris and wine, raw and z-scored, at k = 2 and 3 (where scikit-learn and R find the same partition,
 * ARI 1, so the optimum is not in doubt): the labels against scikit-learn's, and every number of the outputs
 * against a direct computation from those labels in this test (sizes, SSE, centres in original units, each row's
 * distance) and against the oracle's recomputed inertia. The z-scored oracles were computed on z-scored data; the
 * learner gets the RAW data with the z-score scaling, so its scaling is checked too.
 */
@RunWith(Parameterized.class)
public class KMeansLearnerOracleTest {
  private final String dataset;
  private final String variant;
  private final int k;

  public KMeansLearnerOracleTest(String dataset, String variant, int k) {
    this.dataset = dataset;
    this.variant = variant;
    this.k = k;
  }

  @Parameters(name = "{0}.{1} k={2}")
  public static List<Object[]> cases() {
    List<Object[]> out = new ArrayList<>();
    for (String d : List.of("iris", "wine")) {
      for (String v : List.of("raw", "zscore")) {
        for (int k : new int[] {2, 3}) {
          out.add(new Object[] {d, v, k});
        }
      }
    }
    return out;
  }

  @Test
  public void theOutputsMatchScikitLearnsPartitionAndADirectComputation() {
    Datasets.Table table = Datasets.csv(dataset);
    boolean zscore = variant.equals("zscore");
    KMeansNodeSettings settings = KMeansNodeSettings.builder().numClusters(k)
        .scaling(zscore ? Scaling.ZSCORE : Scaling.NONE).build();
    KMeansLearnerResult r = KMeansLearner.run(settings, table.trainingRows(MissingValuePolicy.SKIP_ROWS),
        ProgressMonitor.none(), MemoryCheck.runtime());
    JsonNode oracle = Datasets.kmeansOracle(dataset + "." + variant, k);

    int n = table.rows().length;
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      RowAssignment a = r.row(i);
      labels[i] = a.cluster();
      assertEquals("cluster_" + a.cluster(), a.label());
    }
    assertArrayEquals(Datasets.ints(oracle.get("sklearn_labels")), Datasets.canonical(labels));

    double[][] space = zscore ? Datasets.zscores(table.rows()) : table.rows();
    double[][] centres = Datasets.means(space, labels, k);
    double[][] originalCentres = Datasets.means(table.rows(), labels, k);
    int[] sizes = new int[k];
    double[] sse = new double[k];
    for (int i = 0; i < n; i++) {
      double distance = Datasets.euclidean(space[i], centres[labels[i]]);
      assertEquals("row " + i, distance, r.row(i).distance(), 1e-9 * Math.max(1, distance));
      sizes[labels[i]]++;
      sse[labels[i]] += distance * distance;
    }
    OutputTable t = r.centres();
    double total = 0;
    for (int c = 0; c < k; c++) {
      assertEquals("cluster_" + c, t.get(c, 0));
      assertEquals(sizes[c], t.get(c, 1));
      assertEquals(sse[c], (Double) t.get(c, 2), 1e-9 * sse[c]);
      for (int j = 0; j < table.columns().size(); j++) {
        assertEquals(originalCentres[c][j], (Double) t.get(c, 3 + j), 1e-9 * Math.max(1, Math.abs(
            originalCentres[c][j])));
      }
      total += sse[c];
    }
    double inertia = oracle.get("sklearn_inertia_recomputed").asDouble();
    assertEquals(inertia, total, 1e-9 * inertia);
    assertEquals(inertia, r.model().inertia(), 1e-9 * inertia);
    assertEquals(Arrays.stream(sizes).sum(), n);
  }
}
