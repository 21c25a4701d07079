package org.clustermodels.weka;

import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import weka.clusterers.Clusterer;
import weka.core.Instances;

/** Reads Weka's clusterer evaluation output and counts clusters directly, for the command-line tests. */
final class EvaluationOutput {
  /** The header of the training rows' statistics. */
  static final String TRAINING = "=== Clustering stats for training data ===";
  /** The header of the test rows' statistics. */
  static final String TESTING = "=== Clustering stats for testing data ===";

  private static final Pattern SIZE_LINE = Pattern.compile("(?m)^\\s*(\\d+)\\s+(\\d+)\\s+\\(\\s*\\d+%\\)$");

  private EvaluationOutput() {
  }

  /**
   * The "Clustered Instances" block after a header, lines "cluster count (percent%)".
   *
   * @param output the evaluation output
   * @param header {@link #TRAINING} or {@link #TESTING}
   * @return cluster to count, for the clusters listed (Weka lists non-empty ones)
   */
  static Map<Integer, Integer> clusteredInstances(String output, String header) {
    int start = output.indexOf(header);
    assertTrue("no '" + header + "' in\n" + output, start >= 0);
    String rest = output.substring(start + header.length());
    int next = rest.indexOf("===");
    String block = next >= 0 ? rest.substring(0, next) : rest;
    assertTrue(block, block.contains("Clustered Instances"));
    Map<Integer, Integer> out = new TreeMap<>();
    Matcher m = SIZE_LINE.matcher(block);
    while (m.find()) {
      out.put(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)));
    }
    return out;
  }

  /**
   * @param c a built clusterer
   * @param data rows
   * @return each row's cluster, by {@link Clusterer#clusterInstance}
   */
  static int[] assign(Clusterer c, Instances data) throws Exception {
    int[] out = new int[data.numInstances()];
    for (int i = 0; i < out.length; i++) {
      out[i] = c.clusterInstance(data.instance(i));
    }
    return out;
  }

  /**
   * @param labels each row's cluster
   * @return cluster to number of rows, for the non-empty clusters
   */
  static Map<Integer, Integer> counts(int[] labels) {
    Map<Integer, Integer> out = new TreeMap<>();
    for (int label : labels) {
      out.merge(label, 1, Integer::sum);
    }
    return out;
  }
}
