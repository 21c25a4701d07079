package org.clustermodels.weka;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.Reference;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformation.Field;
import weka.core.TechnicalInformation.Type;

/**
 * Weka's {@link TechnicalInformation} built from the core's {@link Reference} annotations, so that the papers are
 * typed once, in the core.
 */
final class References {
  /** The core classes whose references K-Means cites: Lloyd, k-means++, Hamerly, Elkan, Hartigan, mini-batch. */
  static final String[] KMEANS_CLASSES = {
    "org.clustermodels.core.kmeans.LloydKMeans",
    "org.clustermodels.core.kmeans.KMeansPlusPlus",
    "org.clustermodels.core.kmeans.HamerlyKMeans",
    "org.clustermodels.core.kmeans.ElkanKMeans",
    "org.clustermodels.core.kmeans.HartiganRefinement",
    "org.clustermodels.core.kmeans.MiniBatchKMeans",
  };

  /** The core classes whose references agglomerative clustering cites. */
  static final String[] AGGLOMERATIVE_CLASSES = {
    "org.clustermodels.core.hierarchy.GenericLinkage",
    "org.clustermodels.core.hierarchy.NnChainLinkage",
    "org.clustermodels.core.hierarchy.MstSingleLinkage",
    "org.clustermodels.core.hierarchy.CopheneticCorrelation",
    "org.clustermodels.core.hierarchy.BannerCoefficient",
  };

  /** The core classes whose references divisive clustering cites: DIANA and bisecting k-means. */
  static final String[] DIVISIVE_CLASSES = {
    "org.clustermodels.core.hierarchy.Diana",
    "org.clustermodels.core.hierarchy.BisectingKMeans",
  };

  private References() {
  }

  /**
   * @param classNames core classes carrying {@link Reference} annotations
   * @return the references, in order; the first is the main entry, the others are added to it
   * @throws IllegalStateException if a class is missing or carries no reference
   */
  static List<Reference> of(String... classNames) {
    List<Reference> refs = new ArrayList<>();
    for (String name : classNames) {
      Class<?> type;
      try {
        type = Class.forName(name, false, References.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("core class " + name + " not found", e);
      }
      Reference[] found = type.getAnnotationsByType(Reference.class);
      if (found.length == 0) {
        throw new IllegalStateException("core class " + name + " carries no @Reference");
      }
      refs.addAll(List.of(found));
    }
    return refs;
  }

  /**
   * @param classNames core classes carrying {@link Reference} annotations
   * @return the first reference, with the others added to it
   */
  static TechnicalInformation technicalInformation(String... classNames) {
    List<Reference> refs = of(classNames);
    TechnicalInformation main = entry(refs.get(0));
    for (Reference r : refs.subList(1, refs.size())) {
      main.add(entry(r));
    }
    return main;
  }

  private static TechnicalInformation entry(Reference r) {
    boolean inProceedings = r.venue().startsWith("Proceedings");
    TechnicalInformation t = new TechnicalInformation(inProceedings ? Type.INPROCEEDINGS : Type.ARTICLE);
    t.setValue(Field.AUTHOR, r.authors());
    t.setValue(Field.TITLE, r.title());
    t.setValue(inProceedings ? Field.BOOKTITLE : Field.JOURNAL, r.venue());
    t.setValue(Field.YEAR, Integer.toString(r.year()));
    if (!r.url().isEmpty()) {
      t.setValue(Field.URL, r.url());
    }
    return t;
  }
}
