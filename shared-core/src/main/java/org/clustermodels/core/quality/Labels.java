package org.clustermodels.core.quality;

import java.util.Arrays;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;

/**
 * A partition encoded as compact cluster codes 0..k-1, plus boundary validation for the measures.
 *
 * <p>Codes follow the ascending order of the original label values (as scikit-learn's {@code LabelEncoder}), so
 * the labels {7, 3, 7, 10} become {1, 0, 1, 2}.
 */
final class Labels {
  /** Cluster code of each row, in 0..k-1. */
  final int[] codes;
  /** Number of distinct labels. */
  final int k;
  /** Number of rows with each code. */
  final int[] sizes;

  private Labels(int[] codes, int k, int[] sizes) {
    this.codes = codes;
    this.k = k;
    this.sizes = sizes;
  }

  /**
   * Encodes arbitrary int labels (negative ones included).
   *
   * @param labels the labels, not modified
   * @return the compact encoding
   */
  static Labels encode(int[] labels) {
    int[] distinct = labels.clone();
    Arrays.sort(distinct);
    int k = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[k++] = distinct[i];
      }
    }
    int[] codes = new int[labels.length];
    int[] sizes = new int[k];
    for (int i = 0; i < labels.length; i++) {
      codes[i] = Arrays.binarySearch(distinct, 0, k, labels[i]);
      sizes[codes[i]]++;
    }
    return new Labels(codes, k, sizes);
  }

  /**
   * Validates the input of an internal measure (data plus one partition) and encodes the labels.
   *
   * @param measure the measure's name, for messages
   * @param data the data: non-empty, all values finite
   * @param labels one non-negative label per row
   * @return the encoded labels, with 2 <= k <= n - 1
   * @throws IllegalArgumentException naming the problem
   */
  static Labels forData(String measure, DenseMatrix data, int[] labels) {
    if (data == null || labels == null) {
      throw new IllegalArgumentException(measure + ": data and labels must not be null");
    }
    if (labels.length != data.rows()) {
      throw new IllegalArgumentException(measure + ": labels has " + labels.length + " entries but the data has "
          + data.rows() + " rows; give exactly one label per row");
    }
    DataChecks.requireFiniteNonEmpty(data);
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException(measure + ": row " + i + " has label " + labels[i]
            + "; labels must be >= 0 (remove noise or unassigned rows before scoring)");
      }
    }
    Labels encoded = encode(labels);
    requireClusterCount(measure, encoded.k, labels.length, "");
    return encoded;
  }

  /**
   * Checks scikit-learn's condition 2 <= k <= n - 1 on the number of distinct labels.
   *
   * @param measure the measure's name, for messages
   * @param k number of distinct labels
   * @param n number of rows
   * @param what extra context for the message, e.g. " in the sample", or empty
   */
  static void requireClusterCount(String measure, int k, int n, String what) {
    if (k < 2 || k > n - 1) {
      throw new IllegalArgumentException(measure + ": the number of distinct labels" + what + " is " + k + " for "
          + n + " rows; it must be between 2 and n - 1 = " + (n - 1)
          + (k < 2 ? " (a single cluster has no separation to measure)"
              : " (every row in its own cluster has no cohesion to measure)"));
    }
  }

  /**
   * Rejects two partitions of different lengths (external measures).
   *
   * @param measure the measure's name, for messages
   * @param a first partition
   * @param b second partition
   */
  static void requireSameLength(String measure, int[] a, int[] b) {
    if (a == null || b == null) {
      throw new IllegalArgumentException(measure + ": labels must not be null");
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException(measure + ": the two labelings have different lengths (" + a.length
          + " and " + b.length + "); both must label the same rows");
    }
  }
}
