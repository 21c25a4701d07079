package org.clustermodels.core.hierarchy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small, strict Newick parser for the tests (iterative, so deep trees parse too). It accepts unquoted labels
 * and branch lengths only, and rejects anything our writer must never produce: whitespace, quotes, comments in
 * brackets, and lengths that are not plain fixed-point numbers (no sign, no exponent).
 */
final class NewickTestParser {
  private static final Pattern FIXED_POINT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  private static final String STRUCTURE = "(),:;";

  /** A parsed node: a label (leaves), the branch length as written (null for the root), and the children. */
  static final class Node {
    String label = "";
    String length;
    final List<Node> children = new ArrayList<>();
  }

  private NewickTestParser() {
  }

  /**
   * @param text one Newick tree
   * @return its root
   * @throws AssertionError describing the first syntax error
   */
  static Node parse(String text) {
    Deque<Node> open = new ArrayDeque<>();
    Node current = null;
    int p = 0;
    while (p < text.length()) {
      char c = text.charAt(p);
      switch (c) {
        case '(' -> {
          expect(current == null, text, p, "'(' after a finished node");
          open.push(new Node());
          p++;
        }
        case ',', ')' -> {
          expect(current != null && !open.isEmpty(), text, p, "'" + c + "' without a node before it");
          open.peek().children.add(current);
          current = c == ')' ? open.pop() : null;
          p++;
        }
        case ':' -> {
          expect(current != null && current.length == null, text, p, "':' without a node or twice");
          int end = next(text, p + 1);
          current.length = text.substring(p + 1, end);
          expect(FIXED_POINT.matcher(current.length).matches(), text, p, "length '" + current.length + "'");
          p = end;
        }
        case ';' -> {
          expect(current != null && open.isEmpty() && p == text.length() - 1, text, p, "';' not at the end");
          expect(current.length == null, text, p, "a length on the root");
          return current;
        }
        default -> {
          int end = next(text, p);
          String label = text.substring(p, end);
          expect(label.chars().noneMatch(x -> Character.isWhitespace(x) || "[]'".indexOf(x) >= 0), text, p,
              "label '" + label + "' with a reserved character");
          if (current == null) {
            current = new Node();
          }
          expect(current.label.isEmpty() && current.length == null, text, p, "label after a label or length");
          current.label = label;
          p = end;
        }
      }
    }
    throw new AssertionError("no ';' at the end of " + abbreviate(text));
  }

  private static int next(String text, int from) {
    int p = from;
    while (p < text.length() && STRUCTURE.indexOf(text.charAt(p)) < 0) {
      p++;
    }
    return p;
  }

  private static void expect(boolean ok, String text, int p, String what) {
    if (!ok) {
      throw new AssertionError("unexpected " + what + " at " + p + " in " + abbreviate(text));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }
}
