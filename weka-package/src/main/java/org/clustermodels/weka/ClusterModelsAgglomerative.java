package org.clustermodels.weka;

import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.AgglomerativeResult;
import org.clustermodels.core.hierarchy.LinkageMethod;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;

/**
 * ClusterModels agglomerative (bottom-up) hierarchical clustering as a Weka clusterer: a thin adapter over the
 * shared core's {@link Agglomerative}. The options become {@link AgglomerativeParams}; the encoding, the cut, the
 * assignment of new instances and the graph are {@link AbstractClusterModelsHierarchical}'s.
 */
public class ClusterModelsAgglomerative extends AbstractClusterModelsHierarchical {
  private static final long serialVersionUID = 1L;

  /** The linkages, ids in the order of {@link LinkageMethod}. */
  public static final Tag[] TAGS_LINKAGE = ClusterModelsKMeans.tags(LinkageMethod.values());

  /** The methods, ids in the order of {@link AgglomerativeMethod}. */
  public static final Tag[] TAGS_METHOD = ClusterModelsKMeans.tags(AgglomerativeMethod.values());

  private int linkage = LinkageMethod.AVERAGE.ordinal();
  private int method = AgglomerativeMethod.AUTO.ordinal();

  /**
   * @return the description shown in the Explorer
   */
  public String globalInfo() {
    return "Agglomerative hierarchical clustering from ClusterModels, with the seven linkages of SciPy (single, "
        + "complete, average, weighted, centroid, median, Ward) and the same merge heights, in O(n^2) memory "
        + "(or O(n) for the vector method): nearest-neighbour chain, minimum spanning tree or generic algorithms "
        + "as Muellner describes. Centroid, median and Ward linkage need the Euclidean metric; their heights are "
        + "on the Euclidean scale, as SciPy's.\n\n"
        + commonInfo()
        + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return References.technicalInformation(References.AGGLOMERATIVE_CLASSES);
  }

  /**
   * @return the linkage
   */
  @OptionMetadata(displayName = "linkage", description = "How the distance between clusters is defined (default "
      + "average).",
      commandLineParamName = "L",
      commandLineParamSynopsis = "-L <single|complete|average|weighted|centroid|median|ward>", displayOrder = 10)
  public SelectedTag getLinkage() {
    return new SelectedTag(linkage, TAGS_LINKAGE);
  }

  /**
   * @param tag one of {@link #TAGS_LINKAGE}
   */
  public void setLinkage(SelectedTag tag) {
    if (tag.getTags() == TAGS_LINKAGE) {
      linkage = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the method
   */
  @OptionMetadata(displayName = "method", description = "auto (default: the vector method for single linkage and "
      + "for Ward on up to 32 attributes, where it is faster; else the distance matrix when it fits in memory, else "
      + "the vector method), matrix (O(n^2) memory) or vector (O(n) memory, recomputes distances; Euclidean metric "
      + "only, for single, centroid, median and Ward).",
      commandLineParamName = "method", commandLineParamSynopsis = "-method <auto|matrix|vector>", displayOrder = 11)
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

  @Override
  protected Tree fitTree(DenseMatrix scaled) {
    AgglomerativeParams params = AgglomerativeParams.builder(LinkageMethod.values()[linkage])
        .metric(metric())
        .method(AgglomerativeMethod.values()[method])
        .threads(getNumThreads())
        .build();
    AgglomerativeResult result = new Agglomerative().fit(scaled, params);
    String summary = String.format(Locale.ROOT, "Linkage: %s (method %s)%n", result.linkage().id(),
        result.method().name().toLowerCase(Locale.ROOT))
        + line("Cophenetic correlation", result.copheneticCorrelation().orElse(Double.NaN))
        + line("Agglomerative coefficient", result.agglomerativeCoefficient());
    return new Tree(result.dendrogram(), summary);
  }

  @Override
  public String toString() {
    return report("ClusterModels agglomerative clustering");
  }

  /**
   * Runs the clusterer from the command line.
   *
   * @param args Weka's clusterer evaluation options and this clusterer's options
   */
  public static void main(String[] args) {
    runClusterer(new ClusterModelsAgglomerative(), args);
  }
}
