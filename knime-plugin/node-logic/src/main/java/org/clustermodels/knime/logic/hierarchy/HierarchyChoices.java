package org.clustermodels.knime.logic.hierarchy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * What the dialogs of the hierarchical and divisive clustering nodes show: the name of every option (the same
 * names the settings' validation messages use, and the node descriptions list) and, for every option with a
 * fixed list of values, those values in the order shown with the text shown for each. The stored values are the
 * settings' frozen ids; the texts here may change.
 */
public final class HierarchyChoices {
  /** The linkage option's name. */
  public static final String LINKAGE = AgglomerativeNodeSettings.OPTION_LINKAGE;
  /** The method option's name (agglomerative). */
  public static final String METHOD = AgglomerativeNodeSettings.OPTION_METHOD;
  /** The algorithm option's name (divisive). */
  public static final String ALGORITHM = DivisiveNodeSettings.OPTION_ALGORITHM;
  /** The split criterion's name (divisive, bisecting k-means). */
  public static final String SPLIT = DivisiveNodeSettings.OPTION_SPLIT;
  /** The restarts option's name (divisive, bisecting k-means). */
  public static final String RESTARTS = DivisiveNodeSettings.OPTION_RESTARTS;
  /** The seed option's name (divisive, bisecting k-means). */
  public static final String SEED = DivisiveNodeSettings.OPTION_SEED;
  /** The metric option's name. */
  public static final String METRIC = HierarchyNodeSettings.OPTION_METRIC;
  /** The scaling option's name. */
  public static final String SCALING = HierarchyNodeSettings.OPTION_SCALING;
  /** The missing-value option's name. */
  public static final String MISSING_VALUES = HierarchyNodeSettings.OPTION_MISSING_VALUES;
  /** The threads option's name. */
  public static final String THREADS = HierarchyNodeSettings.OPTION_THREADS;
  /** The cluster column's name option. */
  public static final String OUTPUT_COLUMN = HierarchyNodeSettings.OPTION_OUTPUT_COLUMN;
  /** The minimum cluster size option's name. */
  public static final String MIN_CLUSTER_SIZE = HierarchyNodeSettings.OPTION_MIN_CLUSTER_SIZE;
  /** The name of the choice between the two cuts. */
  public static final String CUT_MODE = ClusterCut.OPTION_MODE;
  /** The number-of-clusters option's name (also the text of its choice). */
  public static final String CUT_COUNT = ClusterCut.OPTION_COUNT;
  /** The cut height option's name (also the text of its choice). */
  public static final String CUT_HEIGHT = ClusterCut.OPTION_HEIGHT;

  private static final List<Item<LinkageMethod>> LINKAGES = List.of(
      new Item<>(LinkageMethod.SINGLE, "Single (closest rows)"),
      new Item<>(LinkageMethod.COMPLETE, "Complete (farthest rows)"),
      new Item<>(LinkageMethod.AVERAGE, "Average (UPGMA)"),
      new Item<>(LinkageMethod.WEIGHTED, "Weighted average (WPGMA, McQuitty)"),
      new Item<>(LinkageMethod.CENTROID, "Centroid (UPGMC; Euclidean only)"),
      new Item<>(LinkageMethod.MEDIAN, "Median (WPGMC; Euclidean only)"),
      new Item<>(LinkageMethod.WARD, "Ward (minimum variance; Euclidean only)"));
  private static final List<Item<DistanceMetric>> METRICS = List.of(
      new Item<>(DistanceMetric.EUCLIDEAN, "Euclidean"),
      new Item<>(DistanceMetric.SQEUCLIDEAN, "Squared Euclidean"),
      new Item<>(DistanceMetric.MANHATTAN, "Manhattan (city block)"),
      new Item<>(DistanceMetric.CHEBYSHEV, "Chebyshev (largest difference)"),
      new Item<>(DistanceMetric.COSINE, "Cosine (1 - cosine similarity)"),
      new Item<>(DistanceMetric.JACCARD, "Jaccard (0/1 values only)"),
      new Item<>(DistanceMetric.HAMMING, "Hamming (0/1 values only)"));
  private static final List<Item<AgglomerativeMethod>> METHODS = List.of(
      new Item<>(AgglomerativeMethod.AUTO, "Automatic (the faster method that fits)"),
      new Item<>(AgglomerativeMethod.MATRIX, "Distance matrix"),
      new Item<>(AgglomerativeMethod.VECTOR, "Vector method (no distance matrix)"));
  private static final List<Item<DivisiveMethod>> ALGORITHMS = List.of(
      new Item<>(DivisiveMethod.DIANA, "DIANA (split the cluster of largest diameter)"),
      new Item<>(DivisiveMethod.BISECTING_KMEANS, "Bisecting k-means"));
  private static final List<Item<BisectingKMeansSplit>> SPLITS = List.of(
      new Item<>(BisectingKMeansSplit.LARGEST_SSE, "Largest SSE"),
      new Item<>(BisectingKMeansSplit.LARGEST_SIZE, "Most rows"));
  private static final List<Item<Standardization>> SCALINGS = Arrays.stream(Scaling.values())
      .map(s -> new Item<>(s.standardization(), s.label())).toList();
  private static final List<Item<MissingValuePolicy>> POLICIES = Arrays.stream(MissingValuePolicy.values())
      .map(p -> new Item<>(p, p.label())).toList();

  private HierarchyChoices() {
  }

  /**
   * A value of a choice option with the text the dialog shows for it ({@link #toString()}, so that a combo box
   * of items shows the texts).
   *
   * @param <T> the option's type
   * @param value the value
   * @param label the text shown
   */
  public record Item<T>(T value, String label) {
    /**
     * @param value the value
     * @param label the text shown
     */
    public Item {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** @return the seven linkages */
  public static List<Item<LinkageMethod>> linkages() {
    return LINKAGES;
  }

  /** @return the seven metrics */
  public static List<Item<DistanceMetric>> metrics() {
    return METRICS;
  }

  /** @return how the agglomerative tree is computed */
  public static List<Item<AgglomerativeMethod>> methods() {
    return METHODS;
  }

  /** @return the divisive algorithms */
  public static List<Item<DivisiveMethod>> algorithms() {
    return ALGORITHMS;
  }

  /** @return bisecting k-means' split criteria */
  public static List<Item<BisectingKMeansSplit>> splits() {
    return SPLITS;
  }

  /** @return the column scalings */
  public static List<Item<Standardization>> scalings() {
    return SCALINGS;
  }

  /** @return the missing-value policies */
  public static List<Item<MissingValuePolicy>> missingValues() {
    return POLICIES;
  }

  /**
   * @param <T> the option's type
   * @param items the items of an option
   * @param value one of their values
   * @return the item of that value
   * @throws IllegalArgumentException if no item has it
   */
  public static <T> Item<T> itemOf(List<Item<T>> items, T value) {
    for (Item<T> item : items) {
      if (item.value().equals(value)) {
        return item;
      }
    }
    throw new IllegalArgumentException("no item for " + value);
  }
}
