package org.clustermodels.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.profile.AnomalyScores;
import org.clustermodels.core.profile.SegmentProfile;
import org.clustermodels.core.render.ClusterScatterPlot;
import org.clustermodels.core.render.ProfileHeatmap;

/**
 * Writes the outputs of {@link SegmentOptions} for one clustering of the input: the profile (CSV or JSON), its
 * heatmap, the anomaly scores (CSV) and the scatter picture, through {@link OutputFiles} (all or nothing). The
 * profile is of the rows used, in original units; the scores keep the row numbers of the input.
 */
final class SegmentOutputs {
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private SegmentOutputs() {
  }

  /**
   * Checks what the data must allow before any work.
   *
   * @param options the outputs asked for
   * @param data the input
   * @throws CliException naming the option
   */
  static void checkData(SegmentOptions options, InputData data) {
    if (options.scatter() != null && data.matrix().cols() < 2) {
      throw new CliException("--scatter draws two columns, but only 1 column is used ('" + data.columns().get(0)
          + "')");
    }
  }

  /**
   * Adds the files asked for.
   *
   * @param files where to add them
   * @param options the outputs asked for
   * @param data the input
   * @param labels one label per row used, 0..k-1
   * @param title the pictures' title, e.g. "wine.csv: k-means, k = 3, zscore"
   * @param scores the anomaly scores of the rows used, or null when no output needs them
   * @param rule what an outlier is, for the scatter's subtitle, e.g. "in clusters of fewer than 3 rows"
   */
  static void add(OutputFiles files, SegmentOptions options, InputData data, int[] labels, String title,
      AnomalyScores scores, String rule) {
    if (!options.any()) {
      return;
    }
    SegmentProfile profile = SegmentProfile.of(data.matrix(), labels, data.columns());
    if (options.profile() != null) {
      boolean json = OutputFiles.hasExtension(options.profile(), ".json");
      files.add("--profile", options.profile(), w -> {
        if (json) {
          JsonOutput.write(profileJson(profile), w);
        } else {
          writeProfileCsv(profile, w);
        }
      });
    }
    if (options.heatmap() != null) {
      files.addPicture("--heatmap", options.heatmap(), ProfileHeatmap.of(profile).withTitle(title
          + ": segment profile"));
    }
    if (options.scores() != null) {
      files.add("--scores", options.scores(), w -> writeScores(scores, data, w));
    }
    if (options.scatter() != null) {
      files.addPicture("--scatter", options.scatter(), scatter(profile, data.matrix(), labels, scores, title,
          rule));
    }
  }

  /** The profile as JSON: n, k, columns, overall means and sds, one object per cluster, column separation. */
  static ObjectNode profileJson(SegmentProfile p) {
    int d = p.dimensions();
    ObjectNode json = JsonOutput.object();
    json.put("n", p.rows());
    json.put("k", p.numClusters());
    json.set("columns", JsonOutput.strings(p.columns()));
    ObjectNode overall = json.putObject("overall");
    double[] mean = new double[d];
    double[] sd = new double[d];
    double[] separation = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = p.overallMean(j);
      sd[j] = p.overallSd(j);
      separation[j] = p.separation(j);
    }
    overall.set("mean", JsonOutput.numbers(mean));
    overall.set("sd", JsonOutput.numbers(sd));
    ArrayNode clusters = json.putArray("clusters");
    for (int c = 0; c < p.numClusters(); c++) {
      ObjectNode o = clusters.addObject();
      o.put("cluster", c);
      o.put("size", p.size(c));
      o.set("share", JsonOutput.number(p.share(c)));
      double[] z = new double[d];
      for (int j = 0; j < d; j++) {
        mean[j] = p.mean(c, j);
        sd[j] = p.sd(c, j);
        z[j] = p.standardizedDifference(c, j);
      }
      o.set("mean", JsonOutput.numbers(mean));
      o.set("sd", JsonOutput.numbers(sd));
      o.set("standardized_difference", JsonOutput.numbers(z));
    }
    json.set("separation", JsonOutput.numbers(separation));
    return json;
  }

  /** The profile as CSV: the overall figures (cluster "all"), then one line per cluster and column. */
  static void writeProfileCsv(SegmentProfile p, Writer w) throws IOException {
    CSVPrinter csv = new CSVPrinter(w, CSV);
    csv.printRecord("cluster", "size", "share", "column", "mean", "sd", "standardized_difference");
    for (int j = 0; j < p.dimensions(); j++) {
      csv.printRecord("all", p.rows(), 1, p.columns().get(j), number(p.overallMean(j)), number(p.overallSd(j)),
          0);
    }
    for (int c = 0; c < p.numClusters(); c++) {
      for (int j = 0; j < p.dimensions(); j++) {
        csv.printRecord(c, p.size(c), number(p.share(c)), p.columns().get(j), number(p.mean(c, j)),
            number(p.sd(c, j)), number(p.standardizedDifference(c, j)));
      }
    }
    csv.flush();
  }

  /** @return the shortest text that reads back as the value, or empty for NaN (an empty cluster) */
  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  private static void writeScores(AnomalyScores scores, InputData data, Writer w) throws IOException {
    int[] inputRow = new int[data.matrix().rows()];
    for (int i = 0; i < data.inputRows(); i++) {
      if (data.matrixRow(i) >= 0) {
        inputRow[data.matrixRow(i)] = i;
      }
    }
    w.write("rank,row,cluster,distance,outlier\n");
    int[] ranking = scores.ranking();
    StringBuilder line = new StringBuilder();
    for (int r = 0; r < ranking.length; r++) {
      int m = ranking[r];
      line.setLength(0);
      line.append(r + 1).append(',').append(inputRow[m] + 1).append(',').append(scores.label(m)).append(',')
          .append(scores.distance(m)).append(',').append(scores.isOutlier(m)).append('\n');
      w.write(line.toString());
    }
  }

  private static String ratio(double v) {
    return Double.isInfinite(v) ? "infinite" : String.format(Locale.ROOT, "%.3g", v);
  }

  private static ClusterScatterPlot scatter(SegmentProfile profile, DenseMatrix x, int[] labels,
      AnomalyScores scores, String title, String rule) {
    int[] two = profile.mostSeparatingColumns(2);
    double[] xs = new double[x.rows()];
    double[] ys = new double[x.rows()];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = x.get(i, two[0]);
      ys[i] = x.get(i, two[1]);
    }
    int flagged = scores.outlierCount();
    String columns = profile.numClusters() == 1 ? "one cluster, so the first two columns"
        : String.format(Locale.ROOT, "the columns that separate the clusters most (between/within sum of squares "
            + "%s, %s)", ratio(profile.separation(two[0])), ratio(profile.separation(two[1])));
    String subtitle = String.format(Locale.ROOT, "%s; %d outlier%s ringed: %s", columns, flagged,
        flagged == 1 ? "" : "s", rule);
    return ClusterScatterPlot.of(xs, ys, labels, scores.outliers(), profile.columns().get(two[0]),
        profile.columns().get(two[1])).withTitle(title).withSubtitle(subtitle);
  }
}
