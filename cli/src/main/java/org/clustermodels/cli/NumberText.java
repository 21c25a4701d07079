package org.clustermodels.cli;

import java.util.Locale;

/**
 * How cell text is read as a number. Missing: an empty cell, {@code ?}, {@code NA} or {@code NaN} (any case).
 * A number: a plain decimal such as {@code 3}, {@code -0.5}, {@code .5} or {@code 1.5e-3}, or an infinity
 * ({@code Inf}, {@code Infinity}, with optional sign; any case), which is read as such so that it can be
 * reported. Java-only forms that {@link Double#parseDouble} would also accept ({@code 1d}, {@code 0x1p3}) are
 * not numbers here.
 */
final class NumberText {
  private NumberText() {
  }

  /**
   * @param text the cell, already trimmed
   * @return whether it denotes a missing value
   */
  static boolean isMissing(String text) {
    return text.isEmpty() || text.equals("?") || text.equalsIgnoreCase("NA") || text.equalsIgnoreCase("NaN");
  }

  /**
   * @param text the cell, already trimmed, not missing
   * @return its value (possibly infinite, also for decimals too large for a double)
   * @throws NumberFormatException if it is not a number
   */
  static double parse(String text) {
    if (isDecimal(text)) {
      return Double.parseDouble(text);
    }
    String t = text.toLowerCase(Locale.ROOT);
    boolean negative = t.startsWith("-");
    if (negative || t.startsWith("+")) {
      t = t.substring(1);
    }
    if (t.equals("inf") || t.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    throw new NumberFormatException("not a number: " + text);
  }

  /** [+-] (digits [. digits?] | . digits) ([eE] [+-] digits)? */
  private static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
