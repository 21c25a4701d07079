package org.clustermodels.knime.logic.pmml;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.kmeans.Datasets;
import org.clustermodels.knime.logic.kmeans.KMeansLearner;
import org.clustermodels.knime.logic.kmeans.KMeansLearnerResult;
import org.clustermodels.knime.logic.kmeans.KMeansNodeSettings;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.HasDisplayValue;
import org.jpmml.evaluator.HasEntityAffinity;
import org.jpmml.evaluator.HasEntityId;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Our PMML scored by an independent consumer, JPMML-Evaluator: on iris and wine, unscaled, z-scored and min-max
 * scaled, with both comparison measures, every row gets our label (the cluster id and name) and our distance (the
 * affinity: the distance, or its square for squaredEuclidean). The documents are also written to
 * target/pmml/ for inspection.
 */
@RunWith(Parameterized.class)
public class ClusteringPmmlJpmmlTest {
  private final String dataset;
  private final Scaling scaling;
  private final PmmlMeasure measure;

  public ClusteringPmmlJpmmlTest(String dataset, Scaling scaling, PmmlMeasure measure) {
    this.dataset = dataset;
    this.scaling = scaling;
    this.measure = measure;
  }

  @Parameters(name = "{0} {1} {2}")
  public static List<Object[]> cases() {
    List<Object[]> out = new ArrayList<>();
    for (String d : List.of("iris", "wine")) {
      for (Scaling s : Scaling.values()) {
        for (PmmlMeasure m : PmmlMeasure.values()) {
          out.add(new Object[] {d, s, m});
        }
      }
    }
    return out;
  }

  @Test
  public void anIndependentPmmlEvaluatorGivesOurLabelsAndDistances() throws Exception {
    Datasets.Table table = Datasets.csv(dataset);
    KMeansNodeSettings settings = KMeansNodeSettings.builder().numClusters(3).scaling(scaling).build();
    KMeansLearnerResult r = KMeansLearner.run(settings, table.trainingRows(MissingValuePolicy.SKIP_ROWS),
        ProgressMonitor.none(), MemoryCheck.runtime());
    String xml = ClusteringPmml.of(r.model()).withMeasure(measure).toXml();
    Path dir = Path.of("target", "pmml");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(dataset + "-" + scaling.id() + "-" + measure.element() + ".pmml"), xml);

    Evaluator evaluator = new LoadingModelEvaluatorBuilder()
        .load(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).build();
    evaluator.verify();
    for (int i = 0; i < table.rows().length; i++) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int j = 0; j < table.columns().size(); j++) {
        arguments.put(table.columns().get(j), table.rows()[i][j]);
      }
      Object result = evaluator.evaluate(arguments).get(Evaluator.DEFAULT_TARGET_NAME);
      RowAssignment ours = r.row(i);
      assertEquals("row " + i, ours.label(), ((HasEntityId) result).getEntityId());
      assertEquals("row " + i, ours.label(), ((HasDisplayValue) result).getDisplayValue());
      double affinity = ((HasEntityAffinity) result).getEntityAffinity();
      double expected = measure == PmmlMeasure.EUCLIDEAN ? ours.distance() : ours.distance() * ours.distance();
      assertEquals("row " + i, expected, affinity, 1e-9 * Math.max(1, expected));
    }
  }

  /** The mean fill values travel as missingValueReplacement: JPMML assigns a row with holes as our assigner does. */
  @Test
  public void aRowWithMissingValuesIsFilledWithTheTrainingMeansByTheEvaluatorToo() throws Exception {
    Datasets.Table table = Datasets.csv(dataset);
    KMeansNodeSettings settings = KMeansNodeSettings.builder().numClusters(3).scaling(scaling)
        .missingValues(MissingValuePolicy.MEAN).build();
    KMeansLearnerResult r = KMeansLearner.run(settings, table.trainingRows(MissingValuePolicy.MEAN),
        ProgressMonitor.none(), MemoryCheck.runtime());
    Evaluator evaluator = new LoadingModelEvaluatorBuilder().load(new ByteArrayInputStream(
        ClusteringPmml.of(r.model()).withMeasure(measure).toXml().getBytes(StandardCharsets.UTF_8))).build();
    NearestCentreAssigner assigner = r.model().assigner();
    int checked = 0;
    for (int i = 0; i < table.rows().length; i += 7) {
      double[] row = table.rows()[i].clone();
      row[i % row.length] = Double.NaN;
      row[(i + 1) % row.length] = Double.NaN;
      Map<String, Object> arguments = new LinkedHashMap<>();
      for (int j = 0; j < row.length; j++) {
        arguments.put(table.columns().get(j), Double.isNaN(row[j]) ? null : row[j]);
      }
      Object result = evaluator.evaluate(arguments).get(Evaluator.DEFAULT_TARGET_NAME);
      assertEquals("row " + i, assigner.assign("Row" + i, row).label(), ((HasEntityId) result).getEntityId());
      checked++;
    }
    assertTrue(checked > 20);
  }
}
