package org.clustermodels.cli;

import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.InitMethod;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.Refinement;

/** The option words of the core's enumerations. */
final class Choices {
  private Choices() {
  }

  /** {@code none}, {@code zscore}, {@code minmax}. */
  public static final class Scaling extends TokenConverter<Standardization> {
    /** Creates the converter. */
    public Scaling() {
      add("none", Standardization.NONE).add("zscore", Standardization.ZSCORE).add("minmax", Standardization.MINMAX);
    }
  }

  /** {@code kmeans++}, {@code random}. */
  public static final class Init extends TokenConverter<InitMethod> {
    /** Creates the converter. */
    public Init() {
      add("kmeans++", InitMethod.KMEANS_PLUS_PLUS).add("random", InitMethod.RANDOM);
    }
  }

  /** {@code auto}, {@code lloyd}, {@code hamerly}, {@code elkan}, {@code minibatch}. */
  public static final class Algorithm extends TokenConverter<KMeansAlgorithm> {
    /** Creates the converter. */
    public Algorithm() {
      add("auto", KMeansAlgorithm.AUTO).add("lloyd", KMeansAlgorithm.LLOYD).add("hamerly", KMeansAlgorithm.HAMERLY)
          .add("elkan", KMeansAlgorithm.ELKAN).add("minibatch", KMeansAlgorithm.MINIBATCH);
    }
  }

  /** {@code hartigan}, {@code none}. */
  public static final class Refine extends TokenConverter<Refinement> {
    /** Creates the converter. */
    public Refine() {
      add("hartigan", Refinement.HARTIGAN).add("none", Refinement.NONE);
    }
  }
}
