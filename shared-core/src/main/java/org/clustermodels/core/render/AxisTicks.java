package org.clustermodels.core.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * "Nice" axis ticks: equally spaced values whose step is 1, 2 or 5 times a power of ten, chosen as the smallest
 * such step that gives at most the requested number of ticks (Heckbert's "nice numbers" with a tick budget).
 * Tick values are computed as integer multiples of the step (exactly rounded, no accumulated error) and labelled
 * in fixed point with just enough decimals for the step ({@link Locale#ROOT}, '.' as separator), or in scientific
 * notation ("4e9", "1.5e-7") for very large or very small values. Immutable.
 *
 * <p>From P. S. Heckbert, "Nice numbers for graph labels", Graphics Gems, Academic Press, 1990, pp. 61-63.
 */
public final class AxisTicks {
  private static final int[] MANTISSAS = {1, 2, 5};

  private final double lower;
  private final double upper;
  private final int mantissa;
  private final int exponent;
  private final long first;
  private final int count;

  private AxisTicks(double lower, double upper, int mantissa, int exponent, long first, int count) {
    this.lower = lower;
    this.upper = upper;
    this.mantissa = mantissa;
    this.exponent = exponent;
    this.first = first;
    this.count = count;
  }

  /**
   * Ticks for an axis whose range may grow to the enclosing multiples of the step, e.g. [0, 152.3] with at most
   * 6 ticks becomes [0, 200] with ticks 0, 50, ..., 200.
   *
   * @param min smallest value to show
   * @param max largest value to show
   * @param maxTicks the most ticks wanted, at least 2 (a range across zero gets at least 3)
   * @return the ticks; {@link #lower()} and {@link #upper()} are the first and last tick
   * @throws IllegalArgumentException if a bound is not finite, min &gt; max, or maxTicks &lt; 2
   */
  public static AxisTicks loose(double min, double max, int maxTicks) {
    return choose(min, max, maxTicks, 0, true);
  }

  /**
   * Ticks inside a fixed range, e.g. a zoomed view: [12.3, 47.9] with at most 5 ticks gives 20, 30, 40 and keeps
   * the range.
   *
   * @param min lower end of the axis
   * @param max upper end of the axis
   * @param maxTicks the most ticks wanted, at least 2
   * @param minStep the smallest step allowed (1 for counts), or 0 for none
   * @return the ticks; {@link #lower()} and {@link #upper()} are min and max
   * @throws IllegalArgumentException if a bound is not finite, min &gt; max, maxTicks &lt; 2 or minStep &lt; 0
   */
  public static AxisTicks within(double min, double max, int maxTicks, double minStep) {
    return choose(min, max, maxTicks, minStep, false);
  }

  private static AxisTicks choose(double min, double max, int maxTicks, double minStep, boolean loose) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException("axis range must be finite with min <= max, got [" + min + ", " + max
          + "]");
    }
    if (maxTicks < 2) {
      throw new IllegalArgumentException("an axis needs at least 2 ticks, got maxTicks = " + maxTicks);
    }
    if (!(minStep >= 0) || Double.isInfinite(minStep)) {
      throw new IllegalArgumentException("minStep must be finite and non-negative, got " + minStep);
    }
    if (min == max) { // a single value: show a small range around it
      double pad = min == 0 ? 1 : Math.abs(min) * 0.05;
      min -= min == 0 ? 0 : pad;
      max += pad;
    }
    // a loose range across zero has at least the ticks -step, 0 and step
    int limit = loose && min < 0 && max > 0 ? Math.max(3, maxTicks) : maxTicks;
    int exponent = (int) Math.floor(Math.log10((max - min) / maxTicks)) - 1;
    for (int e = exponent; ; e++) {
      for (int m : MANTISSAS) {
        double step = step(m, e);
        if (step < minStep) {
          continue;
        }
        long from = (long) (loose ? Math.floor(min / step) : Math.ceil(min / step));
        long to = (long) (loose ? Math.ceil(max / step) : Math.floor(max / step));
        // guard the multiples against rounding in the division
        while (loose && value(from, m, e) > min) {
          from--;
        }
        while (loose && value(to, m, e) < max) {
          to++;
        }
        while (!loose && value(from, m, e) < min) {
          from++;
        }
        while (!loose && value(to, m, e) > max) {
          to--;
        }
        if (to - from + 1 <= limit) {
          int count = (int) Math.max(0, to - from + 1);
          return loose ? new AxisTicks(value(from, m, e), value(to, m, e), m, e, from, count)
              : new AxisTicks(min, max, m, e, from, count);
        }
      }
    }
  }

  private static double step(int mantissa, int exponent) {
    return value(1, mantissa, exponent);
  }

  /** k times mantissa times 10^exponent, exactly rounded. */
  private static double value(long k, int mantissa, int exponent) {
    return exponent >= 0 ? k * mantissa * Math.pow(10, exponent) : (k * mantissa) / Math.pow(10, -exponent);
  }

  /** @return the lower end of the axis */
  public double lower() {
    return lower;
  }

  /** @return the upper end of the axis */
  public double upper() {
    return upper;
  }

  /** @return the distance between ticks: 1, 2 or 5 times a power of ten */
  public double step() {
    return step(mantissa, exponent);
  }

  /** @return the number of ticks */
  public int count() {
    return count;
  }

  /**
   * @param i a tick, 0-based from the lowest
   * @return its value
   */
  public double value(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("tick " + i + " of " + count);
    }
    return value(first + i, mantissa, exponent) + 0.0; // + 0.0 turns -0.0 into 0.0
  }

  /** @return all tick values, ascending */
  public double[] values() {
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = value(i);
    }
    return v;
  }

  /**
   * @param i a tick
   * @return its label
   */
  public String label(int i) {
    return format(value(i));
  }

  /**
   * Formats a value with the precision of this axis: fixed point with as many decimals as the step needs, or
   * scientific notation when the axis reaches 10^9 or its step is below 10^-6.
   *
   * @param v a value
   * @return its text
   */
  public String format(double v) {
    double magnitude = Math.max(Math.abs(lower), Math.abs(upper));
    if (magnitude >= 1e9 || exponent < -6) {
      int digits = Math.max(0, Math.min(15, (int) Math.floor(Math.log10(Math.max(magnitude, step()))) - exponent));
      if (v == 0) {
        return "0";
      }
      return new BigDecimal(v).round(new MathContext(digits + 1)).toString().replace("E+", "e").replace('E', 'e');
    }
    return String.format(Locale.ROOT, "%." + Math.max(0, -exponent) + "f", v + 0.0);
  }

  @Override
  public String toString() {
    return "AxisTicks[" + format(lower) + ".." + format(upper) + ", step " + format(step()) + ", " + count
        + " ticks]";
  }
}
