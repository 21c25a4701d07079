package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * The cophenetic correlation of SciPy's own trees against SciPy's {@code cophenet(Z, pdist(X))[0]}, to 1e-9
 * relative, with the input distances computed here from the oracle's data: Euclidean for the eight numeric files
 * and every linkage, Jaccard on booleans for {@code zoo.jaccard}.
 */
public class CopheneticCorrelationTest {
  private static final double RELATIVE = 1e-9;

  @Test
  public void givenScipyLinkages_whenCopheneticCorrelation_thenScipyCophenet() {
    int checked = 0;
    for (String file : DendrogramOracles.FILES) {
      OracleData oracle = OracleData.load(file);
      CondensedDistances distances = DendrogramOracles.euclidean(oracle.matrix());
      JsonNode methods = oracle.json().get("agglomerative").get("scipy").get("methods");
      for (Map.Entry<String, JsonNode> method : iterable(methods)) {
        Dendrogram tree = Dendrogram.fromLinkage(DendrogramOracles.linkage(method.getValue().get("linkage")));
        assertMatches(file + " " + method.getKey(), method.getValue().get("cophenetic_correlation").asDouble(),
            tree, distances);
        checked++;
      }
    }
    assertEquals("8 files x 7 linkages", 56, checked);
  }

  @Test
  public void givenZooJaccardLinkages_whenCopheneticCorrelation_thenScipyCophenet() {
    OracleData zoo = OracleData.load("zoo", "jaccard");
    CondensedDistances distances = DendrogramOracles.jaccard(zoo.matrix());
    List<Map.Entry<String, JsonNode>> methods = iterable(zoo.json().get("agglomerative"));
    for (Map.Entry<String, JsonNode> method : methods) {
      Dendrogram tree = Dendrogram.fromLinkage(DendrogramOracles.linkage(method.getValue().get("linkage")));
      assertMatches("zoo " + method.getKey(), method.getValue().get("cophenetic_correlation").asDouble(), tree,
          distances);
    }
    assertEquals("single, complete, average, weighted", 4, methods.size());
  }

  @Test
  public void givenDistancesOfOtherSize_whenCopheneticCorrelation_thenRejected() {
    Dendrogram tree = DendrogramTestTrees.scipyWard();
    CondensedDistances three = CondensedDistances.of(new double[] {1, 2, 3});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> tree.copheneticCorrelation(three));
    assertTrue(e.getMessage(), e.getMessage().contains("12 rows") && e.getMessage().contains("has 3"));
    CondensedDistances cophenetic = tree.copheneticDistances();
    assertThrows(IllegalArgumentException.class, () -> CopheneticCorrelation.pearson(three, cophenetic));
  }

  @Test
  public void givenCancellingMonitor_whenCopheneticCorrelation_thenCancelled() {
    Dendrogram tree = DendrogramTestTrees.random(300, 1, DendrogramTestTrees.Heights.ANY);
    CondensedDistances distances = tree.copheneticDistances();
    Recording cancelled = new Recording(true);
    assertThrows(CancelledException.class, () -> tree.copheneticCorrelation(distances, cancelled));
    assertThrows(CancelledException.class, () -> tree.copheneticDistances(cancelled));
  }

  @Test
  public void givenMonitor_whenCopheneticCorrelation_thenProgressRisesToOne() {
    Dendrogram tree = DendrogramTestTrees.random(300, 2, DendrogramTestTrees.Heights.ANY);
    Recording recording = new Recording(false);
    List<Double> fractions = recording.fractions;
    assertEquals(1.0, tree.copheneticCorrelation(tree.copheneticDistances(), recording), 1e-12);
    assertTrue(fractions.size() >= 300 / CopheneticRows.ROWS_PER_REPORT);
    for (int i = 1; i < fractions.size(); i++) {
      assertTrue(fractions.get(i) >= fractions.get(i - 1));
    }
    assertEquals(1.0, fractions.get(fractions.size() - 1), 0.0);
  }

  private static void assertMatches(String what, double expected, Dendrogram tree, CondensedDistances distances) {
    double streaming = tree.copheneticCorrelation(distances);
    double fromMatrix = CopheneticCorrelation.pearson(tree.copheneticDistances(), distances);
    assertEquals(what + " (streaming)", expected, streaming, RELATIVE * Math.abs(expected));
    assertEquals(what + " (matrix)", expected, fromMatrix, RELATIVE * Math.abs(expected));
  }

  private static List<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    object.fields().forEachRemaining(out::add);
    return out;
  }

  /** Records the progress fractions; cancelled from the start, or never. */
  private static final class Recording implements ProgressMonitor {
    final List<Double> fractions = new ArrayList<>();
    private final boolean cancelled;

    Recording(boolean cancelled) {
      this.cancelled = cancelled;
    }

    @Override
    public void progress(double fraction, String message) {
      fractions.add(fraction);
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }
  }
}
