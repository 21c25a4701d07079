package org.clustermodels.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The outputs that describe the clusters of a result, shared by {@code kmeans} and the tree commands: the
 * segment profile as a table and as a heatmap, and the anomaly scores as a table and as a scatter picture (see
 * {@link SegmentOutputs}). Picocli mixin.
 */
public final class SegmentOptions {

  @Option(names = "--profile", paramLabel = "FILE",
      description = "Also write the segment profile: per cluster its size and share, and per column the mean and "
          + "standard deviation (original units, population sd) and the standardised difference (cluster mean - "
          + "overall mean) / overall sd. FILE ending in .csv (one line per cluster and column, the overall "
          + "figures first as cluster 'all') or .json.")
  Path profile;

  @Option(names = "--heatmap", paramLabel = "FILE",
      description = "Also draw the profile's standardised differences as a heatmap (clusters x columns, blue "
          + "below the mean, red above), FILE ending in .png or .svg.")
  Path heatmap;

  @Option(names = "--scores", paramLabel = "FILE",
      description = "Also write the anomaly scores as CSV, most unusual row first: rank,row (1-based data "
          + "row),cluster,distance (to the nearest centre, in the scaled units),outlier (true/false by the "
          + "outlier rule).")
  Path scores;

  @Option(names = "--scatter", paramLabel = "FILE",
      description = "Also draw the rows on the two columns that separate the clusters most (largest between- "
          + "over within-cluster sum of squares), coloured by cluster, outliers ringed; FILE ending in .png or "
          + ".svg. Needs at least 2 columns.")
  Path scatter;

  /** @return the profile table file, or null */
  public Path profile() {
    return profile;
  }

  /** @return the heatmap picture file, or null */
  public Path heatmap() {
    return heatmap;
  }

  /** @return the scores table file, or null */
  public Path scores() {
    return scores;
  }

  /** @return the scatter picture file, or null */
  public Path scatter() {
    return scatter;
  }

  /** @return whether any of these outputs is asked for */
  public boolean any() {
    return firstGiven() != null;
  }

  /** @return whether an output needs the anomaly scores and their outlier rule (--scores or --scatter) */
  public boolean needsScores() {
    return scores != null || scatter != null;
  }

  /** @return the first of these options given, for messages, or null */
  public String firstGiven() {
    for (Map.Entry<String, Path> e : targets().entrySet()) {
      if (e.getValue() != null) {
        return e.getKey();
      }
    }
    return null;
  }

  /** @return the output files by option, in option order (null for those not given) */
  public Map<String, Path> targets() {
    Map<String, Path> targets = new LinkedHashMap<>();
    targets.put("--profile", profile);
    targets.put("--heatmap", heatmap);
    targets.put("--scores", scores);
    targets.put("--scatter", scatter);
    return targets;
  }

  /**
   * Checks the file names' extensions, which choose the formats.
   *
   * @throws CliException naming the option and the file
   */
  public void checkFormats() {
    OutputFiles.requireExtension("--profile", profile, ".csv", ".json");
    OutputFiles.requirePicture("--heatmap", heatmap);
    OutputFiles.requirePicture("--scatter", scatter);
  }
}
