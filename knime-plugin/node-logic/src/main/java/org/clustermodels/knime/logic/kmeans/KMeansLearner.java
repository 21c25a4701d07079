package org.clustermodels.knime.logic.kmeans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.KScan;
import org.clustermodels.core.kmeans.KScanResult;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.profile.AnomalyScores;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ColumnScaling;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.TrainingRows;

/**
 * The k-Means learner node's execution: fits the core's k-means (or, for an automatic k, the core's {@link KScan},
 * which keeps the k with the highest mean silhouette) on the training rows and turns the fit into the node's outputs.
 * Stateless.
 */
public final class KMeansLearner {
  private KMeansLearner() {
  }

  /**
   * Runs the learner.
   *
   * @param settings the node's settings (validated again here)
   * @param rows the selected columns of the input table, read with the settings' missing-value policy
   * @param monitor progress (per restart, or per k of an automatic k) and cancellation
   * @param memory the check made before the fit's allocations
   * @return the outputs
   * @throws IllegalArgumentException with a message for the node: invalid settings, too few rows for k, data the
   *     core refuses (e.g. fewer distinct rows than k), or too little memory
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the run
   */
  public static KMeansLearnerResult run(KMeansNodeSettings settings, TrainingRows rows, ProgressMonitor monitor,
      MemoryCheck memory) {
    try {
      settings.validate();
    } catch (SettingsException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (rows.policy() != settings.missingValues()) {
      throw new IllegalArgumentException("the rows were read with the missing-value policy " + rows.policy().id()
          + ", the settings ask for " + settings.missingValues().id());
    }
    DenseMatrix x = rows.matrix();
    int n = x.rows();
    String left = rows.skippedRowCount() == 0 ? "" : String.format(Locale.ROOT,
        " (%,d rows with missing values were left out)", rows.skippedRowCount());
    if (n < 2) {
      throw new IllegalArgumentException("Only 1 row is left to cluster" + left + "; k-means needs at least 2.");
    }
    KMeansResult fit;
    List<KScore> scan;
    if (!settings.autoK()) {
      int k = settings.numClusters();
      if (k > n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s = %d is larger than the number of rows "
            + "to cluster, %,d%s.", KMeansOption.NUM_CLUSTERS.named(), k, n, left));
      }
      requireMemory(memory, settings, n, x.cols(), k, 0);
      fit = new KMeans().fit(x, null, settings.params(k), monitor);
      scan = List.of();
    } else {
      int min = settings.minClusters();
      int max = settings.maxClusters();
      if (max > n - 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s = %d must be at most the number of rows "
            + "to cluster minus 1, %,d%s.", KMeansOption.MAX_CLUSTERS.named(), max, n - 1, left));
      }
      requireMemory(memory, settings, n, x.cols(), max, max - min + 1);
      KScanResult result = KScan.scan(x, null, settings.params(min), min, max, monitor);
      fit = result.resultFor(result.suggestedK());
      scan = result.scores();
    }
    return result(settings, rows, fit, scan);
  }

  /** Checks the memory of the fit (and of the results kept for every k of a scan) before it starts. */
  private static void requireMemory(MemoryCheck memory, KMeansNodeSettings s, int n, int d, int k, int scanned) {
    KMeansAlgorithm algorithm = KMeans.resolve(s.algorithm().algorithm(), k, d);
    int parallel = Math.min(s.restarts(), s.threads() == 0 ? Runtime.getRuntime().availableProcessors()
        : s.threads());
    long scaledCopies = s.scaling().standardization() == Standardization.NONE ? 0
        : 2L * n * d * Double.BYTES;
    long perRestart = (long) n * (Integer.BYTES + 2 * Double.BYTES)
        + (algorithm == KMeansAlgorithm.ELKAN ? (long) n * k * Double.BYTES : 0);
    long results = (long) Math.max(1, scanned) * n * (Integer.BYTES + Double.BYTES);
    long bytes = scaledCopies + parallel * perRestart + results;
    memory.require(bytes, String.format(Locale.ROOT, "k-means on %,d rows x %,d columns (k up to %d, %s, %d "
        + "restart%s at a time)", n, d, k, algorithm.name().toLowerCase(Locale.ROOT), parallel, parallel == 1 ? ""
        : "s"),
        "use fewer threads, the Hamerly algorithm, a sample of the rows, or give KNIME more memory (-Xmx in "
        + "knime.ini)");
  }

  private static KMeansLearnerResult result(KMeansNodeSettings settings, TrainingRows rows, KMeansResult fit,
      List<KScore> scan) {
    int k = fit.numClusters();
    List<String> labels = KMeansOutputs.labels(k);
    CentreModel centres = CentreModel.of(rows.encoder(), ColumnScaling.of(fit.model().scaler()), fit.centers(),
        labels, DistanceMetric.EUCLIDEAN);
    if (settings.outlierFlag()) {
      centres = centres.withOutlierRule(settings.outlierQuantile(),
          fit.outlierRule(settings.outlierQuantile()).thresholds());
    }
    KMeansModelContent model = KMeansModelContent.of(centres, fit.clusterSizes(), fit.clusterSse(), fit.inertia(),
        fit.iterations(), fit.converged(), AlgorithmChoice.of(fit.algorithm()));
    int[] fitLabels = fit.labels();
    double[] fitDistances = fit.distances();
    int[] clusters = new int[rows.inputRowCount()];
    double[] distances = new double[rows.inputRowCount()];
    Arrays.fill(clusters, -1);
    Arrays.fill(distances, Double.NaN);
    for (int i = 0; i < fitLabels.length; i++) {
      int input = rows.inputRowOf(i);
      clusters[input] = fitLabels[i];
      distances[input] = fitDistances[i];
    }
    List<String> warnings = new ArrayList<>();
    if (!rows.warning().isEmpty()) {
      warnings.add(rows.warning());
    }
    if (!fit.converged()) {
      warnings.add(String.format(Locale.ROOT, "The best restart did not converge within %d iterations; raise %s.",
          settings.maxIterations(), KMeansOption.MAX_ITERATIONS.named()));
    }
    int[] sizes = fit.clusterSizes();
    for (int c = 0; c < k; c++) {
      if (sizes[c] == 0) {
        warnings.add("Cluster " + labels.get(c) + " is empty.");
      }
    }
    SegmentProfile profile = SegmentProfile.of(rows.matrix(), fitLabels, rows.columns());
    double q = settings.outlierQuantile();
    boolean[] outliers = AnomalyScores.of(fit, fit.outlierRule(q)).outliers();
    SegmentPictures pictures = SegmentPictures.of(profile, rows.matrix(), fitLabels, outliers,
        "farther out than the " + q + "-quantile of their cluster");
    return new KMeansLearnerResult(model, clusters, distances, settings.outlierFlag(), scan, warnings, fit,
        profile, pictures);
  }
}
