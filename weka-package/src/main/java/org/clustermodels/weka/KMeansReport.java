package org.clustermodels.weka;

import java.util.List;
import java.util.Locale;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.profile.SegmentProfile;

/**
 * The model text of {@link ClusterModelsKMeans}: what Weka prints before its evaluation (the fit, the scan over k,
 * the centres, the within-cluster sums of squares, the segment profile and, with -outliers, the most unusual
 * training instances).
 */
final class KMeansReport {
  private KMeansReport() {
  }

  static String text(ClusterModelsKMeans km) {
    InstancesEncoder enc = km.encoder();
    double[][] centers = km.getCentersOriginalUnits();
    int[] sizes = km.getClusterSizes();
    double[] sse = km.getClusterSse();
    String[] names = enc.columnNames();
    int k = centers.length;
    StringBuilder sb = new StringBuilder();
    sb.append("ClusterModels K-Means\n=====================\n\n");
    sb.append(String.format(Locale.ROOT, "Number of clusters: %d%n", k));
    sb.append(String.format(Locale.ROOT, "Training instances: %d%n", km.trainingRows()));
    int policy = km.encoder().missingPolicy();
    sb.append(policy == InstancesEncoder.MISSING_SKIP
        ? String.format(Locale.ROOT, "Missing values: skip (%d training instance(s) with a missing value left out)%n",
            km.skippedRows())
        : policy == InstancesEncoder.MISSING_ABSENT ? "Missing values: absent (0 in the item's columns)\n"
        : "Missing values: impute (training mean or mode)\n");
    sb.append(String.format(Locale.ROOT, "Algorithm: %s, %d restart(s), scaling %s%n",
        km.algorithmRun().name().toLowerCase(Locale.ROOT), km.getRestarts(),
        km.fittedScaling().name().toLowerCase(Locale.ROOT)));
    sb.append(String.format(Locale.ROOT, "Iterations (best restart): %d%s%n", km.iterations(),
        km.converged() ? "" : " (iteration limit reached before convergence)"));
    String units = km.fittedScaling() == Standardization.NONE ? "original" : "scaled";
    sb.append(String.format(Locale.ROOT, "Inertia (sum of weighted squared distances, %s units): %.6g%n", units,
        km.getInertia()));
    sb.append(Double.isNaN(km.getSilhouette())
        ? "Silhouette: " + km.silhouetteNote() + "\n"
        : String.format(Locale.ROOT, "Silhouette (mean over the training instances, %s units, %s): %.4f%n", units,
            km.silhouetteNote(), km.getSilhouette()));
    sb.append('\n');
    double[][] scan = km.getKScan();
    if (scan != null) {
      scanTable(sb, scan, k);
    }

    int nameWidth = "Attribute".length();
    for (String n : names) {
      nameWidth = Math.max(nameWidth, n.length());
    }
    int colWidth = 12;
    sb.append("Cluster centres (original units; one-hot columns give the share of the value):\n");
    sb.append(pad("Attribute", nameWidth));
    for (int c = 0; c < k; c++) {
      sb.append(leftPad("Cluster " + c, colWidth));
    }
    sb.append('\n');
    sb.append(pad("(size)", nameWidth));
    for (int c = 0; c < k; c++) {
      sb.append(leftPad("(" + sizes[c] + ")", colWidth));
    }
    sb.append('\n');
    sb.append("-".repeat(nameWidth + colWidth * k)).append('\n');
    for (int j = 0; j < names.length; j++) {
      sb.append(pad(names[j], nameWidth));
      for (int c = 0; c < k; c++) {
        sb.append(leftPad(number(centers[c][j]), colWidth));
      }
      sb.append('\n');
    }
    sb.append('\n');
    sb.append("Within-cluster sum of squares:\n");
    for (int c = 0; c < k; c++) {
      sb.append(String.format(Locale.ROOT, "  Cluster %d: %.6g%n", c, sse[c]));
    }
    sb.append('\n');
    profileTable(sb, km.getProfile(), nameWidth);
    List<ClusterModelsKMeans.UnusualInstance> unusual = km.getUnusualInstances();
    if (!unusual.isEmpty()) {
      unusualTable(sb, km, unusual, units);
    }
    return sb.toString();
  }

  /** The most unusual training instances (-outliers N): rank, row, cluster, distance, outlier flag. */
  private static void unusualTable(StringBuilder sb, ClusterModelsKMeans km,
      List<ClusterModelsKMeans.UnusualInstance> unusual, String units) {
    sb.append(String.format(Locale.ROOT, "Most unusual training instances (the %d farthest from their centre, "
        + "Euclidean distance in %s units; outlier: farther out than the %s-quantile of its cluster's distances):%n",
        unusual.size(), units, km.getOutlierQuantile()));
    sb.append(String.format(Locale.ROOT, "%6s%8s%10s%14s%10s%n", "Rank", "Row", "Cluster", "Distance", "Outlier"));
    for (int r = 0; r < unusual.size(); r++) {
      ClusterModelsKMeans.UnusualInstance u = unusual.get(r);
      sb.append(String.format(Locale.ROOT, "%6d%8d%10d%14.6f%10s%n", r + 1, u.row(), u.cluster(), u.distance(),
          u.outlier() ? "yes" : "no"));
    }
    sb.append('\n');
  }

  /**
   * The segment profile: per attribute the overall mean and SD, and per cluster the mean, the SD and the
   * standardised difference z.
   */
  private static void profileTable(StringBuilder sb, SegmentProfile p, int nameWidth) {
    int k = p.numClusters();
    sb.append("Segment profile (training instances, weights not applied; SD: population standard deviation; ")
        .append("z = (cluster mean - overall mean) / overall SD):\n");
    StringBuilder heading = new StringBuilder(pad("", nameWidth)).append(leftPad("Overall", 20));
    StringBuilder units = new StringBuilder(pad("Attribute", nameWidth)).append(leftPad("mean", 10))
        .append(leftPad("SD", 10));
    StringBuilder sizes = new StringBuilder(pad("(size, share)", nameWidth)).append(leftPad(p.rows() + " (100 %)",
        20));
    for (int c = 0; c < k; c++) {
      heading.append(leftPad("Cluster " + c, 27));
      units.append(leftPad("mean", 10)).append(leftPad("SD", 10)).append(leftPad("z", 7));
      sizes.append(leftPad(String.format(Locale.ROOT, "%d (%.1f %%)", p.size(c), 100 * p.share(c)), 27));
    }
    sb.append(heading).append('\n').append(units).append('\n').append(sizes).append('\n');
    sb.append("-".repeat(nameWidth + 20 + 27 * k)).append('\n');
    for (int j = 0; j < p.dimensions(); j++) {
      sb.append(pad(p.columns().get(j), nameWidth)).append(leftPad(number(p.overallMean(j)), 10))
          .append(leftPad(number(p.overallSd(j)), 10));
      for (int c = 0; c < k; c++) {
        sb.append(leftPad(number(p.mean(c, j)), 10)).append(leftPad(number(p.sd(c, j)), 10))
            .append(leftPad(String.format(Locale.ROOT, "%.2f", zeroed(p.standardizedDifference(c, j), 0.005)), 7));
      }
      sb.append('\n');
    }
    sb.append('\n');
  }

  /** @return the value with four decimals, without a "-0.0000" from rounding */
  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4f", zeroed(v, 5e-5));
  }

  /** @return 0 for a value that would print as a negative zero, else the value */
  private static double zeroed(double v, double halfUnit) {
    return Math.abs(v) < halfUnit ? 0.0 : v;
  }

  /** The per-k table of the automatic k, the chosen k marked. */
  private static void scanTable(StringBuilder sb, double[][] scan, int chosen) {
    int first = (int) scan[0][0];
    int last = (int) scan[scan.length - 1][0];
    sb.append(String.format(Locale.ROOT, "Automatic k over %d..%d: k = %d chosen, the highest silhouette (ties to "
        + "the smaller k); -N is not used%n", first, last, chosen));
    sb.append(String.format(Locale.ROOT, "%8s%16s%12s%20s%16s%n", "k", "Inertia", "Silhouette", "Calinski-Harabasz",
        "Davies-Bouldin"));
    for (double[] row : scan) {
      int k = (int) row[0];
      sb.append(String.format(Locale.ROOT, "%s%4d%16.6g%12.4f%20.6g%16.4f%n", k == chosen ? "  * " : "    ", k,
          row[1], row[2], row[3], row[4]));
    }
    sb.append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String leftPad(String s, int width) {
    return " ".repeat(Math.max(1, width - s.length())) + s;
  }
}
