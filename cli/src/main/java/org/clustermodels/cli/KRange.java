package org.clustermodels.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A range of cluster counts {@code KMIN..KMAX}, both inclusive, with 2 &lt;= KMIN &lt;= KMAX.
 *
 * @param min the smallest k
 * @param max the largest k
 */
public record KRange(int min, int max) {
  private static final Pattern SYNTAX = Pattern.compile("\\s*(\\d{1,9})\\s*\\.\\.\\s*(\\d{1,9})\\s*");

  /**
   * @param text e.g. {@code 2..10}
   * @return the range
   * @throws IllegalArgumentException with a message saying what is wrong
   */
  public static KRange parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected KMIN..KMAX with whole numbers, e.g. 2..10");
    }
    int min = Integer.parseInt(m.group(1));
    int max = Integer.parseInt(m.group(2));
    if (min < 2) {
      throw new IllegalArgumentException("KMIN must be >= 2 (the quality scores need 2 clusters), got " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("KMAX (" + max + ") must be >= KMIN (" + min + ")");
    }
    return new KRange(min, max);
  }

  @Override
  public String toString() {
    return min + ".." + max;
  }

  /** Picocli converter. */
  public static final class Converter implements ITypeConverter<KRange> {
    @Override
    public KRange convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
