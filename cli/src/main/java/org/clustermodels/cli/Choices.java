package org.clustermodels.cli;

import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.AgglomerativeMethod;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
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

  /** The linkages by their ids: {@code single}, {@code complete}, ..., {@code ward}. */
  public static final class Linkage extends TokenConverter<LinkageMethod> {
    /** Creates the converter. */
    public Linkage() {
      for (LinkageMethod m : LinkageMethod.values()) {
        add(m.id(), m);
      }
    }
  }

  /** The metrics by their ids: {@code euclidean}, {@code sqeuclidean}, ..., {@code hamming}. */
  public static final class Metric extends TokenConverter<DistanceMetric> {
    /** Creates the converter. */
    public Metric() {
      for (DistanceMetric m : DistanceMetric.values()) {
        add(m.id(), m);
      }
    }
  }

  /** {@code auto}, {@code matrix}, {@code vector}. */
  public static final class Method extends TokenConverter<AgglomerativeMethod> {
    /** Creates the converter. */
    public Method() {
      add("auto", AgglomerativeMethod.AUTO).add("matrix", AgglomerativeMethod.MATRIX)
          .add("vector", AgglomerativeMethod.VECTOR);
    }
  }

  /** {@code diana}, {@code bisecting}. */
  public static final class Divisive extends TokenConverter<DivisiveMethod> {
    /** Creates the converter. */
    public Divisive() {
      add("diana", DivisiveMethod.DIANA).add("bisecting", DivisiveMethod.BISECTING_KMEANS);
    }
  }

  /** {@code sse}, {@code size}. */
  public static final class Split extends TokenConverter<BisectingKMeansSplit> {
    /** Creates the converter. */
    public Split() {
      add("sse", BisectingKMeansSplit.LARGEST_SSE).add("size", BisectingKMeansSplit.LARGEST_SIZE);
    }
  }
}
