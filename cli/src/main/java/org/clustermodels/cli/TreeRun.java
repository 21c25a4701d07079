package org.clustermodels.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.Metric;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.profile.AnomalyScores;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.render.CutLine;
import org.clustermodels.core.render.DendrogramPlot;
import org.clustermodels.core.render.DendrogramPlotOptions;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The steps the tree commands ({@code agglomerative}, {@code divisive}, {@code baskets}) share around their fit:
 * check the options and output files, read the input (timed), fit (timed), compute the cophenetic correlation,
 * cut, and write the JSON, Newick and pictures ({@link DendrogramPlot}) all-or-nothing ({@link OutputFiles}).
 */
final class TreeRun {

  /**
   * What a command's fit produced.
   *
   * @param algorithm the {@code algorithm} field, e.g. {@code agglomerative-ward-euclidean-matrix}
   * @param tree the full tree
   * @param coefficientField the name of the coefficient's field
   * @param coefficient the agglomerative or divisive coefficient
   * @param cophenetic the cophenetic correlation if the fit computed it, else null (computed here if asked for)
   * @param scaled the rows the tree was built from, after scaling, for the cophenetic correlation
   * @param metric the metric between those rows
   * @param labels the clusters where the fit itself stopped (bisecting k-means with -k), or null to cut the tree
   * @param notes notes for the user about the fit
   * @param heightAxis what the heights are, for the pictures' axis, e.g. "Cluster diameter (euclidean)"
   * @param leafClusters the number of clusters below which the tree has no structure (the clusters where
   *     bisecting k-means stopped, their rows joined at height 0), which a picture need not draw apart; n if none
   */
  record Fitted(String algorithm, Dendrogram tree, String coefficientField, double coefficient, Double cophenetic,
      DenseMatrix scaled, Metric metric, int[] labels, List<String> notes, String heightAxis, int leafClusters) {
  }

  /** A command's fit. */
  @FunctionalInterface
  interface Fit {
    /**
     * @param data the input, already checked
     * @param monitor progress
     * @return the fit
     */
    Fitted fit(InputData data, ProgressMonitor monitor);
  }

  private final CommandSpec spec;
  private final TreeInput input;
  private final RunOptions run;
  private final TreeOutputOptions output;
  private final TreeCut cut;

  /**
   * @param spec the command, for its stdout and stderr
   * @param input where the rows come from
   * @param run threads and progress
   * @param output the output options
   * @param cut the cut asked for
   */
  TreeRun(CommandSpec spec, TreeInput input, RunOptions run, TreeOutputOptions output, TreeCut cut) {
    this.spec = spec;
    this.input = input;
    this.run = run;
    this.output = output;
    this.cut = cut;
  }

  /**
   * Runs the command.
   *
   * @param step what the fit does, for the progress line and the pictures' title, e.g. "ward linkage, euclidean"
   * @param fit the command's fit; its parameters are already validated
   * @return the exit code
   * @throws CliException for bad usage or input
   * @throws IOException if stdout cannot be written
   */
  int execute(String step, Fit fit) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    cut.check();
    int threads = run.threads();
    output.check(input.input());
    SegmentOptions segments = output.segments();
    if (segments.any() && !cut.asked()) {
      throw new CliException(segments.firstGiven() + " describes the clusters of a cut: give " + cut.countOption()
          + " K or --cut-height H");
    }
    ProgressLine progress = new ProgressLine(err, run.progress(), true);

    progress.step("reading " + input.input());
    long t0 = System.nanoTime();
    InputData data = input.load(output.namesLeaves());
    long readNanos = System.nanoTime() - t0;
    cut.check(data.matrix().rows());
    SegmentOutputs.checkData(segments, data);

    progress.step(step);
    long t1 = System.nanoTime();
    Fitted f = fit.fit(data, progress);
    long fitNanos = System.nanoTime() - t1;
    int[] labels = f.labels() != null ? f.labels() : cut.labels(f.tree());
    AnomalyScores scores = anomalyScores(f, labels);
    // the notes wait until the core has accepted the data (metric, memory, method), so that a rejected input
    // gets one error line only
    data.printNotes(err);
    f.notes().forEach(note -> Main.note(err, note));

    Double cophenetic = f.cophenetic();
    if (cophenetic == null && output.cophenetic()) {
      progress.step("cophenetic correlation");
      cophenetic = Cophenetic.correlation(f.tree(), f.scaled(), f.metric(), threads, progress,
          MemoryCheck.runtime(), note -> Main.note(err, note));
    }

    ObjectNode json = JsonOutput.object();
    json.put("algorithm", f.algorithm());
    json.put("n", data.matrix().rows());
    json.put("d", data.matrix().cols());
    json.set("columns", JsonOutput.strings(data.columns()));
    input.describe(json, data);
    json.set("linkage", JsonOutput.linkage(f.tree()));
    json.set("heights", JsonOutput.numbers(f.tree().heights()));
    json.set("cophenetic_correlation", JsonOutput.number(cophenetic));
    json.set(f.coefficientField(), JsonOutput.number(f.coefficient()));
    if (labels != null) {
      json.set("labels", JsonOutput.labels(labels, data));
    }
    json.set("timing", JsonOutput.timing(readNanos, fitNanos));

    OutputFiles files = new OutputFiles();
    if (output.newick() != null) {
      files.add("--newick", output.newick(), w -> w.write(f.tree().toNewick(data.rowNames()) + "\n"));
    }
    if (output.svg() != null || output.png() != null) {
      progress.step("drawing the tree");
      DendrogramPlot plot = plot(data, f, step);
      if (output.svg() != null) {
        files.addBinary("--svg", output.svg(), plot::writeSvg);
      }
      if (output.png() != null) {
        files.addBinary("--png", output.png(), plot::writePng);
      }
    }
    addSegments(files, data, labels, scores, step);
    files.commitWithJson(json, output.output(), out);
    return Main.EXIT_OK;
  }

  /**
   * The anomaly scores of the cut by the small-cluster rule, when --scores or --scatter asks for them.
   *
   * @return the scores, or null when not asked for
   * @throws CliException if no cluster reaches --min-cluster-size
   */
  private AnomalyScores anomalyScores(Fitted f, int[] labels) {
    if (!output.segments().needsScores()) {
      return null;
    }
    int m = output.minClusterSize();
    int[] sizes = new int[Arrays.stream(labels).max().orElse(0) + 1];
    for (int label : labels) {
      sizes[label]++;
    }
    int largest = Arrays.stream(sizes).max().orElse(0);
    if (largest < m) {
      throw new CliException("--min-cluster-size " + m + ": no cluster of the cut has " + m + " rows or more "
          + "(the largest has " + largest + "), so no cluster is regular");
    }
    return AnomalyScores.bySmallClusters(f.scaled(), labels, m);
  }

  /** The profile and anomaly outputs of the cut. */
  private void addSegments(OutputFiles files, InputData data, int[] labels, AnomalyScores scores, String step) {
    if (!output.segments().any()) {
      return;
    }
    int k = Arrays.stream(labels).max().orElse(0) + 1;
    SegmentOutputs.add(files, output.segments(), data, labels, fileName() + ": " + step + ", " + k + " clusters",
        scores, "in clusters of fewer than " + output.minClusterSize() + " rows");
  }

  private String fileName() {
    Path file = input.input().getFileName();
    return file == null ? input.input().toString() : file.toString();
  }

  /**
   * The picture: the tree with its leaves named and the cut asked for, truncated to --max-leaves, or to the
   * clusters below which it has no structure.
   */
  private DendrogramPlot plot(InputData data, Fitted f, String step) {
    String column = data.rowNamesColumn();
    DendrogramPlotOptions options = DendrogramPlotOptions.builder()
        .title(fileName() + ": " + step)
        .heightAxisTitle(f.heightAxis())
        .leafAxisTitle(column == null ? "Data row" : column)
        .leafNoun(input.rowNoun(), input.rowNoun() + "s")
        .leafLabels(Arrays.asList(data.rowNames()))
        .maxLeaves(Math.max(2, Math.min(output.maxLeaves(), f.leafClusters())))
        .cut(cut.count() != null ? CutLine.atCount(cut.count())
            : cut.height() != null ? CutLine.atHeight(cut.height()) : null)
        .build();
    return new DendrogramPlot(f.tree(), options);
  }
}
