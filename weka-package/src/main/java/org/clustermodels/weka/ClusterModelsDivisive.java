package org.clustermodels.weka;

import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.Divisive;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.DivisiveParams;
import org.clustermodels.core.hierarchy.DivisiveResult;
import weka.core.OptionMetadata;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;

/**
 * ClusterModels divisive (top-down) hierarchical clustering as a Weka clusterer: a thin adapter over the shared
 * core's {@link Divisive}, DIANA or bisecting k-means, always split down to single rows so that the full tree can
 * be cut and drawn. The encoding, the cut, the assignment of new instances and the graph are
 * {@link AbstractClusterModelsHierarchical}'s. The seed ({@code -S}) is used by bisecting k-means only.
 */
public class ClusterModelsDivisive extends AbstractClusterModelsHierarchical implements Randomizable {
  private static final long serialVersionUID = 1L;

  /** The methods, ids in the order of {@link DivisiveMethod}. */
  public static final Tag[] TAGS_METHOD = {
    new Tag(DivisiveMethod.DIANA.ordinal(), "diana"),
    new Tag(DivisiveMethod.BISECTING_KMEANS.ordinal(), "bisecting-kmeans"),
  };

  /** The split rules of bisecting k-means, ids in the order of {@link BisectingKMeansSplit}. */
  public static final Tag[] TAGS_SPLIT = {
    new Tag(BisectingKMeansSplit.LARGEST_SSE.ordinal(), "sse"),
    new Tag(BisectingKMeansSplit.LARGEST_SIZE.ordinal(), "size"),
  };

  private int method = DivisiveMethod.DIANA.ordinal();
  private int split = BisectingKMeansSplit.LARGEST_SSE.ordinal();
  private int restarts = 5;
  private int seed = 1;

  /**
   * @return the description shown in the Explorer
   */
  public String globalInfo() {
    return "Divisive hierarchical clustering from ClusterModels: DIANA (Kaufman and Rousseeuw; the same tree and "
        + "divisive coefficient as R's cluster::diana) or bisecting k-means (each split a 2-means with restarts, "
        + "Euclidean metric only), split down to single rows.\n\n"
        + commonInfo()
        + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return References.technicalInformation(References.DIVISIVE_CLASSES);
  }

  /**
   * @return the method
   */
  @OptionMetadata(displayName = "method", description = "diana (default) or bisecting-kmeans.",
      commandLineParamName = "method", commandLineParamSynopsis = "-method <diana|bisecting-kmeans>",
      displayOrder = 10)
  public SelectedTag getMethod() {
    return new SelectedTag(method, TAGS_METHOD);
  }

  /**
   * @param tag one of {@link #TAGS_METHOD}
   */
  public void setMethod(SelectedTag tag) {
    if (tag.getTags() == TAGS_METHOD) {
      method = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the split rule
   */
  @OptionMetadata(displayName = "split", description = "Bisecting k-means: which cluster is split next, the one "
      + "with the largest sum of squares (sse, default) or the largest (size).",
      commandLineParamName = "split", commandLineParamSynopsis = "-split <sse|size>", displayOrder = 11)
  public SelectedTag getSplit() {
    return new SelectedTag(split, TAGS_SPLIT);
  }

  /**
   * @param tag one of {@link #TAGS_SPLIT}
   */
  public void setSplit(SelectedTag tag) {
    if (tag.getTags() == TAGS_SPLIT) {
      split = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the restarts of each 2-means split
   */
  @OptionMetadata(displayName = "restarts", description = "Bisecting k-means: restarts of each 2-means split, "
      + "the lowest sum of squares is kept (default 5).",
      commandLineParamName = "restarts", commandLineParamSynopsis = "-restarts <num>", displayOrder = 12)
  public int getRestarts() {
    return restarts;
  }

  /**
   * @param restarts at least 1
   */
  public void setRestarts(int restarts) {
    this.restarts = restarts;
  }

  @OptionMetadata(displayName = "seed", description = "The random seed of bisecting k-means (default 1).",
      commandLineParamName = "S", commandLineParamSynopsis = "-S <num>", displayOrder = 13)
  @Override
  public int getSeed() {
    return seed;
  }

  @Override
  public void setSeed(int seed) {
    this.seed = seed;
  }

  @Override
  protected Tree fitTree(DenseMatrix scaled) {
    DivisiveParams params = DivisiveParams.builder(DivisiveMethod.values()[method])
        .split(BisectingKMeansSplit.values()[split])
        .restarts(restarts)
        .seed(seed)
        .threads(getNumThreads())
        .metric(metric())
        .build();
    DivisiveResult result = new Divisive().fit(scaled, params);
    String summary = String.format(Locale.ROOT, "Method: %s%n", TAGS_METHOD[method].getReadable())
        + line("Divisive coefficient", result.divisiveCoefficient());
    return new Tree(result.dendrogram(), summary);
  }

  @Override
  public String toString() {
    return report("ClusterModels divisive clustering");
  }

  /**
   * Runs the clusterer from the command line.
   *
   * @param args Weka's clusterer evaluation options and this clusterer's options
   */
  public static void main(String[] args) {
    runClusterer(new ClusterModelsDivisive(), args);
  }
}
