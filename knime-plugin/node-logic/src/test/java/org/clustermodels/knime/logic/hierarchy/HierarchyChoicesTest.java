package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices.Item;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.junit.Test;

/**
 * The dialogs' choices: every value of every option is offered once, under a text of its own; the option names
 * are the names the settings' messages use.
 */
public class HierarchyChoicesTest {
  private static <T> void offersEachValueOnce(List<Item<T>> items, T[] values) {
    assertEquals(List.of(values), items.stream().map(Item::value).toList());
    Set<String> labels = new HashSet<>();
    for (Item<T> item : items) {
      assertTrue(item.label(), !item.label().isBlank() && labels.add(item.label()));
      assertEquals(item.label(), item.toString());
      assertEquals(item, HierarchyChoices.itemOf(items, item.value()));
    }
  }

  @Test
  public void everyValueOfEveryChoiceIsOfferedOnceUnderItsOwnText() {
    offersEachValueOnce(HierarchyChoices.linkages(), LinkageMethod.values());
    offersEachValueOnce(HierarchyChoices.metrics(), DistanceMetric.values());
    offersEachValueOnce(HierarchyChoices.methods(), AgglomerativeMethod.values());
    offersEachValueOnce(HierarchyChoices.algorithms(), DivisiveMethod.values());
    offersEachValueOnce(HierarchyChoices.splits(), BisectingKMeansSplit.values());
    offersEachValueOnce(HierarchyChoices.scalings(), Standardization.values());
    offersEachValueOnce(HierarchyChoices.missingValues(), MissingValuePolicy.values());
  }

  @Test
  public void theSevenLinkagesAreOfferedAndThoseThatNeedEuclideanDistancesSaySo() {
    assertEquals(7, HierarchyChoices.linkages().size());
    for (Item<LinkageMethod> item : HierarchyChoices.linkages()) {
      boolean euclideanOnly = Arrays.asList(LinkageMethod.CENTROID, LinkageMethod.MEDIAN, LinkageMethod.WARD)
          .contains(item.value());
      assertEquals(item.label(), euclideanOnly, item.label().contains("Euclidean only"));
    }
  }

  @Test
  public void aValueThatIsNotOfferedHasNoItem() {
    List<Item<DistanceMetric>> two = HierarchyChoices.metrics().subList(0, 2);
    assertThrows(IllegalArgumentException.class, () -> HierarchyChoices.itemOf(two, DistanceMetric.COSINE));
  }

  @Test
  public void theOptionNamesAreTheNamesTheSettingsMessagesUse() {
    AgglomerativeNodeSettings ward = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.WARD)
        .metric(DistanceMetric.MANHATTAN).build();
    String message = assertThrows(SettingsException.class, ward::validate).getMessage();
    assertTrue(message, message.contains("\"" + HierarchyChoices.LINKAGE + "\"")
        && message.contains("\"" + HierarchyChoices.METRIC + "\""));
    AgglomerativeNodeSettings vector = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.AVERAGE)
        .method(AgglomerativeMethod.VECTOR).build();
    message = assertThrows(SettingsException.class, vector::validate).getMessage();
    assertTrue(message, message.contains("\"" + HierarchyChoices.METHOD + "\""));
    String[][] named = {
        {HierarchyNodeSettings.KEY_METRIC, HierarchyChoices.METRIC},
        {HierarchyNodeSettings.KEY_SCALING, HierarchyChoices.SCALING},
        {HierarchyNodeSettings.KEY_MISSING_VALUES, HierarchyChoices.MISSING_VALUES},
        {HierarchyNodeSettings.KEY_THREADS, HierarchyChoices.THREADS},
        {HierarchyNodeSettings.KEY_OUTPUT_COLUMN, HierarchyChoices.OUTPUT_COLUMN},
        {ClusterCut.KEY_MODE, HierarchyChoices.CUT_MODE},
        {ClusterCut.KEY_COUNT, HierarchyChoices.CUT_COUNT},
        {ClusterCut.KEY_HEIGHT, HierarchyChoices.CUT_HEIGHT},
        {AgglomerativeNodeSettings.KEY_LINKAGE, HierarchyChoices.LINKAGE},
        {AgglomerativeNodeSettings.KEY_METHOD, HierarchyChoices.METHOD}};
    missingKeysAreNamed(AgglomerativeNodeSettings.defaults(), named);
    missingKeysAreNamed(DivisiveNodeSettings.defaults(), new String[][] {
        {DivisiveNodeSettings.KEY_ALGORITHM, HierarchyChoices.ALGORITHM},
        {DivisiveNodeSettings.KEY_SPLIT, HierarchyChoices.SPLIT},
        {DivisiveNodeSettings.KEY_RESTARTS, HierarchyChoices.RESTARTS},
        {DivisiveNodeSettings.KEY_SEED, HierarchyChoices.SEED}});
  }

  /** Loading the settings without each key fails with a message naming the option as the dialog names it. */
  private static void missingKeysAreNamed(HierarchyNodeSettings settings, String[][] keysAndNames) {
    for (String[] keyAndName : keysAndNames) {
      assertTrue(keyAndName[0], missing(settings, keyAndName[0]).contains("\"" + keyAndName[1] + "\""));
    }
  }

  /** The message of loading the settings without one key. */
  private static String missing(HierarchyNodeSettings settings, String key) {
    MapSettings saved = new MapSettings();
    settings.saveTo(saved);
    MapSettings without = new MapSettings();
    for (String line : saved.lines()) {
      if (!line.startsWith(key + " ")) {
        NodeSettingsTest.copyLine(line, without);
      }
    }
    return assertThrows(SettingsException.class, () -> {
      if (settings instanceof AgglomerativeNodeSettings) {
        AgglomerativeNodeSettings.loadFrom(without);
      } else {
        DivisiveNodeSettings.loadFrom(without);
      }
    }).getMessage();
  }
}
