package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.junit.Test;

/** The two nodes' settings: frozen keys and ids, round trips, messages that name the option, validation. */
public class NodeSettingsTest {
  private static MapSettings saved(HierarchyNodeSettings settings) {
    MapSettings map = new MapSettings();
    settings.saveTo(map);
    return map;
  }

  @Test
  public void theAgglomerativeDefaultsAreStoredUnderTheFrozenKeys() {
    assertEquals(List.of(
        "linkage (string) = average",
        "method (string) = auto",
        "metric (string) = euclidean",
        "scaling (string) = none",
        "missing_values (string) = skip",
        "cut_by (string) = count",
        "cut_count (int) = 3",
        "cut_height (double) = 1.0",
        "threads (int) = 0",
        "output_column (string) = Cluster",
        "min_cluster_size (int) = 0"), saved(AgglomerativeNodeSettings.defaults()).lines());
  }

  @Test
  public void theDivisiveDefaultsAreStoredUnderTheFrozenKeys() {
    assertEquals(List.of(
        "algorithm (string) = diana",
        "split (string) = largest_sse",
        "restarts (int) = 5",
        "seed (long) = 0",
        "metric (string) = euclidean",
        "scaling (string) = none",
        "missing_values (string) = skip",
        "cut_by (string) = count",
        "cut_count (int) = 3",
        "cut_height (double) = 1.0",
        "threads (int) = 0",
        "output_column (string) = Cluster",
        "min_cluster_size (int) = 0"), saved(DivisiveNodeSettings.defaults()).lines());
  }

  /** Every value each choice can store: renaming a constant in the core must not change a stored id. */
  @Test
  public void everyChoiceHasItsFrozenIds() {
    assertEquals("single, complete, average, weighted, centroid, median, ward", ids(LinkageMethod.values(),
        LinkageMethod::id));
    assertEquals("euclidean, sqeuclidean, manhattan, chebyshev, cosine, jaccard, hamming",
        ids(DistanceMetric.values(), DistanceMetric::id));
    assertEquals("none, zscore, minmax", ids(Standardization.values(), SettingsValues::id));
    assertEquals("auto, matrix, vector", ids(AgglomerativeMethod.values(), SettingsValues::id));
    assertEquals("diana, bisecting_kmeans", ids(DivisiveMethod.values(), SettingsValues::id));
    assertEquals("largest_sse, largest_size", ids(BisectingKMeansSplit.values(), SettingsValues::id));
    assertEquals("count, height", ids(ClusterCut.Mode.values(), ClusterCut.Mode::id));
    assertEquals("skip, mean, fail", ids(MissingValuePolicy.values(), MissingValuePolicy::id));
    assertEquals("agglomerative, divisive", ids(HierarchyKind.values(), HierarchyKind::id));
  }

  private static <T> String ids(T[] values, java.util.function.Function<T, String> id) {
    return Arrays.stream(values).map(id).collect(Collectors.joining(", "));
  }

  @Test
  public void everyLinkageAndEveryOtherValueSurvivesARoundTrip() throws SettingsException {
    for (LinkageMethod linkage : LinkageMethod.values()) {
      AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(linkage)
          .method(AgglomerativeMethod.MATRIX).scaling(Standardization.MINMAX)
          .missingValues(MissingValuePolicy.MEAN).cut(ClusterCut.of(ClusterCut.Mode.HEIGHT, 7, 2.75)).threads(3)
          .outputColumn("Group").build();
      AgglomerativeNodeSettings loaded = AgglomerativeNodeSettings.loadFrom(saved(s));
      assertEquals(s, loaded);
      assertEquals(linkage, loaded.linkage());
      assertEquals(2.75, loaded.cut().height(), 0);
      assertEquals(7, loaded.cut().count());
      assertEquals(s.hashCode(), loaded.hashCode());
    }
    DivisiveNodeSettings d = DivisiveNodeSettings.builder().algorithm(DivisiveMethod.BISECTING_KMEANS)
        .split(BisectingKMeansSplit.LARGEST_SIZE).restarts(9).seed(-123456789012L).metric(DistanceMetric.MANHATTAN)
        .scaling(Standardization.ZSCORE).missingValues(MissingValuePolicy.FAIL).cut(ClusterCut.byHeight(0)).build();
    DivisiveNodeSettings loaded = DivisiveNodeSettings.loadFrom(saved(d));
    assertEquals(d, loaded);
    assertEquals(-123456789012L, loaded.seed());
    // bisecting k-means keeps the DIANA metric for the dialog but runs Euclidean
    assertEquals(DistanceMetric.MANHATTAN, loaded.metric());
    assertEquals(DistanceMetric.EUCLIDEAN, loaded.effectiveMetric());
    assertEquals(DistanceMetric.MANHATTAN, loaded.toBuilder().algorithm(DivisiveMethod.DIANA).build()
        .effectiveMetric());
    assertNotEquals(d, d.toBuilder().seed(1).build());
  }

  @Test
  public void aMissingKeyNamesTheOptionAndTheKey() {
    MapSettings map = new MapSettings();
    AgglomerativeNodeSettings.defaults().toBuilder().build().saveTo(map);
    MapSettings without = new MapSettings();
    for (String line : map.lines()) {
      if (!line.startsWith("cut_count")) {
        copyLine(line, without);
      }
    }
    SettingsException e = assertThrows(SettingsException.class, () -> AgglomerativeNodeSettings.loadFrom(without));
    assertEquals("Option \"Number of clusters\" (settings key \"cut_count\"): is missing from the settings",
        e.getMessage());
  }

  /** Rebuilds a map from its snapshot lines (strings, ints, longs and doubles only). */
  static void copyLine(String line, MapSettings into) {
    String key = line.substring(0, line.indexOf(' '));
    String type = line.substring(line.indexOf('(') + 1, line.indexOf(')'));
    String value = line.substring(line.indexOf(" = ") + 3);
    switch (type) {
      case "string" -> into.putString(key, value);
      case "int" -> into.putInt(key, Integer.parseInt(value));
      case "long" -> into.putLong(key, Long.parseLong(value));
      case "double" -> into.putDouble(key, Double.parseDouble(value));
      default -> throw new AssertionError(type);
    }
  }

  private static MapSettings agglomerativeWith(String key, Object value) {
    MapSettings map = new MapSettings();
    for (String line : saved(AgglomerativeNodeSettings.defaults()).lines()) {
      if (!line.startsWith(key + " ")) {
        copyLine(line, map);
      } else if (value instanceof Integer i) {
        map.putInt(key, i);
      } else if (value instanceof Double d) {
        map.putDouble(key, d);
      } else {
        map.putString(key, (String) value);
      }
    }
    return map;
  }

  private static String loadFails(MapSettings map) {
    return assertThrows(SettingsException.class, () -> AgglomerativeNodeSettings.loadFrom(map)).getMessage();
  }

  @Test
  public void anUnknownValueNamesTheOptionAndTheAllowedValues() {
    String m = loadFails(agglomerativeWith("linkage", "upgma"));
    assertTrue(m, m.startsWith("Option \"Linkage\" (settings key \"linkage\"): unknown linkage 'upgma'"));
    assertTrue(m, m.contains("single, complete, average, weighted, centroid, median, ward"));
    m = loadFails(agglomerativeWith("scaling", "robust"));
    assertTrue(m, m.startsWith("Option \"Scaling\" (settings key \"scaling\"): \"robust\" is unknown; allowed: none, "
        + "zscore, minmax"));
    m = loadFails(agglomerativeWith("missing_values", "drop"));
    assertTrue(m, m.startsWith("Option \"Missing values\""));
    m = loadFails(agglomerativeWith("cut_by", "depth"));
    assertTrue(m, m.startsWith("Option \"Cut the tree by\" (settings key \"cut_by\")"));
  }

  @Test
  public void aValueOfTheWrongTypeNamesTheOption() {
    String m = loadFails(agglomerativeWith("cut_count", "three"));
    assertTrue(m, m.startsWith("Option \"Number of clusters\" (settings key \"cut_count\"): Type mismatch"));
  }

  @Test
  public void valuesOutOfRangeAreRefusedNamingTheOption() {
    assertEquals("Number of clusters must be at least 1, got 0", loadFails(agglomerativeWith("cut_count", 0)));
    assertEquals("Cut height must be a finite number >= 0, got -0.5", loadFails(agglomerativeWith("cut_height",
        -0.5)));
    assertEquals("Cut height must be a finite number >= 0, got NaN", loadFails(agglomerativeWith("cut_height",
        Double.NaN)));
    assertEquals("Threads must be >= 0 (0 = all processors), got -1", loadFails(agglomerativeWith("threads", -1)));
    assertEquals("Cluster column name must not be empty", loadFails(agglomerativeWith("output_column", " ")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DivisiveNodeSettings.builder().restarts(0).build());
    assertEquals("Restarts per split must be at least 1, got 0", e.getMessage());
  }

  @Test
  public void aLinkageThatNeedsEuclideanDistancesRefusesAnyOtherMetric() throws SettingsException {
    for (LinkageMethod linkage : LinkageMethod.values()) {
      for (DistanceMetric metric : DistanceMetric.values()) {
        AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(linkage).metric(metric).build();
        boolean centroids = linkage == LinkageMethod.CENTROID || linkage == LinkageMethod.MEDIAN
            || linkage == LinkageMethod.WARD;
        if (centroids && metric != DistanceMetric.EUCLIDEAN) {
          SettingsException e = assertThrows(SettingsException.class, s::validate);
          assertTrue(e.getMessage(), e.getMessage().startsWith("Options \"Linkage\" and \"Distance\": "
              + linkage.id() + " linkage requires the euclidean metric, got " + metric.id()));
          // loading such settings fails the same way
          assertThrows(SettingsException.class, () -> AgglomerativeNodeSettings.loadFrom(saved(s)));
        } else {
          s.validate();
        }
      }
    }
  }

  @Test
  public void theVectorMethodIsRefusedWhereTheCoreHasNone() throws SettingsException {
    AgglomerativeNodeSettings average = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.AVERAGE)
        .method(AgglomerativeMethod.VECTOR).build();
    SettingsException e = assertThrows(SettingsException.class, average::validate);
    assertTrue(e.getMessage(), e.getMessage().startsWith("Option \"Method\": method VECTOR"));
    AgglomerativeNodeSettings.builder().linkage(LinkageMethod.WARD).method(AgglomerativeMethod.VECTOR).build()
        .validate();
    AgglomerativeNodeSettings.builder().linkage(LinkageMethod.SINGLE).method(AgglomerativeMethod.VECTOR).build()
        .validate();
    assertThrows(SettingsException.class, () -> AgglomerativeNodeSettings.builder().linkage(LinkageMethod.SINGLE)
        .metric(DistanceMetric.MANHATTAN).method(AgglomerativeMethod.VECTOR).build().validate());
  }

  @Test
  public void divisiveSettingsValidateEveryMetricForDiana() throws SettingsException {
    for (DistanceMetric metric : DistanceMetric.values()) {
      DivisiveNodeSettings.builder().metric(metric).build().validate();
      DivisiveNodeSettings.builder().algorithm(DivisiveMethod.BISECTING_KMEANS).metric(metric).build().validate();
    }
    assertEquals(DistanceMetric.COSINE, DivisiveNodeSettings.builder().metric(DistanceMetric.COSINE).build()
        .toParams().metric());
  }

  @Test
  public void theOutputColumnNameIsStripped() {
    assertEquals("My cluster", AgglomerativeNodeSettings.builder().outputColumn("  My cluster ").build()
        .outputColumn());
  }
}
