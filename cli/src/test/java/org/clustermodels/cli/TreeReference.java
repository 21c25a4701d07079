package org.clustermodels.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Independent computations on trees for the tree command tests, written from the definitions (not from the code
 * under test): SciPy linkage matrices read from JSON, flat cuts by a union-find over the kept merges, the rows
 * under a merge, and a strict Newick parser.
 */
final class TreeReference {
  private TreeReference() {
  }

  /** @return the linkage rows as doubles, one {@code [a, b, height, size]} per merge */
  static double[][] linkage(JsonNode rows) {
    double[][] z = new double[rows.size()][4];
    for (int t = 0; t < z.length; t++) {
      for (int c = 0; c < 4; c++) {
        z[t][c] = rows.get(t).get(c).doubleValue();
      }
    }
    return z;
  }

  /**
   * The clusters left when only the merges for which {@code kept[t]} is true are done, numbered by first row.
   *
   * @param z a linkage matrix over n = z.length + 1 rows
   * @param kept which merges to do
   * @return a label per row
   */
  static int[] labels(double[][] z, boolean[] kept) {
    int n = z.length + 1;
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < z.length; t++) {
      if (kept[t]) {
        parent[find(parent, (int) z[t][0])] = n + t;
        parent[find(parent, (int) z[t][1])] = n + t;
      }
    }
    int[] labelOfRoot = new int[2 * n - 1];
    Arrays.fill(labelOfRoot, -1);
    int[] labels = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      if (labelOfRoot[r] < 0) {
        labelOfRoot[r] = next++;
      }
      labels[i] = labelOfRoot[r];
    }
    return labels;
  }

  /** @return the k clusters left after the first n - k merges */
  static int[] cutByCount(double[][] z, int k) {
    boolean[] kept = new boolean[z.length];
    for (int t = 0; t < z.length - (k - 1); t++) {
      kept[t] = true;
    }
    return labels(z, kept);
  }

  /** @return the clusters of a monotone tree cut at height h (merges at h kept) */
  static int[] cutByHeight(double[][] z, double h) {
    boolean[] kept = new boolean[z.length];
    for (int t = 0; t < z.length; t++) {
      kept[t] = z[t][2] <= h;
    }
    return labels(z, kept);
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      x = parent[x];
    }
    return x;
  }

  /** @return the rows under cluster id {@code id} of a linkage over n rows */
  static List<Integer> rowsUnder(double[][] z, int id) {
    int n = z.length + 1;
    List<Integer> rows = new ArrayList<>();
    List<Integer> stack = new ArrayList<>(List.of(id));
    while (!stack.isEmpty()) {
      int c = stack.remove(stack.size() - 1);
      if (c < n) {
        rows.add(c);
      } else {
        stack.add((int) z[c - n][0]);
        stack.add((int) z[c - n][1]);
      }
    }
    return rows;
  }

  /**
   * Parses a Newick tree strictly: every inner node has exactly two children, every node but the root has a
   * branch length with exactly six decimals, labels are non-empty and hold no reserved character or white space,
   * the text ends with {@code ;} and a line break.
   *
   * @param text the file's content
   * @return the leaf labels, left to right
   * @throws IllegalArgumentException at the first deviation
   */
  static List<String> newickLeaves(String text) {
    NewickParser p = new NewickParser(text);
    p.subtree(true);
    p.expect(';');
    p.expect('\n');
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("text after the tree at " + p.pos);
    }
    return p.leaves;
  }

  private static final class NewickParser {
    final String s;
    int pos;
    final List<String> leaves = new ArrayList<>();

    NewickParser(String s) {
      this.s = s;
    }

    void subtree(boolean root) {
      if (peek() == '(') {
        pos++;
        subtree(false);
        expect(',');
        subtree(false);
        expect(')');
      } else {
        int start = pos;
        while (pos < s.length() && "(),:;[]' \t\r\n".indexOf(s.charAt(pos)) < 0) {
          pos++;
        }
        if (pos == start) {
          throw new IllegalArgumentException("empty label at " + start);
        }
        leaves.add(s.substring(start, pos));
      }
      if (!root) {
        expect(':');
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
          pos++;
        }
        if (!s.substring(start, pos).matches("\\d+\\.\\d{6}")) {
          throw new IllegalArgumentException("bad branch length '" + s.substring(start, pos) + "' at " + start);
        }
      }
    }

    char peek() {
      if (pos >= s.length()) {
        throw new IllegalArgumentException("unexpected end");
      }
      return s.charAt(pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + pos + ", found '" + s.charAt(pos) + "'");
      }
      pos++;
    }
  }
}
