package org.clustermodels.knime.logic.kmeans;

import java.util.Arrays;
import java.util.Objects;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.Choice;

/**
 * A fitted k-means model as plain data, for the model port, the PMML writer and the view: the
 * {@link CentreModel} (columns, missing-value fill values, scaling, centres in the scaled space, labels
 * "cluster_0".."cluster_{k-1}", Euclidean metric, optional outlier thresholds) plus the fit's summary: rows per
 * cluster, per-cluster SSE and the inertia (both in the scaled space, sums of squared Euclidean distances), the
 * iterations and convergence of the best restart, and the algorithm that ran. Immutable.
 */
public final class KMeansModelContent {
  /** The model kind in its {@link ClusterModelSpec}. */
  public static final String KIND = "k-means";
  /** The version of the stored layout, written under {@link #KEY_FORMAT_VERSION}. */
  public static final int FORMAT_VERSION = 1;
  /** Settings key of the stored layout's version. */
  public static final String KEY_FORMAT_VERSION = "formatVersion";
  /** Settings key (group) of the centre model. */
  public static final String KEY_CENTRE_MODEL = "centreModel";
  /** Settings key of the rows per cluster. */
  public static final String KEY_CLUSTER_SIZES = "clusterSizes";
  /** Settings key of the per-cluster SSE. */
  public static final String KEY_CLUSTER_SSE = "clusterSse";
  /** Settings key of the inertia. */
  public static final String KEY_INERTIA = "inertia";
  /** Settings key of the best restart's iterations. */
  public static final String KEY_ITERATIONS = "iterations";
  /** Settings key of whether the best restart converged. */
  public static final String KEY_CONVERGED = "converged";
  /** Settings key of the algorithm that ran (an {@link AlgorithmChoice} id, never "auto"). */
  public static final String KEY_ALGORITHM = "algorithm";

  private final CentreModel centreModel;
  private final int[] clusterSizes;
  private final double[] clusterSse;
  private final double inertia;
  private final int iterations;
  private final boolean converged;
  private final AlgorithmChoice algorithm;

  private KMeansModelContent(CentreModel centreModel, int[] clusterSizes, double[] clusterSse, double inertia,
      int iterations, boolean converged, AlgorithmChoice algorithm) {
    this.centreModel = centreModel;
    this.clusterSizes = clusterSizes;
    this.clusterSse = clusterSse;
    this.inertia = inertia;
    this.iterations = iterations;
    this.converged = converged;
    this.algorithm = algorithm;
  }

  /**
   * @param centreModel the centre model
   * @param clusterSizes rows per cluster, k values &gt;= 0
   * @param clusterSse per-cluster SSE, k finite values &gt;= 0
   * @param inertia the inertia, finite and &gt;= 0
   * @param iterations iterations of the best restart, &gt;= 0
   * @param converged whether it converged
   * @param algorithm the algorithm that ran
   * @return the content
   * @throws IllegalArgumentException if the arrays do not have k values or hold values out of range
   */
  public static KMeansModelContent of(CentreModel centreModel, int[] clusterSizes, double[] clusterSse,
      double inertia, int iterations, boolean converged, AlgorithmChoice algorithm) {
    int k = centreModel.numClusters();
    if (clusterSizes.length != k || clusterSse.length != k) {
      throw new IllegalArgumentException(clusterSizes.length + " sizes and " + clusterSse.length + " SSE values for "
          + k + " clusters");
    }
    for (int c = 0; c < k; c++) {
      if (clusterSizes[c] < 0 || !(clusterSse[c] >= 0) || Double.isInfinite(clusterSse[c])) {
        throw new IllegalArgumentException("cluster " + c + ": size " + clusterSizes[c] + ", SSE " + clusterSse[c]);
      }
    }
    if (!(inertia >= 0) || Double.isInfinite(inertia) || iterations < 0) {
      throw new IllegalArgumentException("inertia " + inertia + ", iterations " + iterations);
    }
    return new KMeansModelContent(centreModel, clusterSizes.clone(), clusterSse.clone(), inertia, iterations,
        converged, Objects.requireNonNull(algorithm, "algorithm"));
  }

  /** @return the centre model */
  public CentreModel centreModel() {
    return centreModel;
  }

  /** @return k */
  public int numClusters() {
    return centreModel.numClusters();
  }

  /** @return a copy of the rows per cluster */
  public int[] clusterSizes() {
    return clusterSizes.clone();
  }

  /** @return a copy of the per-cluster SSE (scaled space) */
  public double[] clusterSse() {
    return clusterSse.clone();
  }

  /** @return the inertia (scaled space) */
  public double inertia() {
    return inertia;
  }

  /** @return the best restart's iterations */
  public int iterations() {
    return iterations;
  }

  /** @return whether the best restart converged */
  public boolean converged() {
    return converged;
  }

  /** @return the algorithm that ran */
  public AlgorithmChoice algorithm() {
    return algorithm;
  }

  /** @return the port spec: kind "k-means", the columns, the labels, scaling, metric and outlier rule */
  public ClusterModelSpec spec() {
    return ClusterModelSpec.of(KIND, centreModel);
  }

  /** @return the assigner of new rows */
  public NearestCentreAssigner assigner() {
    return NearestCentreAssigner.of(centreModel);
  }

  /**
   * Writes the content: {@link #KEY_FORMAT_VERSION}, the group {@link #KEY_CENTRE_MODEL}, then
   * {@link #KEY_CLUSTER_SIZES}, {@link #KEY_CLUSTER_SSE}, {@link #KEY_INERTIA}, {@link #KEY_ITERATIONS},
   * {@link #KEY_CONVERGED} and {@link #KEY_ALGORITHM}.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    writer.putInt(KEY_FORMAT_VERSION, FORMAT_VERSION);
    centreModel.saveTo(writer.addChild(KEY_CENTRE_MODEL));
    writer.putIntArray(KEY_CLUSTER_SIZES, clusterSizes);
    writer.putDoubleArray(KEY_CLUSTER_SSE, clusterSse);
    writer.putDouble(KEY_INERTIA, inertia);
    writer.putInt(KEY_ITERATIONS, iterations);
    writer.putBoolean(KEY_CONVERGED, converged);
    writer.putString(KEY_ALGORITHM, algorithm.id());
  }

  /**
   * @param reader where to read
   * @return the content written by {@link #saveTo}
   * @throws SettingsException if the layout's version is newer than this code's, or a key is missing or invalid
   */
  public static KMeansModelContent loadFrom(SettingsReader reader) throws SettingsException {
    int version = reader.getInt(KEY_FORMAT_VERSION);
    if (version > FORMAT_VERSION) {
      throw new SettingsException("The k-means model was saved in format " + version + " by a newer version of "
          + "the ClusterModels extension; this version reads format " + FORMAT_VERSION + ". Update the extension.");
    }
    CentreModel centres = CentreModel.loadFrom(reader.getChild(KEY_CENTRE_MODEL));
    int[] sizes = reader.getIntArray(KEY_CLUSTER_SIZES);
    double[] sse = reader.getDoubleArray(KEY_CLUSTER_SSE);
    double inertia = reader.getDouble(KEY_INERTIA);
    int iterations = reader.getInt(KEY_ITERATIONS);
    boolean converged = reader.getBoolean(KEY_CONVERGED);
    AlgorithmChoice algorithm = Choice.fromId(AlgorithmChoice.values(), reader.getString(KEY_ALGORITHM),
        KEY_ALGORITHM);
    try {
      return of(centres, sizes, sse, inertia, iterations, converged, algorithm);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("The k-means model is invalid: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KMeansModelContent m && m.centreModel.equals(centreModel)
        && Arrays.equals(m.clusterSizes, clusterSizes) && Arrays.equals(m.clusterSse, clusterSse)
        && Double.compare(m.inertia, inertia) == 0 && m.iterations == iterations && m.converged == converged
        && m.algorithm == algorithm;
  }

  @Override
  public int hashCode() {
    return Objects.hash(centreModel, Arrays.hashCode(clusterSizes), inertia, iterations, converged, algorithm);
  }

  @Override
  public String toString() {
    return "KMeansModelContent[k=" + numClusters() + ", " + centreModel.columns() + ", inertia=" + inertia + "]";
  }
}
