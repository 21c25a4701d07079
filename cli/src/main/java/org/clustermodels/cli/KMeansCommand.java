package org.clustermodels.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.InitMethod;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.kmeans.OutlierRule;
import org.clustermodels.core.kmeans.Refinement;
import org.clustermodels.core.profile.AnomalyScores;
import org.clustermodels.core.render.KScanPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clustermodels kmeans}: K-Means with a fixed k or a scan over a range of k. */
@Command(name = "kmeans", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false, synopsisHeading = "",
    customSynopsis = {
        "Usage: clustermodels kmeans -i FILE (-k K | --k-range KMIN..KMAX) [--seed S]",
        "         [--restarts R] [--init kmeans++|random]",
        "         [--algorithm auto|lloyd|hamerly|elkan|minibatch] [--max-iter N]",
        "         [--tol T] [--refine hartigan|none] [--swap-trials N]",
        "         [--standardize none|zscore|minmax]",
        "         [--columns NAME,...] [--missing fail|skip-row|mean] [--threads N]",
        "         [--progress] [-o FILE] [--labels-out FILE] [--outlier-quantile Q]",
        "         [--k-plot FILE] [--profile FILE] [--heatmap FILE] [--scores FILE]",
        "         [--scatter FILE] [-h] [-V]",
        ""},
    description = {"K-Means clustering of the numeric columns of a CSV or ARFF file. The result is printed as "
        + "JSON on stdout (or written to -o FILE); notes and errors go to stderr."},
    footer = {
        "",
        HelpText.INPUT,
        "",
        "Output: one JSON object with exactly these fields:",
        "  algorithm    \"kmeans-\" + the algorithm that ran (auto resolved): lloyd,",
        "               hamerly, elkan or minibatch; \"+hartigan\" is appended when the",
        "               Hartigan refinement ran, e.g. \"kmeans-hamerly+hartigan\"",
        "  n, d         number of rows and columns used",
        "  columns      names of the used columns",
        "  k            number of clusters (with --k-range: the suggested k)",
        "  labels       0-based cluster of each input row, in input row order; null",
        "               for rows left out by --missing skip-row",
        "  centers      the k centres, in the original units of the columns",
        "  inertia      sum of squared Euclidean distances of the rows to their",
        "               centres, in the units the algorithm ran in (after",
        "               --standardize)",
        "  iterations   iterations of the best restart",
        "  converged    whether the best restart met the stopping rule",
        "  restarts     number of restarts run",
        "  silhouette   mean silhouette of the partition on the scaled data: exact",
        "               for n <= 20000, otherwise on a sample of 10000 rows drawn",
        "               with --seed; null where undefined (k = 1 or k = n)",
        "  k_scan       with --k-range only: one object per k with k, inertia,",
        "               silhouette (same rule as above), calinski_harabasz,",
        "               davies_bouldin, all on the scaled data",
        "  suggested_k  with --k-range only: the k with the highest silhouette (ties",
        "               to the smaller k); k, labels, centers, inertia, iterations,",
        "               converged, restarts and silhouette are for it",
        "  timing       wall time in seconds: read_seconds (reading and preparing",
        "               the input), fit_seconds (the fit or scan; not the",
        "               silhouette)",
        "",
        HelpText.SEGMENTS,
        "With --k-range they describe the fit of the suggested k. Outliers (--scores,",
        "--scatter): rows farther from their centre than the Q-quantile of their",
        "cluster's distances, Q from --outlier-quantile or 0.99. --k-plot (with",
        "--k-range) draws the inertia and the silhouette against k.",
        "",
        HelpText.EXIT_CODES,
        "",
        "Example: clustermodels kmeans -i iris.csv -k 3 --seed 1 --standardize zscore"})
public final class KMeansCommand implements Callable<Integer> {
  /** The quantile of the outlier rule of --scores and --scatter when --outlier-quantile is not given. */
  static final double DEFAULT_OUTLIER_QUANTILE = 0.99;

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "-k", paramLabel = "K", description = "Number of clusters (>= 1).")
  Integer k;

  @Option(names = "--k-range", paramLabel = "KMIN..KMAX", converter = KRange.Converter.class,
      description = "Instead of -k: fit every k from KMIN (>= 2) to KMAX (< n), score each fit, and report "
          + "the fit for the suggested k (highest silhouette) with the scores in k_scan.")
  KRange kRange;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Random seed; the same seed gives the same result. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--restarts", paramLabel = "R", defaultValue = "10",
      description = "Restarts from different initial centres; the lowest inertia wins. Default: ${DEFAULT-VALUE}.")
  int restarts;

  @Option(names = "--init", paramLabel = "METHOD", defaultValue = "kmeans++", converter = Choices.Init.class,
      completionCandidates = Choices.Init.class,
      description = "Initial centres: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  InitMethod init;

  @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "auto", converter = Choices.Algorithm.class,
      completionCandidates = Choices.Algorithm.class,
      description = "Algorithm: ${COMPLETION-CANDIDATES}. lloyd, hamerly and elkan give the same result; auto "
          + "picks by k and d; minibatch is approximate. Default: ${DEFAULT-VALUE}.")
  KMeansAlgorithm algorithm;

  @Option(names = "--max-iter", paramLabel = "N", defaultValue = "300",
      description = "Iteration limit per restart. Default: ${DEFAULT-VALUE}.")
  int maxIterations;

  @Option(names = "--tol", paramLabel = "T", defaultValue = "1e-4",
      description = "Stop when the centres move less than T times the mean column variance (squared shift, "
          + "as scikit-learn). Default: ${DEFAULT-VALUE}.")
  double tolerance;

  @Option(names = "--refine", paramLabel = "METHOD", defaultValue = "hartigan", converter = Choices.Refine.class,
      completionCandidates = Choices.Refine.class,
      description = "Refinement of each restart's partition: ${COMPLETION-CANDIDATES} (hartigan: single-row "
          + "moves while they lower the inertia). Default: ${DEFAULT-VALUE}.")
  Refinement refinement;

  @Option(names = "--swap-trials", paramLabel = "N", defaultValue = "0",
      description = "Random-swap trials per restart after the refinement: move one centre to another row and "
          + "keep the result if the inertia drops (Fr\u00e4nti & Kivij\u00e4rvi 2000). Default: ${DEFAULT-VALUE}.")
  int swapTrials;

  @Mixin
  ScalingOptions scaling;

  @Option(names = "--outlier-quantile", paramLabel = "Q",
      description = "The outlier rule: rows farther from their centre than the Q-quantile (0..1) of their "
          + "cluster's distances, e.g. 0.99. Adds an outlier column to --labels-out; --scores and --scatter use "
          + "it, with " + DEFAULT_OUTLIER_QUANTILE + " if not given.")
  Double outlierQuantile;

  @Option(names = "--k-plot", paramLabel = "FILE",
      description = "With --k-range: also draw the inertia (elbow) and the mean silhouette against k, the "
          + "suggested k marked; FILE ending in .png or .svg.")
  Path kPlot;

  @Mixin
  SegmentOptions segments;

  @Mixin
  RunOptions run;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    Map<String, Path> more = new LinkedHashMap<>();
    more.put("--k-plot", kPlot);
    more.putAll(segments.targets());
    output.check(input.input(), more);
    ProgressLine progress = new ProgressLine(err, run.progress());

    progress.step("reading " + input.input());
    long t0 = System.nanoTime();
    InputData data = input.load();
    long readNanos = System.nanoTime() - t0;
    DenseMatrix x = data.matrix();
    checkClusterCount(x);
    SegmentOutputs.checkData(segments, data);
    data.printNotes(err);

    KMeansParams params = KMeansParams.builder(kRange != null ? kRange.min() : k).seed(seed).restarts(restarts)
        .init(init).algorithm(algorithm).maxIterations(maxIterations).tolerance(tolerance)
        .standardization(scaling.standardization()).refinement(refinement).swapTrials(swapTrials).threads(run.threads()).build();
    long t1 = System.nanoTime();
    ScanOutcome scan = null;
    KMeansResult result;
    if (kRange != null) {
      progress.step("k-means for k = " + kRange);
      scan = Quality.scan(x, params, kRange.min(), kRange.max(), progress);
      result = scan.suggested();
    } else {
      progress.step("k-means for k = " + k);
      result = new KMeans().fit(x, null, params, progress);
    }
    long fitNanos = System.nanoTime() - t1;

    int fittedK = result.numClusters();
    if (fittedK >= 2 && fittedK < x.rows()) {
      progress.step("silhouette");
    }
    Double silhouette = Quality.silhouette(result.model().scaler().transform(x), result.labels(), fittedK, seed);

    ObjectNode json = report(data, result, silhouette, scan, readNanos, fitNanos);
    OutputFiles files = new OutputFiles();
    if (output.labelsOut() != null) {
      OutlierRule rule = outlierQuantile == null ? null : result.outlierRule(outlierQuantile);
      files.add("--labels-out", output.labelsOut(), w -> writeLabels(w, data, result, rule));
    }
    String title = input.input().getFileName() + ": k-means";
    if (segments.any()) {
      double q = outlierQuantile != null ? outlierQuantile : DEFAULT_OUTLIER_QUANTILE;
      AnomalyScores scores = segments.needsScores() ? AnomalyScores.of(result, result.outlierRule(q)) : null;
      SegmentOutputs.add(files, segments, data, result.labels(), title + ", k = " + fittedK + scaling.describe(),
          scores, "farther out than the " + q + "-quantile of their cluster");
    }
    if (kPlot != null) {
      files.addPicture("--k-plot", kPlot, KScanPlot.of(scan.scores(), scan.suggestedK())
          .withTitle(title + scaling.describe() + ": choice of k").withInertiaUnits(scalingUnits()));
    }
    files.commitWithJson(json, output.output(), out);
    return Main.EXIT_OK;
  }

  private void checkOptions() {
    if (k != null && kRange != null) {
      throw new CliException("-k and --k-range cannot be used together");
    }
    if (k == null && kRange == null) {
      throw new CliException("give the number of clusters with -k K, or a range with --k-range KMIN..KMAX");
    }
    if (k != null && k < 1) {
      throw new CliException("-k must be >= 1, got " + k);
    }
    if (restarts < 1) {
      throw new CliException("--restarts must be >= 1, got " + restarts);
    }
    if (maxIterations < 1) {
      throw new CliException("--max-iter must be >= 1, got " + maxIterations);
    }
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new CliException("--tol must be a finite number >= 0, got " + tolerance);
    }
    if (swapTrials < 0) {
      throw new CliException("--swap-trials must be >= 0, got " + swapTrials);
    }
    run.threads();
    if (outlierQuantile != null) {
      if (!(outlierQuantile >= 0 && outlierQuantile <= 1)) {
        throw new CliException("--outlier-quantile must be in [0, 1], got " + outlierQuantile);
      }
      if (output.labelsOut() == null && !segments.needsScores()) {
        throw new CliException("--outlier-quantile needs --labels-out, --scores or --scatter (the outlier flags "
            + "are written there)");
      }
    }
    if (kPlot != null && kRange == null) {
      throw new CliException("--k-plot needs --k-range KMIN..KMAX (it draws the scores of the k scanned)");
    }
    OutputFiles.requirePicture("--k-plot", kPlot);
    segments.checkFormats();
  }

  /** @return the units of the inertia for the k plot's axis: empty for the original units */
  private String scalingUnits() {
    return switch (scaling.standardization()) {
      case NONE -> "";
      case ZSCORE -> "z-score units";
      case MINMAX -> "min-max units";
    };
  }

  private void checkClusterCount(DenseMatrix x) {
    int kMax = kRange != null ? kRange.max() : k;
    String what = kRange != null ? "--k-range " + kRange + ": KMAX = " + kMax : "-k " + kMax;
    int n = x.rows();
    if (kRange != null && kMax > n - 1) {
      throw new CliException(what + " is larger than n - 1 = " + (n - 1) + " (n = " + n
          + " data rows; the silhouette needs k < n)");
    }
    if (kMax > n) {
      throw new CliException(what + " is larger than the number of data rows (" + n + ")");
    }
    int distinct = DataChecks.distinctRows(x, kMax);
    if (kMax > distinct) {
      throw new CliException(what + " is larger than the number of distinct rows (" + distinct + " of " + n
          + "); that many non-empty clusters cannot exist");
    }
  }

  private ObjectNode report(InputData data, KMeansResult r, Double silhouette, ScanOutcome scan, long readNanos,
      long fitNanos) {
    ObjectNode json = JsonOutput.object();
    json.put("algorithm", algorithmName(r.algorithm(), refinement));
    json.put("n", data.matrix().rows());
    json.put("d", data.matrix().cols());
    json.set("columns", JsonOutput.strings(data.columns()));
    json.put("k", r.numClusters());
    json.set("labels", JsonOutput.labels(r.labels(), data));
    json.set("centers", JsonOutput.matrix(r.centersOriginalUnits()));
    json.set("inertia", JsonOutput.number(r.inertia()));
    json.put("iterations", r.iterations());
    json.put("converged", r.converged());
    json.put("restarts", r.restarts());
    json.set("silhouette", JsonOutput.number(silhouette));
    if (scan != null) {
      ArrayNode scores = json.putArray("k_scan");
      for (KScore s : scan.scores()) {
        ObjectNode o = scores.addObject();
        o.put("k", s.k());
        o.set("inertia", JsonOutput.number(s.inertia()));
        o.set("silhouette", JsonOutput.number(s.silhouette()));
        o.set("calinski_harabasz", JsonOutput.number(s.calinskiHarabasz()));
        o.set("davies_bouldin", JsonOutput.number(s.daviesBouldin()));
      }
      json.put("suggested_k", scan.suggestedK());
    }
    json.set("timing", JsonOutput.timing(readNanos, fitNanos));
    return json;
  }

  /**
   * @param algorithm the algorithm that ran
   * @param refinement the refinement
   * @return e.g. "kmeans-hamerly+hartigan" or "kmeans-lloyd"
   */
  static String algorithmName(KMeansAlgorithm algorithm, Refinement refinement) {
    return "kmeans-" + algorithm.name().toLowerCase(Locale.ROOT)
        + (refinement == Refinement.HARTIGAN ? "+hartigan" : "");
  }

  private static void writeLabels(Writer w, InputData data, KMeansResult r, OutlierRule rule) throws IOException {
    int[] labels = r.labels();
    double[] distances = r.distances();
    w.write(rule == null ? "row,label,distance\n" : "row,label,distance,outlier\n");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < data.inputRows(); i++) {
      line.setLength(0);
      line.append(i + 1);
      int m = data.matrixRow(i);
      if (m < 0) {
        line.append(rule == null ? ",," : ",,,");
      } else {
        line.append(',').append(labels[m]).append(',').append(distances[m]);
        if (rule != null) {
          line.append(',').append(rule.isOutlier(labels[m], distances[m]));
        }
      }
      line.append('\n');
      w.write(line.toString());
    }
  }
}
