package org.clustermodels.core.hierarchy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Test helper: compares merge lists. A merge is described by the rows under its two children (leaf sets), so two
 * lists can be compared even where rows of equal height come in another order and therefore got other ids.
 */
final class MergeLists {
  private MergeLists() {
  }

  /** @return |a - b| / max(|a|, |b|), and 0 when both are 0 (the oracle README's relative difference) */
  static double relativeDifference(double a, double b) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return scale == 0 ? 0 : Math.abs(a - b) / scale;
  }

  /**
   * @param expected expected values
   * @param actual actual values
   * @param tolerance relative tolerance
   * @return null if every value agrees, else a description of the first that does not
   */
  static String firstDifference(double[] expected, double[] actual, double tolerance) {
    if (expected.length != actual.length) {
      return "lengths " + expected.length + " and " + actual.length;
    }
    for (int k = 0; k < expected.length; k++) {
      if (!(relativeDifference(expected[k], actual[k]) <= tolerance)) {
        return "value " + k + ": expected " + expected[k] + ", got " + actual[k];
      }
    }
    return null;
  }

  /**
   * The rows under every id of a linkage matrix, ids 0 .. 2n-2.
   *
   * @param n number of rows
   * @param left first child id of each merge
   * @param right second child id of each merge
   * @return leaf sets by id
   */
  static BitSet[] leafSets(int n, int[] left, int[] right) {
    BitSet[] sets = new BitSet[2 * n - 1];
    for (int i = 0; i < n; i++) {
      sets[i] = new BitSet(n);
      sets[i].set(i);
    }
    for (int t = 0; t < n - 1; t++) {
      sets[n + t] = (BitSet) sets[left[t]].clone();
      sets[n + t].or(sets[right[t]]);
    }
    return sets;
  }

  /** @return the merges of a dendrogram as unordered pairs of leaf sets, in merge order */
  static List<Set<BitSet>> pairs(Dendrogram tree) {
    int n = tree.leafCount();
    int[] left = new int[n - 1];
    int[] right = new int[n - 1];
    for (int t = 0; t < n - 1; t++) {
      left[t] = tree.left(t);
      right[t] = tree.right(t);
    }
    return pairs(n, left, right);
  }

  /** @return the merges as unordered pairs of leaf sets, in merge order */
  static List<Set<BitSet>> pairs(int n, int[] left, int[] right) {
    BitSet[] sets = leafSets(n, left, right);
    List<Set<BitSet>> out = new ArrayList<>();
    for (int t = 0; t < n - 1; t++) {
      out.add(Set.of(sets[left[t]], sets[right[t]]));
    }
    return out;
  }

  /**
   * Compares a dendrogram with an expected merge list: the same merges (as pairs of leaf sets) and sizes, heights
   * within a relative tolerance, in the same order except within runs of expected rows of exactly equal height,
   * where any order is accepted. With no such runs, this is row-by-row equality of ids and sizes.
   *
   * @param expected the expected linkage matrix, rows [a, b, height, size]
   * @param actual the dendrogram
   * @param tolerance relative tolerance of the heights
   * @return null if they agree, else a description of the first difference
   */
  static String compare(double[][] expected, Dendrogram actual, double tolerance) {
    int n = expected.length + 1;
    if (actual.leafCount() != n) {
      return "expected " + n + " leaves, got " + actual.leafCount();
    }
    int[] left = new int[n - 1];
    int[] right = new int[n - 1];
    for (int t = 0; t < n - 1; t++) {
      left[t] = (int) expected[t][0];
      right[t] = (int) expected[t][1];
    }
    List<Set<BitSet>> want = pairs(n, left, right);
    List<Set<BitSet>> got = pairs(actual);
    int start = 0;
    while (start < n - 1) {
      int end = start + 1;
      while (end < n - 1 && expected[end][2] == expected[start][2]) {
        end++;
      }
      Set<Set<BitSet>> wantGroup = new HashSet<>(want.subList(start, end));
      Set<Set<BitSet>> gotGroup = new HashSet<>(got.subList(start, end));
      if (!wantGroup.equals(gotGroup)) {
        return "merge " + start + (end > start + 1 ? ".." + (end - 1) + " (equal heights)" : "") + ": expected "
            + describe(expected, start, end) + ", got " + describe(actual, start, end);
      }
      for (int t = start; t < end; t++) {
        if (!(relativeDifference(expected[t][2], actual.height(t)) <= tolerance)) {
          return "merge " + t + ": expected height " + expected[t][2] + ", got " + actual.height(t);
        }
        if (expected[t][3] != actual.size(t)) {
          return "merge " + t + ": expected size " + expected[t][3] + ", got " + actual.size(t);
        }
      }
      start = end;
    }
    return null;
  }

  private static String describe(double[][] z, int start, int end) {
    StringBuilder s = new StringBuilder();
    for (int t = start; t < end; t++) {
      s.append("[").append((int) z[t][0]).append(", ").append((int) z[t][1]).append(", ").append(z[t][2])
          .append("]");
    }
    return s.toString();
  }

  private static String describe(Dendrogram d, int start, int end) {
    StringBuilder s = new StringBuilder();
    for (int t = start; t < end; t++) {
      s.append("[").append(d.left(t)).append(", ").append(d.right(t)).append(", ").append(d.height(t)).append("]");
    }
    return s.toString();
  }
}
