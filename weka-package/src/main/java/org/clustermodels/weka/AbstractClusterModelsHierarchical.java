package org.clustermodels.weka;

import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.Dendrogram;
import weka.clusterers.AbstractClusterer;
import weka.clusterers.NumberOfClustersRequestable;
import weka.core.Capabilities;
import weka.core.Drawable;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;

/**
 * What the ClusterModels hierarchical clusterers for Weka share: the options for the metric, the column scaling
 * and the cut ({@code -N} or {@code -cut-height}), the encoding of the instances, the cut of the full tree, the
 * assignment of new instances to the nearest cut-cluster centre, the Newick graph of the full tree and the model
 * report. A subclass only turns its options into a core call that returns the full tree.
 *
 * <p>The model keeps the encoder, the column scaling, the linkage matrix of the full tree (n - 1 rows of four
 * numbers) and one centre per cut cluster; never the training rows.
 */
public abstract class AbstractClusterModelsHierarchical extends AbstractClusterer
    implements NumberOfClustersRequestable, TechnicalInformationHandler, Drawable {
  private static final long serialVersionUID = 1L;

  /** The metrics, ids in the order of {@link DistanceMetric}. */
  public static final Tag[] TAGS_METRIC = tagsOf(DistanceMetric.values());

  /** The column scalings, ids in the order of {@link Standardization}. */
  public static final Tag[] TAGS_SCALING = ClusterModelsKMeans.TAGS_SCALING;

  private int numClusters = 2;
  private double cutHeight;
  private int metric = DistanceMetric.EUCLIDEAN.ordinal();
  private int scaling = Standardization.NONE.ordinal();
  private int threads = 1;
  private int missing = InstancesEncoder.MISSING_IMPUTE;

  // the fitted model
  private InstancesEncoder encoder;
  private Scaler scaler;
  private double[][] linkage;
  private double[][] centers;
  private int[] clusterSizes;
  /** With -missing skip and rows left out: the input row number of each leaf, else null (leaf = row number). */
  private int[] leafRows;
  private int skippedRows;

  /** A fitted full tree as the subclass's core call returns it. */
  protected static final class Tree {
    final Dendrogram dendrogram;
    final String summary;

    /**
     * @param dendrogram the full tree over all training rows
     * @param summary the report lines particular to the method (method, coefficients), each ending with a newline
     */
    protected Tree(Dendrogram dendrogram, String summary) {
      this.dendrogram = dendrogram;
      this.summary = summary;
    }
  }

  private String summary;

  private static Tag[] tagsOf(DistanceMetric[] values) {
    Tag[] tags = new Tag[values.length];
    for (int i = 0; i < values.length; i++) {
      tags[i] = new Tag(i, values[i].id());
    }
    return tags;
  }

  /**
   * The part of {@code globalInfo()} every hierarchical clusterer shares: encoding, the cut and new instances.
   *
   * @return the text, ending with a blank line
   */
  protected static String commonInfo() {
    return "Attributes: numeric and date attributes are used as they are, nominal attributes one-hot encoded (one "
        + "0/1 column per value); the class attribute, if set, is ignored; missing values (a NaN in the data is one) "
        + "are replaced by the training mean (numeric, date) or mode (nominal), or with -missing skip the training "
        + "rows that have one are left out (a new row with missing values is then assigned after replacing them by "
        + "the mean or mode of the rows kept; leaves keep their input row numbers). Unlike Weka's own distance "
        + "functions, which normalise every attribute by its range by default, no scaling is applied unless the "
        + "scaling option asks for z-score or min-max.\n\n"
        + "The full tree is always kept (Visualize tree shows the whole dendrogram, leaves labelled by 0-based row "
        + "number). The clusters are the tree cut into -N clusters, or at -cut-height when it is > 0. A new "
        + "instance is assigned to the nearest centre of the cut clusters, by the chosen metric, where a centre "
        + "is the mean of its cluster's training rows in the encoded and scaled space; a training row may "
        + "therefore be assigned to another cluster than the one the tree gave it.\n\n";
  }

  /**
   * @return the number of clusters the tree is cut into
   */
  @OptionMetadata(displayName = "numClusters", description = "The number of clusters the tree is cut into "
      + "(default 2); ignored when cutHeight is > 0.",
      commandLineParamName = "N", commandLineParamSynopsis = "-N <num>", displayOrder = 1)
  public int getNumClusters() {
    return numClusters;
  }

  /**
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
   * @return the cut height, 0 when the tree is cut by the number of clusters
   */
  @OptionMetadata(displayName = "cutHeight", description = "Cut the tree at this height instead of into "
      + "numClusters clusters when > 0 (default 0): merges at or below it are kept, as SciPy's "
      + "fcluster(criterion='distance').",
      commandLineParamName = "cut-height", commandLineParamSynopsis = "-cut-height <height>", displayOrder = 2)
  public double getCutHeight() {
    return cutHeight;
  }

  /**
   * @param cutHeight the cut height; 0 (or less) cuts by the number of clusters
   */
  public void setCutHeight(double cutHeight) {
    this.cutHeight = cutHeight;
  }

  /**
   * @return the metric between rows
   */
  @OptionMetadata(displayName = "metric", description = "The distance between rows (default euclidean).",
      commandLineParamName = "metric",
      commandLineParamSynopsis = "-metric <euclidean|sqeuclidean|manhattan|chebyshev|cosine|jaccard|hamming>",
      displayOrder = 20)
  public SelectedTag getMetric() {
    return new SelectedTag(metric, TAGS_METRIC);
  }

  /**
   * @param tag one of {@link #TAGS_METRIC}
   */
  public void setMetric(SelectedTag tag) {
    if (tag.getTags() == TAGS_METRIC) {
      metric = tag.getSelectedTag().getID();
    }
  }

  /**
   * @return the column scaling
   */
  @OptionMetadata(displayName = "scaling", description = "Column scaling before the distances: none (default), "
      + "zscore (mean 0, standard deviation 1) or minmax (range 0 to 1). Weka's own distance functions normalise "
      + "every attribute by its range by default; choose minmax for comparable results.",
      commandLineParamName = "scaling", commandLineParamSynopsis = "-scaling <none|zscore|minmax>", displayOrder = 21)
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
  @OptionMetadata(displayName = "numThreads", description = "Threads for the computation (default 1; 0 = all "
      + "processors). The result does not depend on it.",
      commandLineParamName = "num-slots", commandLineParamSynopsis = "-num-slots <num>", displayOrder = 22)
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
   * @return the missing-value policy
   */
  @OptionMetadata(displayName = "missingValues", description = InstancesEncoder.MISSING_TIP,
      commandLineParamName = "missing", commandLineParamSynopsis = InstancesEncoder.MISSING_SYNOPSIS,
      displayOrder = 23)
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

  /** @return the chosen metric */
  protected DistanceMetric metric() {
    return DistanceMetric.values()[metric];
  }

  /**
   * Builds the full tree over the rows with the core.
   *
   * @param scaled the encoded rows, already scaled as the scaling option asks
   * @return the full tree and the method's report lines
   * @throws IllegalArgumentException if the options do not fit (turned into a {@link WekaException})
   */
  protected abstract Tree fitTree(DenseMatrix scaled);

  @Override
  public Capabilities getCapabilities() {
    return InstancesEncoder.restrict(super.getCapabilities());
  }

  @Override
  public void buildClusterer(Instances data) throws Exception {
    encoder = null;
    getCapabilities().testWithFail(InstancesEncoder.withoutClass(data));
    InstancesEncoder.Training training;
    DenseMatrix scaled;
    Scaler fittedScaler;
    Tree tree;
    try {
      training = InstancesEncoder.train(data, missing);
      int used = training.matrix().rows();
      if (cutHeight <= 0 && numClusters > used) {
        throw new WekaException("the number of clusters (-N " + numClusters + ") is larger than the number of "
            + "instances (" + used + (training.skipped() > 0 ? " instances used for training, " + training.skipped()
            + " with missing values skipped" : "") + ")");
      }
      fittedScaler = Scaler.fit(Standardization.values()[scaling], training.matrix());
      scaled = fittedScaler.transform(training.matrix());
      tree = fitTree(scaled);
    } catch (IllegalArgumentException e) {
      throw new WekaException("invalid data or options: " + e.getMessage(), e);
    }
    int n = scaled.rows();
    int[] labels = cutHeight > 0 ? tree.dendrogram.cutByHeight(cutHeight) : tree.dendrogram.cutByCount(numClusters);
    int k = 0;
    for (int label : labels) {
      k = Math.max(k, label + 1);
    }
    int d = scaled.cols();
    double[][] sums = new double[k][d];
    int[] sizes = new int[k];
    for (int i = 0; i < n; i++) {
      double[] s = sums[labels[i]];
      for (int j = 0; j < d; j++) {
        s[j] += scaled.get(i, j);
      }
      sizes[labels[i]]++;
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        sums[c][j] /= sizes[c];
      }
    }
    scaler = fittedScaler;
    linkage = tree.dendrogram.toLinkage();
    centers = sums;
    clusterSizes = sizes;
    summary = tree.summary;
    skippedRows = training.skipped();
    leafRows = skippedRows > 0 ? training.rows() : null;
    encoder = training.encoder();
  }

  private void requireModel() throws WekaException {
    if (encoder == null) {
      throw new WekaException("no model: call buildClusterer first");
    }
  }

  @Override
  public int clusterInstance(Instance instance) throws Exception {
    requireModel();
    double[] row = scaler.transform(new double[][] {encoder.encode(instance)})[0];
    DistanceMetric m = metric();
    int best = 0;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int c = 0; c < centers.length; c++) {
      double dist = m.distance(row, 0, centers[c], 0, row.length);
      if (dist < bestDistance) {
        bestDistance = dist;
        best = c;
      }
    }
    return best;
  }

  @Override
  public int numberOfClusters() throws Exception {
    requireModel();
    return centers.length;
  }

  /**
   * @return a copy of the full tree's linkage matrix in SciPy's convention: row t merges ids [t][0] and [t][1] at
   *     height [t][2] into a cluster of [t][3] rows
   * @throws WekaException if no model was built
   */
  public double[][] linkageMatrix() throws WekaException {
    requireModel();
    double[][] out = new double[linkage.length][];
    for (int t = 0; t < out.length; t++) {
      out[t] = linkage[t].clone();
    }
    return out;
  }

  /** @return a copy of the number of training rows per cut cluster */
  public int[] getClusterSizes() throws WekaException {
    requireModel();
    return clusterSizes.clone();
  }

  @Override
  public int graphType() {
    return Drawable.Newick;
  }

  @Override
  public String graph() throws Exception {
    requireModel();
    String[] labels = null;
    if (leafRows != null) {
      labels = new String[leafRows.length];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = Integer.toString(leafRows[i]);
      }
    }
    return "Newick:" + Dendrogram.fromLinkage(linkage).toNewick(labels);
  }

  /**
   * @param title the clusterer's name
   * @return the model report
   */
  protected String report(String title) {
    StringBuilder sb = new StringBuilder();
    sb.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    if (encoder == null) {
      return sb.append("No model built yet.\n").toString();
    }
    sb.append(String.format(Locale.ROOT, "Training instances: %d%n", linkage.length + 1));
    if (encoder.missingPolicy() == InstancesEncoder.MISSING_SKIP) {
      sb.append(String.format(Locale.ROOT, "Missing values: skip (%d training instance(s) with a missing value left "
          + "out; leaves keep their input row numbers)%n", skippedRows));
    } else if (encoder.missingPolicy() == InstancesEncoder.MISSING_ABSENT) {
      sb.append("Missing values: absent (0 in the item's columns)\n");
    }
    sb.append(String.format(Locale.ROOT, "Metric: %s, scaling %s%n", metric().id(),
        scaler.method().name().toLowerCase(Locale.ROOT)));
    sb.append(summary);
    sb.append(cutHeight > 0
        ? String.format(Locale.ROOT, "Cut: at height %.6g, giving %d clusters%n", cutHeight, centers.length)
        : String.format(Locale.ROOT, "Cut: into %d clusters (-N)%n", centers.length));
    sb.append("\nCluster sizes (training instances):\n");
    for (int c = 0; c < clusterSizes.length; c++) {
      sb.append(String.format(Locale.ROOT, "  Cluster %d: %d%n", c, clusterSizes[c]));
    }
    return sb.append('\n').toString();
  }

  /**
   * @param name a report line's label
   * @param value its value, NaN when undefined
   * @return the line, "not available" for NaN
   */
  protected static String line(String name, double value) {
    return name + ": " + (Double.isNaN(value) ? "not available" : String.format(Locale.ROOT, "%.6f", value)) + "\n";
  }
}
