package org.clustermodels.core.hierarchy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.clustermodels.core.Reference;

/**
 * Writes the full binary tree of a dendrogram in the Newick format, e.g. {@code ((a:1.000000,b:1.000000):2.500000,
 * c:3.500000);}.
 *
 * <ul>
 *   <li>Children appear left (smaller id) first, so the leaves appear in {@link LeafOrder leaf order}.</li>
 *   <li>Leaves carry labels, inner nodes none. The root has no branch length; the text ends with {@code ;}.</li>
 *   <li>The branch length of a node is its parent's height minus its own (rows have height 0), clamped at 0 where
 *       an inversion (centroid, median) makes a merge lower than its child, since Newick readers reject or
 *       mis-draw negative lengths. Heights can then no longer be recovered by summing lengths along that path.</li>
 *   <li>Lengths are fixed-point with a given number of decimals (default {@value #DEFAULT_DECIMALS}), rounded half
 *       up from the exact binary value: never scientific notation, never a locale's decimal comma.</li>
 *   <li>Labels are written unquoted, stripped of the characters Newick reserves, {@code , ( ) : ; [ ]} and the
 *       single quote, and of whitespace and control characters. A label that is null or empty after stripping is
 *       replaced by its 0-based row number (the row's id in the linkage matrix), as is every label when no labels
 *       are given. Labels need not be unique.</li>
 * </ul>
 *
 * <p>Cost: O(n) time and memory, iterative (no recursion: a chain of 200,000 merges is fine).
 */
@Reference(authors = "J. Archie, W. H. E. Day, J. Felsenstein, W. Maddison, C. Meacham, F. J. Rohlf, D. Swofford",
    title = "The Newick tree format", venue = "informal standard, adopted 1986; described in the PHYLIP documentation",
    year = 1986, url = "https://evolution.genetics.washington.edu/phylip/newicktree.html")
public final class NewickWriter {
  /** Decimals of branch lengths unless told otherwise. */
  public static final int DEFAULT_DECIMALS = 6;
  /** Largest number of decimals accepted. */
  public static final int MAX_DECIMALS = 20;

  /** Stack marker: write a comma. */
  private static final int COMMA = -1;

  private NewickWriter() {
  }

  /**
   * Writes a tree.
   *
   * @param tree the dendrogram over n rows
   * @param labels one label per row, or null for row numbers; null entries become row numbers
   * @param decimals decimals of the branch lengths, 0..{@value #MAX_DECIMALS}
   * @return the Newick text, ending with {@code ;} (no line break)
   * @throws IllegalArgumentException if labels does not have n entries or decimals is out of range
   */
  public static String write(Dendrogram tree, String[] labels, int decimals) {
    int n = tree.leafCount();
    if (labels != null && labels.length != n) {
      throw new IllegalArgumentException("got " + labels.length + " labels for a tree of " + n
          + " rows; give one label per row, or null for row numbers");
    }
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("decimals must be between 0 and " + MAX_DECIMALS + ", got " + decimals);
    }
    double[] parentHeight = new double[2 * n - 1];
    for (int t = 0; t < n - 1; t++) {
      parentHeight[tree.left(t)] = tree.height(t);
      parentHeight[tree.right(t)] = tree.height(t);
    }
    StringBuilder out = new StringBuilder(n * (12 + decimals));
    int root = 2 * n - 2;
    // Entries >= 0: open that id; COMMA: a separator; <= -2: close id -(entry + 2).
    int[] stack = new int[3 * n];
    int top = 0;
    stack[top++] = root;
    while (top > 0) {
      int entry = stack[--top];
      if (entry == COMMA) {
        out.append(',');
      } else if (entry >= n) {
        int t = entry - n;
        out.append('(');
        stack[top++] = -entry - 2;
        stack[top++] = tree.right(t);
        stack[top++] = COMMA;
        stack[top++] = tree.left(t);
      } else {
        int id = entry >= 0 ? entry : -entry - 2;
        if (entry >= 0) {
          out.append(label(labels == null ? null : labels[id], id));
        } else {
          out.append(')');
        }
        if (id != root) {
          double own = id < n ? 0.0 : tree.height(id - n);
          out.append(':').append(fixedPoint(Math.max(0.0, parentHeight[id] - own), decimals));
        }
      }
    }
    return out.append(';').toString();
  }

  /**
   * The label written for a row.
   *
   * @param raw the given label, or null
   * @param row the 0-based row
   * @return raw without reserved, whitespace and control characters, or the row number if nothing is left
   */
  static String label(String raw, int row) {
    if (raw == null) {
      return Integer.toString(row);
    }
    StringBuilder kept = new StringBuilder(raw.length());
    raw.codePoints().filter(c -> !isStripped(c)).forEach(kept::appendCodePoint);
    return kept.length() == 0 ? Integer.toString(row) : kept.toString();
  }

  private static boolean isStripped(int c) {
    return ",():;[]'".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.isISOControl(c);
  }

  private static String fixedPoint(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }
}
