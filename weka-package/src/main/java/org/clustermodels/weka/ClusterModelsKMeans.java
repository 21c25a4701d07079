package org.clustermodels.weka;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.InitMethod;
import org.clustermodels.core.kmeans.KMeans;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansModel;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.KScan;
import org.clustermodels.core.kmeans.KScanResult;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.core.kmeans.OutlierRule;
import org.clustermodels.core.profile.AnomalyScores;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.core.progress.ProgressMonitor;
import weka.clusterers.NumberOfClustersRequestable;
import weka.clusterers.RandomizableClusterer;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;

/**
 * ClusterModels K-Means as a Weka clusterer: a thin adapter over the shared core's
 * {@link org.clustermodels.core.kmeans.KMeans}. Options become {@link KMeansParams}, the {@link Instances} become
 * a matrix through {@link InstancesEncoder} (one-hot nominal attributes, mean/mode imputation or skipping rows with
 * missing values, class ignored), and the result becomes Weka's API. With an automatic range of k the core's
 * {@link KScan} fits every k and the fit for its suggested k (highest silhouette) is kept. New rows go to the
 * nearest centre (the core's {@link KMeansModel#assign}).
 *
 * <p>The model keeps the encoder, the column scaling, the centres and the report's scores, never the training
 * data.
 */
public class ClusterModelsKMeans extends RandomizableClusterer
    implements NumberOfClustersRequestable, TechnicalInformationHandler, WeightedInstancesHandler {
  private static final long serialVersionUID = 1L;

  /** Tag id: k-means++ initialisation. */
  public static final int INIT_KMEANS_PLUS_PLUS = 0;
  /** Tag id: random distinct rows as initial centres. */
  public static final int INIT_RANDOM = 1;
  /** The initialisations. */
  public static final Tag[] TAGS_INIT = {
    new Tag(INIT_KMEANS_PLUS_PLUS, "k-means++"),
    new Tag(INIT_RANDOM, "random"),
  };

  /** The algorithms, ids in the order of {@link KMeansAlgorithm}. */
  public static final Tag[] TAGS_ALGORITHM = tags(KMeansAlgorithm.values());

  /** The column scalings, ids in the order of {@link Standardization}. */
  public static final Tag[] TAGS_SCALING = tags(Standardization.values());

  /**
   * The default quantile q of the outlier rule behind the report's most unusual instances (-outlier-quantile): a
   * row is flagged when it is farther from its centre than the q-quantile of its cluster's training distances
   * (the command line's default for --outlier-quantile).
   */
  public static final double OUTLIER_QUANTILE = 0.99;

  private int numClusters = 2;
  private int restarts = 10;
  private int init = INIT_KMEANS_PLUS_PLUS;
  private int algorithm = KMeansAlgorithm.AUTO.ordinal();
  private int maxIterations = 300;
  private double tolerance = 1e-4;
  private int scaling = Standardization.NONE.ordinal();
  private int threads = 1;
  private int autoKMin;
  private int autoKMax;
  private boolean skipSilhouette;
  private int missing = InstancesEncoder.MISSING_IMPUTE;
  private int outliers;
  private double outlierQuantile = OUTLIER_QUANTILE;

  // the fitted model
  private InstancesEncoder encoder;
  private KMeansModel model;
  private double[][] centersOriginal;
  private int[] clusterSizes;
  private double[] clusterSse;
  private double inertia;
  private int iterations;
  private boolean converged;
  private KMeansAlgorithm algorithmRun;
  private int trainingRows;
  private int skippedRows;
  private double silhouette;
  private String silhouetteNote;
  /** With automatic k: one row per scanned k, {k, inertia, silhouette, Calinski-Harabasz, Davies-Bouldin}. */
  private double[][] kScan;
  /** The profile of the clusters on the encoded training rows, in original units. */
  private SegmentProfile profile;
  /** With -outliers N: the N training rows farthest from their centre, the farthest first; else empty. */
  private UnusualInstance[] unusual;

  /**
   * One of the most unusual training instances of the report.
   *
   * @param row the 1-based row of the training data (rows left out by -missing skip keep their numbers)
   * @param cluster its cluster
   * @param distance its Euclidean distance to its centre, in the scaled units the algorithm ran in
   * @param outlier whether the outlier rule (-outlier-quantile, default {@link #OUTLIER_QUANTILE}) flags it
   */
  public record UnusualInstance(int row, int cluster, double distance, boolean outlier)
      implements Serializable {
  }

  /** Creates the clusterer with the defaults: k = 2, seed 1, 10 k-means++ restarts, no scaling, one thread. */
  public ClusterModelsKMeans() {
    m_SeedDefault = 1;
    setSeed(m_SeedDefault);
  }

  /**
   * @param values the choices of a core enum
   * @return one tag per value, id = ordinal, name = the value's name in lower case
   */
  static Tag[] tags(Enum<?>[] values) {
    Tag[] tags = new Tag[values.length];
    for (int i = 0; i < values.length; i++) {
      tags[i] = new Tag(i, values[i].name().toLowerCase(Locale.ROOT));
    }
    return tags;
  }

  /**
   * @return the description shown in the Explorer
   */
  public String globalInfo() {
    return "K-Means clustering from ClusterModels: k-means++ (or random) initialisation, several restarts keeping "
        + "the lowest inertia, exact accelerated iterations (Hamerly or Elkan, identical to Lloyd's result) and a "
        + "Hartigan refinement of the partition.\n\n"
        + "Distances are plain Euclidean on the encoded attributes: numeric and date attributes as they are, "
        + "nominal attributes one-hot encoded (one 0/1 column per value). The class attribute, if set, is ignored. "
        + "Missing values (a NaN in the data is one) are replaced by the training mean (numeric, date) or mode "
        + "(nominal), as Weka's ReplaceMissingValues does, or with -missing skip the training rows that have one "
        + "are left out (a new row with missing values is then assigned after replacing them by the mean or mode "
        + "of the rows kept). Unlike Weka's own distance functions, which normalise every attribute by "
        + "its range by default, no scaling is applied unless the scaling option asks for z-score or min-max.\n\n"
        + "A new instance is assigned to the nearest centre. The inertia is the sum of weighted squared distances "
        + "in the scaled units the algorithm ran in; the silhouette (Rousseeuw) is computed on the same scaled data "
        + "(exact up to " + KScan.EXACT_SILHOUETTE_LIMIT + " training rows, above that on a random sample of "
        + KScan.SILHOUETTE_SAMPLE + " rows drawn with the seed).\n\n"
        + "Automatic k: with autoKMin and autoKMax > 0, every k in that range is fitted and scored (inertia, "
        + "silhouette, Calinski-Harabasz, Davies-Bouldin) and the fit with the highest silhouette is kept (ties "
        + "to the smaller k), as the command line's --k-range does; numClusters is then ignored.\n\n"
        + "The model output ends with a segment profile of the clusters: per cluster its size and share, and per "
        + "attribute its mean and standard deviation in original units and the standardised difference (cluster "
        + "mean - overall mean) / overall standard deviation, as the command line's --profile writes it.\n\n"
        + "Anomaly detection: with -outliers N the output then lists the N training instances farthest from their "
        + "centre (the anomaly score, in the scaled units), each with its row, cluster, distance and whether it is "
        + "an outlier (farther out than the q-quantile of its cluster's distances, q from -outlier-quantile, "
        + "default " + OUTLIER_QUANTILE + "), as the command line's --scores ranks them.\n\n"
        + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return References.technicalInformation(References.KMEANS_CLASSES);
  }

  /**
   * @return the number of clusters
   */
  @OptionMetadata(displayName = "numClusters", description = "The number of clusters k (default 2); not used "
      + "while autoKMin and autoKMax choose k.",
      commandLineParamName = "N", commandLineParamSynopsis = "-N <num>", displayOrder = 1)
  public int getNumClusters() {
    return numClusters;
  }

  /**
   * Sets {@code -N}, the number of clusters ({@link NumberOfClustersRequestable}). It is the k of the fit
   * whenever the automatic range is off ({@code autoKMin = autoKMax = 0}, the default); while the range is on, the
   * range decides k and this value is kept but not used, so a meta-scheme that requests k clusters must leave the
   * range off.
   *
   * @param k the number of clusters, at least 1
   * @throws Exception if k &lt; 1
   */
  @Override
  public void setNumClusters(int k) throws Exception {
    if (k < 1) {
      throw new WekaException("the number of clusters must be >= 1, got " + k);
    }
    numClusters = k;
  }

  /**
   * @return the number of restarts
   */
  @OptionMetadata(displayName = "restarts", description = "The number of restarts, each from its own initial "
      + "centres; the one with the lowest inertia is kept (default 10).",
      commandLineParamName = "restarts", commandLineParamSynopsis = "-restarts <num>", displayOrder = 2)
  public int getRestarts() {
    return restarts;
  }

  /**
   * @param restarts at least 1
   */
  public void setRestarts(int restarts) {
    this.restarts = restarts;
  }

  /**
   * @return the initialisation
   */
  @OptionMetadata(displayName = "init", description = "How each restart's initial centres are chosen: "
      + "k-means++ (default) or random distinct rows.",
      commandLineParamName = "init", commandLineParamSynopsis = "-init <k-means++|random>", displayOrder = 3)
  public SelectedTag getInit() {
    return new SelectedTag(init, TAGS_INIT);
  }

  /**
   * @param tag one of {@link #TAGS_INIT}
   */
  public void setInit(SelectedTag tag) {
    if (tag.getTags() == TAGS_INIT) {
      init = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the algorithm
   */
  @OptionMetadata(displayName = "algorithm", description = "The iteration: auto (default: Elkan for k >= 100 and "
      + "at most 50 columns, else Hamerly), lloyd, hamerly, elkan (all exact, same result), or minibatch "
      + "(approximate, for very large data).",
      commandLineParamName = "algorithm", commandLineParamSynopsis = "-algorithm <auto|lloyd|hamerly|elkan|minibatch>",
      displayOrder = 4)
  public SelectedTag getAlgorithm() {
    return new SelectedTag(algorithm, TAGS_ALGORITHM);
  }

  /**
   * @param tag one of {@link #TAGS_ALGORITHM}
   */
  public void setAlgorithm(SelectedTag tag) {
    if (tag.getTags() == TAGS_ALGORITHM) {
      algorithm = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the iteration limit per restart
   */
  @OptionMetadata(displayName = "maxIterations", description = "The iteration limit per restart (default 300).",
      commandLineParamName = "I", commandLineParamSynopsis = "-I <num>", displayOrder = 5)
  public int getMaxIterations() {
    return maxIterations;
  }

  /**
   * @param maxIterations at least 1
   */
  public void setMaxIterations(int maxIterations) {
    this.maxIterations = maxIterations;
  }

  /**
   * @return the relative tolerance
   */
  @OptionMetadata(displayName = "tolerance", description = "Stop when the centres move less than this, relative to "
      + "the mean column variance of the scaled data (default 1e-4; 0 iterates until no row changes cluster).",
      commandLineParamName = "tolerance", commandLineParamSynopsis = "-tolerance <num>", displayOrder = 6)
  public double getTolerance() {
    return tolerance;
  }

  /**
   * @param tolerance finite, at least 0
   */
  public void setTolerance(double tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * @return the column scaling
   */
  @OptionMetadata(displayName = "scaling", description = "Column scaling before clustering: none (default), zscore "
      + "(mean 0, standard deviation 1) or minmax (range 0 to 1). Note that Weka's own distance functions (as "
      + "used by SimpleKMeans) normalise every attribute by its range by default; choose minmax for comparable "
      + "results. Centres are reported in original units either way.",
      commandLineParamName = "scaling", commandLineParamSynopsis = "-scaling <none|zscore|minmax>", displayOrder = 7)
  public SelectedTag getScaling() {
    return new SelectedTag(scaling, TAGS_SCALING);
  }

  /**
   * @param tag one of {@link #TAGS_SCALING}
   */
  public void setScaling(SelectedTag tag) {
    if (tag.getTags() == TAGS_SCALING) {
      scaling = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the number of threads
   */
  @OptionMetadata(displayName = "numThreads", description = "Threads running the restarts in parallel (default 1; "
      + "0 = all processors). The result does not depend on it.",
      commandLineParamName = "num-slots", commandLineParamSynopsis = "-num-slots <num>", displayOrder = 8)
  public int getNumThreads() {
    return threads;
  }

  /**
   * @param threads at least 0 (0 = all processors)
   */
  public void setNumThreads(int threads) {
    this.threads = threads;
  }

  /**
   * @return the smallest k of the automatic range, 0 when k is fixed by numClusters
   */
  @OptionMetadata(displayName = "autoKMin", description = "Automatic k: the smallest k to try, at least 2 "
      + "(default 0 = off: numClusters is used). Set together with autoKMax; the fit with the highest silhouette "
      + "is kept and the model output lists every k's scores.",
      commandLineParamName = "auto-k-min", commandLineParamSynopsis = "-auto-k-min <num>", displayOrder = 9)
  public int getAutoKMin() {
    return autoKMin;
  }

  /**
   * @param kMin the smallest k of the range (at least 2), or 0 with autoKMax 0 for a fixed k
   */
  public void setAutoKMin(int kMin) {
    this.autoKMin = kMin;
  }

  /**
   * @return the largest k of the automatic range, 0 when k is fixed by numClusters
   */
  @OptionMetadata(displayName = "autoKMax", description = "Automatic k: the largest k to try, at least autoKMin "
      + "and at most the number of training instances - 1 (default 0 = off).",
      commandLineParamName = "auto-k-max", commandLineParamSynopsis = "-auto-k-max <num>", displayOrder = 10)
  public int getAutoKMax() {
    return autoKMax;
  }

  /**
   * @param kMax the largest k of the range, or 0 with autoKMin 0 for a fixed k
   */
  public void setAutoKMax(int kMax) {
    this.autoKMax = kMax;
  }

  /**
   * @return whether the silhouette of a fixed-k fit is left out
   */
  @OptionMetadata(displayName = "skipSilhouette", description = "Do not compute the silhouette of the fit for the "
      + "model output (it costs O(n^2) distances up to " + KScan.EXACT_SILHOUETTE_LIMIT + " instances, O("
      + KScan.SILHOUETTE_SAMPLE + "^2) above). Automatic k always computes it, as it chooses k by it.",
      commandLineParamName = "no-silhouette", commandLineParamSynopsis = "-no-silhouette",
      commandLineParamIsFlag = true, displayOrder = 11)
  public boolean getSkipSilhouette() {
    return skipSilhouette;
  }

  /**
   * @param skip true to leave the silhouette of a fixed-k fit out
   */
  public void setSkipSilhouette(boolean skip) {
    this.skipSilhouette = skip;
  }

  /**
   * @return the missing-value policy
   */
  @OptionMetadata(displayName = "missingValues", description = InstancesEncoder.MISSING_TIP,
      commandLineParamName = "missing", commandLineParamSynopsis = InstancesEncoder.MISSING_SYNOPSIS,
      displayOrder = 12)
  public SelectedTag getMissingValues() {
    return new SelectedTag(missing, InstancesEncoder.TAGS_MISSING);
  }

  /**
   * @param tag one of {@link InstancesEncoder#TAGS_MISSING}
   */
  public void setMissingValues(SelectedTag tag) {
    if (tag.getTags() == InstancesEncoder.TAGS_MISSING) {
      missing = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return how many of the most unusual training instances the model output lists (0 = none)
   */
  @OptionMetadata(displayName = "outliers", description = "List the N training instances farthest from their "
      + "centre (in the scaled units; ties to the earlier row) in the model output, each with its 1-based row, "
      + "cluster, distance and whether it is an outlier, farther out than the outlierQuantile-quantile of its "
      + "cluster's distances (default 0 = off).",
      commandLineParamName = "outliers", commandLineParamSynopsis = "-outliers <num>", displayOrder = 13)
  public int getOutliers() {
    return outliers;
  }

  /**
   * @param n how many of the most unusual training instances to list, at least 0 (0 = none; more than the
   *     training rows lists them all)
   */
  public void setOutliers(int n) {
    this.outliers = n;
  }

  /**
   * @return the quantile q of the outlier rule of the listed unusual instances
   */
  @OptionMetadata(displayName = "outlierQuantile", description = "The outlier rule of the unusual instances "
      + "listed with -outliers: an instance is an outlier when it is farther from its centre than the q-quantile "
      + "(linear interpolation) of its cluster's training distances; q in [0, 1], e.g. 0.95 flags more "
      + "instances than 0.99 (default " + OUTLIER_QUANTILE + ").",
      commandLineParamName = "outlier-quantile", commandLineParamSynopsis = "-outlier-quantile <q>",
      displayOrder = 14)
  public double getOutlierQuantile() {
    return outlierQuantile;
  }

  /**
   * @param q the quantile of the outlier rule, in [0, 1] (checked when the clusterer is built)
   */
  public void setOutlierQuantile(double q) {
    this.outlierQuantile = q;
  }

  /**
   * @return the core parameters these options stand for
   */
  public KMeansParams toParams() {
    return KMeansParams.builder(numClusters)
        .seed(getSeed())
        .restarts(restarts)
        .init(init == INIT_RANDOM ? InitMethod.RANDOM : InitMethod.KMEANS_PLUS_PLUS)
        .algorithm(KMeansAlgorithm.values()[algorithm])
        .maxIterations(maxIterations)
        .tolerance(tolerance)
        .standardization(Standardization.values()[scaling])
        .threads(threads)
        .build();
  }

  @Override
  public Capabilities getCapabilities() {
    return InstancesEncoder.restrict(super.getCapabilities());
  }

  @Override
  public void buildClusterer(Instances data) throws Exception {
    resetModel();
    getCapabilities().testWithFail(InstancesEncoder.withoutClass(data));
    if (outliers < 0) {
      throw new WekaException("-outliers must be >= 0 (the number of unusual instances to list; 0 = none), got "
          + outliers);
    }
    if (!(outlierQuantile >= 0 && outlierQuantile <= 1)) {
      throw new WekaException("-outlier-quantile must be in [0, 1] (the quantile of a cluster's distances above "
          + "which an instance is an outlier), got " + outlierQuantile);
    }
    boolean auto = autoKMin != 0 || autoKMax != 0;
    if (auto) {
      checkRangeOptions();
    }
    KMeansParams params;
    try {
      params = toParams();
    } catch (IllegalArgumentException e) {
      throw new WekaException("invalid option: " + e.getMessage(), e);
    }
    InstancesEncoder.Training training;
    try {
      training = InstancesEncoder.train(data, missing);
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
    DenseMatrix x = training.matrix();
    String rows = x.rows() + " instances used for training"
        + (training.skipped() > 0 ? ", " + training.skipped() + " with missing values skipped" : "");
    if (auto) {
      checkRangeFits(x, rows);
    } else if (numClusters > x.rows()) {
      throw new WekaException("the number of clusters (-N " + numClusters + ") is larger than the number of "
          + "instances (" + rows + ")");
    }
    KMeansResult result;
    double fitSilhouette = Double.NaN;
    String note;
    double[][] scan = null;
    try {
      if (auto) {
        KScanResult r = KScan.scan(x, training.weights(), params, autoKMin, autoKMax, ProgressMonitor.none());
        result = r.resultFor(r.suggestedK());
        scan = new double[r.scores().size()][];
        for (int i = 0; i < scan.length; i++) {
          KScore s = r.scores().get(i);
          scan[i] = new double[] {s.k(), s.inertia(), s.silhouette(), s.calinskiHarabasz(), s.daviesBouldin()};
        }
        fitSilhouette = scan[r.suggestedK() - autoKMin][2];
        note = silhouetteRule(x.rows());
      } else {
        result = new KMeans().fit(x, training.weights(), params, ProgressMonitor.none());
        int k = result.numClusters();
        if (skipSilhouette) {
          note = "not computed (-no-silhouette)";
        } else if (k < 2 || k >= x.rows()) {
          note = "undefined for k = " + k + " (needs 2 <= k < number of training instances)";
        } else {
          try {
            fitSilhouette = KScan.silhouette(result.model().scaler().transform(x), result.labels(), getSeed());
            note = silhouetteRule(x.rows());
          } catch (IllegalArgumentException e) { // e.g. a sample with one cluster: the fit itself stands
            note = "not available (" + e.getMessage() + ")";
          }
        }
      }
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
    encoder = training.encoder();
    model = result.model();
    centersOriginal = result.centersOriginalUnits();
    clusterSizes = result.clusterSizes();
    clusterSse = result.clusterSse();
    inertia = result.inertia();
    iterations = result.iterations();
    converged = result.converged();
    algorithmRun = result.algorithm();
    trainingRows = x.rows();
    skippedRows = training.skipped();
    silhouette = fitSilhouette;
    silhouetteNote = note;
    kScan = scan;
    profile = SegmentProfile.of(x, result.labels(), Arrays.asList(encoder.columnNames()));
    unusual = mostUnusual(result, training.rows());
  }

  /**
   * @param result the fit
   * @param inputRows the 0-based input rows of the fit's rows
   * @return the -outliers most unusual rows by the core's anomaly scores, the farthest first
   */
  private UnusualInstance[] mostUnusual(KMeansResult result, int[] inputRows) {
    if (outliers == 0) {
      return new UnusualInstance[0];
    }
    OutlierRule rule = result.outlierRule(outlierQuantile);
    AnomalyScores scores = AnomalyScores.of(result, rule);
    int[] ranking = scores.ranking();
    UnusualInstance[] out = new UnusualInstance[Math.min(outliers, ranking.length)];
    for (int r = 0; r < out.length; r++) {
      int i = ranking[r];
      out[r] = new UnusualInstance(inputRows[i] + 1, scores.label(i), scores.distance(i), scores.isOutlier(i));
    }
    return out;
  }

  /** The option checks of the automatic range that need no data. */
  private void checkRangeOptions() throws WekaException {
    if (autoKMin < 2) {
      throw new WekaException("-auto-k-min must be >= 2 (the silhouette needs two clusters), got " + autoKMin
          + "; set both -auto-k-min and -auto-k-max to 0 to use -N");
    }
    if (autoKMax < autoKMin) {
      throw new WekaException("-auto-k-max (" + autoKMax + ") must be >= -auto-k-min (" + autoKMin
          + "); set both to 0 to use -N");
    }
  }

  /** The checks of the automatic range against the training rows, naming the option. */
  private void checkRangeFits(DenseMatrix x, String rows) throws WekaException {
    int n = x.rows();
    if (autoKMax > n - 1) {
      throw new WekaException("-auto-k-max " + autoKMax + " is larger than the number of training instances - 1 = "
          + (n - 1) + " (" + rows + "; the silhouette needs k < n)");
    }
    int distinct = DataChecks.distinctRows(x, autoKMax);
    if (distinct < autoKMax) {
      throw new WekaException("-auto-k-max " + autoKMax + " is larger than the number of distinct training "
          + "instances (" + distinct + " of " + n + "); that many non-empty clusters cannot exist");
    }
  }

  /**
   * @param n the number of training rows
   * @return how the silhouette was computed, for the report
   */
  private String silhouetteRule(int n) {
    return n <= KScan.EXACT_SILHOUETTE_LIMIT ? "exact"
        : "on a random sample of " + KScan.SILHOUETTE_SAMPLE + " of the " + n + " training instances (seed "
            + getSeed() + "; exact up to " + KScan.EXACT_SILHOUETTE_LIMIT + " instances)";
  }

  private void resetModel() {
    encoder = null;
    model = null;
    kScan = null;
    profile = null;
    unusual = null;
  }

  @Override
  public int clusterInstance(Instance instance) throws Exception {
    if (encoder == null) {
      throw new WekaException("no model: call buildClusterer first");
    }
    double[] row = encoder.encode(instance);
    try {
      return model.nearest(row);
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  @Override
  public int numberOfClusters() throws Exception {
    if (model == null) {
      throw new WekaException("no model: call buildClusterer first");
    }
    return model.numClusters();
  }

  @Override
  public String toString() {
    if (model == null) {
      return "ClusterModels K-Means: no model built yet.\n";
    }
    return KMeansReport.text(this);
  }

  // accessors for the report and for tests

  InstancesEncoder encoder() {
    return encoder;
  }

  /** @return a copy of the centres in original (encoded, unscaled) units, one row per cluster */
  public double[][] getCentersOriginalUnits() {
    double[][] out = new double[centersOriginal.length][];
    for (int c = 0; c < out.length; c++) {
      out[c] = centersOriginal[c].clone();
    }
    return out;
  }

  /** @return a copy of the number of training rows per cluster */
  public int[] getClusterSizes() {
    return clusterSizes.clone();
  }

  /** @return a copy of the weighted within-cluster sums of squared distances (scaled units) */
  public double[] getClusterSse() {
    return clusterSse.clone();
  }

  /** @return the inertia: the sum of weighted squared distances to the centres, in scaled units */
  public double getInertia() {
    return inertia;
  }

  int iterations() {
    return iterations;
  }

  boolean converged() {
    return converged;
  }

  KMeansAlgorithm algorithmRun() {
    return algorithmRun;
  }

  Standardization fittedScaling() {
    return model.scaler().method();
  }

  int trainingRows() {
    return trainingRows;
  }

  int skippedRows() {
    return skippedRows;
  }

  /** @return the mean silhouette of the fit on the scaled training data, NaN when not computed or undefined */
  public double getSilhouette() {
    return silhouette;
  }

  String silhouetteNote() {
    return silhouetteNote;
  }

  /**
   * @return with automatic k, a copy of the scan: one row per k, {k, inertia, silhouette, Calinski-Harabasz,
   *     Davies-Bouldin}; null when k was fixed
   */
  public double[][] getKScan() {
    if (kScan == null) {
      return null;
    }
    double[][] out = new double[kScan.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = kScan[i].clone();
    }
    return out;
  }

  /**
   * @return the segment profile of the fit on the training instances (encoded attributes, original units,
   *     instance weights not applied), for the model output's profile section; null before a model is built
   */
  public SegmentProfile getProfile() {
    return profile;
  }

  /**
   * @return the model output's most unusual training instances (-outliers N), the farthest from its centre first;
   *     empty when the option is 0, null before a model is built
   */
  public List<UnusualInstance> getUnusualInstances() {
    return unusual == null ? null : List.of(unusual);
  }

  /** @return the fitted model (scaling and centres in scaled units), null before a model is built */
  KMeansModel model() {
    return model;
  }

  /**
   * Runs the clusterer from the command line.
   *
   * @param args Weka's clusterer evaluation options and this clusterer's options
   */
  public static void main(String[] args) {
    runClusterer(new ClusterModelsKMeans(), args);
  }
}
