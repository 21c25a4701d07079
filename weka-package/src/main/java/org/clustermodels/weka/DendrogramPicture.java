package org.clustermodels.weka;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.render.CutLine;
import org.clustermodels.core.render.DendrogramPlot;
import org.clustermodels.core.render.DendrogramPlotOptions;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Utils;
import weka.core.WekaException;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Draws the full tree that {@link ClusterModelsAgglomerative} builds on an ARFF file, as PNG and/or SVG, with the
 * core's renderer ({@link DendrogramPlot}): trains the Weka clusterer with the given Weka options, then draws its
 * linkage matrix with every row as a leaf and the clusterer's cut (-N or -cut-height) coloured.
 *
 * <pre>
 * java -cp WEKA_CP:ClusterModels.jar:lib/* org.clustermodels.weka.DendrogramPicture -t data.arff [-c last]
 *     [-png tree.png] [-svg tree.svg] [ClusterModelsAgglomerative options, e.g. -L ward -N 3]
 * </pre>
 *
 * <p>Leaves are labelled by their 0-based row number, as in the clusterer's Newick graph, followed by the class
 * value when a class attribute is set with {@code -c} (the clusterer ignores it). The picture is wide enough for a
 * label per leaf up to about 1,600 rows; larger trees still show every leaf, with every few leaves labelled.
 */
public final class DendrogramPicture {
  /** Pixels per leaf: enough for the smallest label font the renderer uses. */
  private static final int PIXELS_PER_LEAF = 12;
  /** Room for the heights axis and the cluster legend. */
  private static final int FRAME_WIDTH = 320;
  private static final int MIN_WIDTH = 960;
  private static final int HEIGHT = 640;

  private DendrogramPicture() {
  }

  /** @return the picture's own options, in Weka's style */
  static List<Option> pictureOptions() {
    return List.of(
        new Option("\tThe ARFF (or other Weka-readable) training file.", "t", 1, "-t <file>"),
        new Option("\tThe class attribute (index, 'first' or 'last'): ignored by the clusterer, shown after each "
            + "leaf's row number.", "c", 1, "-c <index>"),
        new Option("\tWrite the picture as PNG to this file.", "png", 1, "-png <file>"),
        new Option("\tWrite the picture as SVG to this file.", "svg", 1, "-svg <file>"));
  }

  /** @return the usage text: this class's options, then the clusterer's */
  static String usage() {
    StringBuilder sb = new StringBuilder("Usage: java " + DendrogramPicture.class.getName()
        + " -t <file> [-c <index>] [-png <file>] [-svg <file>] [clusterer options]\n\nPicture options:\n\n");
    for (Option o : pictureOptions()) {
      sb.append(o.synopsis()).append('\n').append(o.description()).append('\n');
    }
    sb.append("\nOptions of ").append(ClusterModelsAgglomerative.class.getName()).append(":\n\n");
    for (Option o : Collections.list(new ClusterModelsAgglomerative().listOptions())) {
      sb.append(o.synopsis()).append('\n').append(o.description()).append('\n');
    }
    return sb.toString();
  }

  /**
   * Trains the clusterer on the file and writes the picture(s).
   *
   * @param args the options (see the class comment); the array is not changed
   * @return the files written
   * @throws Exception with a message naming the option or file at fault; nothing is written then
   */
  public static List<Path> run(String[] args) throws Exception {
    String[] options = args.clone();
    String train = Utils.getOption('t', options);
    String classIndex = Utils.getOption('c', options);
    String png = Utils.getOption("png", options);
    String svg = Utils.getOption("svg", options);
    if (train.isEmpty()) {
      throw new WekaException("no training file given (-t <file>)");
    }
    if (png.isEmpty() && svg.isEmpty()) {
      throw new WekaException("no picture file given (-png <file> and/or -svg <file>)");
    }
    requireDirectory("-png", png);
    requireDirectory("-svg", svg);
    ClusterModelsAgglomerative clusterer = new ClusterModelsAgglomerative();
    clusterer.setOptions(options);

    Instances data = DataSource.read(train);
    if (!classIndex.isEmpty()) {
      data.setClassIndex(classIndex(classIndex, data));
    }
    clusterer.buildClusterer(data);

    DendrogramPlot plot = plot(clusterer, data, new File(train).getName());
    List<Path> written = new ArrayList<>();
    if (!png.isEmpty()) {
      plot.writePng(Path.of(png));
      written.add(Path.of(png));
    }
    if (!svg.isEmpty()) {
      plot.writeSvg(Path.of(svg));
      written.add(Path.of(svg));
    }
    return written;
  }

  private static void requireDirectory(String option, String file) throws WekaException {
    if (file.isEmpty()) {
      return;
    }
    Path dir = Path.of(file).toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new WekaException(option + " " + file + ": directory " + dir + " does not exist");
    }
  }

  private static int classIndex(String value, Instances data) throws WekaException {
    if (value.equals("first")) {
      return 0;
    }
    if (value.equals("last")) {
      return data.numAttributes() - 1;
    }
    int index;
    try {
      index = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new WekaException("-c " + value + ": not an attribute index, 'first' or 'last'");
    }
    if (index < 1 || index > data.numAttributes()) {
      throw new WekaException("-c " + value + ": the data have attributes 1.." + data.numAttributes());
    }
    return index - 1;
  }

  /**
   * @param fitted a built clusterer
   * @param data its training data (for the leaf labels)
   * @param name the data's name, for the title
   * @return the picture of the clusterer's full tree, every row a leaf, its cut coloured
   * @throws Exception if the clusterer has no model
   */
  static DendrogramPlot plot(ClusterModelsAgglomerative fitted, Instances data, String name) throws Exception {
    Dendrogram tree = Dendrogram.fromLinkage(fitted.linkageMatrix());
    int n = tree.leafCount();
    List<String> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      labels.add(data.classIndex() < 0 ? Integer.toString(i)
          : i + " " + data.instance(i).stringValue(data.classIndex()));
    }
    String linkage = fitted.getLinkage().getSelectedTag().getReadable();
    String metric = fitted.getMetric().getSelectedTag().getReadable();
    int width = (int) Math.min(DendrogramPlotOptions.MAX_SIZE,
        Math.max(MIN_WIDTH, (long) PIXELS_PER_LEAF * n + FRAME_WIDTH));
    DendrogramPlotOptions options = DendrogramPlotOptions.builder()
        .size(width, HEIGHT)
        .title(String.format(Locale.ROOT, "%s: ClusterModelsAgglomerative %s", name,
            Utils.joinOptions(fitted.getOptions())))
        .heightAxisTitle(metric + " distance (" + linkage + " linkage)")
        .leafAxisTitle(data.classIndex() < 0 ? "Row" : "Row and " + data.classAttribute().name())
        .leafLabels(labels)
        .maxLeaves(Math.max(2, n))
        .cut(fitted.getCutHeight() > 0 ? CutLine.atHeight(fitted.getCutHeight())
            : CutLine.atCount(fitted.getNumClusters()))
        .build();
    return new DendrogramPlot(tree, options);
  }

  /**
   * Runs {@link #run} and prints the files written; on bad input prints the message and the usage and exits
   * with status 1.
   *
   * @param args see the class comment; {@code -h} prints the usage
   */
  public static void main(String[] args) {
    try {
      if (args.length == 0 || Utils.getFlag('h', args.clone())) {
        System.out.print(usage());
        return;
      }
      for (Path p : run(args)) {
        System.out.println("wrote " + p.toAbsolutePath());
      }
    } catch (Exception e) {
      System.err.println("DendrogramPicture: error: " + e.getMessage() + "\n\n" + usage());
      System.exit(1);
    }
  }
}
