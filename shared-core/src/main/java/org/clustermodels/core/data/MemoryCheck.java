package org.clustermodels.core.data;

import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Checks, before a large allocation, that the memory it needs is available, and fails with a message that says
 * how many bytes are needed, how many are available and what to do instead. Checking first turns an
 * {@link OutOfMemoryError} deep inside an algorithm (after minutes of work, possibly leaving the host unstable)
 * into an immediate, explained {@link IllegalArgumentException}.
 *
 * <p>{@link #runtime()} measures the JVM heap; {@link #fixed(long)} states a figure, so that tests can check the
 * message and hosts can impose their own budget. Immutable and thread-safe.
 */
public final class MemoryCheck {
  private final LongSupplier available;
  private final boolean measured;

  private MemoryCheck(LongSupplier available, boolean measured) {
    this.available = available;
    this.measured = measured;
  }

  /**
   * The JVM heap: the maximum heap minus what is in use now. Garbage not yet collected counts as in use, so
   * when a request does not fit, the heap is measured once more after asking the JVM to collect garbage.
   *
   * @return the check against the running JVM
   */
  public static MemoryCheck runtime() {
    return new MemoryCheck(MemoryCheck::heapAvailable, true);
  }

  /**
   * A fixed budget, e.g. a host's own limit, or a test's.
   *
   * @param availableBytes the bytes that may be allocated, at least 0
   * @return the check against that figure
   */
  public static MemoryCheck fixed(long availableBytes) {
    if (availableBytes < 0) {
      throw new IllegalArgumentException("availableBytes must be >= 0, got " + availableBytes);
    }
    return new MemoryCheck(() -> availableBytes, false);
  }

  /** @return the bytes available now */
  public long availableBytes() {
    return available.getAsLong();
  }

  /**
   * The check that applies once {@code bytes} more are allocated: a measured check measures the heap anyway, so it
   * is returned as it is; a fixed budget shrinks by them (to at least 0).
   *
   * @param bytes bytes allocated since this check was made, at least 0
   * @return the check for what may be allocated besides them
   */
  public MemoryCheck afterAllocating(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0, got " + bytes);
    }
    if (measured) {
      return this;
    }
    long left = Math.max(0, availableBytes() - bytes);
    return new MemoryCheck(() -> left, false);
  }

  /**
   * Fails unless {@code bytes} can be allocated.
   *
   * @param bytes the bytes needed
   * @param what what needs them, e.g. "the distance matrix of 100,000 rows"; starts the message
   * @param instead what to do instead, e.g. "cluster a sample of the rows"; ends the message
   * @throws IllegalArgumentException "WHAT needs B bytes (x GiB), but only A bytes (y GiB) are available; INSTEAD"
   */
  public void require(long bytes, String what, String instead) {
    long free = availableBytes();
    if (free >= bytes) {
      return;
    }
    if (measured) {
      System.gc(); // a hint; garbage left by earlier work may be the only reason the figure is short
      free = availableBytes();
      if (free >= bytes) {
        return;
      }
    }
    throw new IllegalArgumentException(what + " needs " + bytes(bytes) + ", but only " + bytes(free)
        + " are available" + (measured ? " to this JVM" : "") + "; " + instead);
  }

  /**
   * @param bytes a number of bytes
   * @return it in words, e.g. "80,000,000 bytes (76.3 MiB)"
   */
  public static String bytes(long bytes) {
    String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
    if (bytes < 1024) {
      return exact;
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = bytes;
    int u = -1;
    while (value >= 1024 && u < units.length - 1) {
      value /= 1024;
      u++;
    }
    return exact + String.format(Locale.ROOT, " (%.1f %s)", value, units[u]);
  }

  private static long heapAvailable() {
    Runtime rt = Runtime.getRuntime();
    long max = rt.maxMemory();
    if (max == Long.MAX_VALUE) {
      return Long.MAX_VALUE;
    }
    return Math.max(0, max - (rt.totalMemory() - rt.freeMemory()));
  }

  @Override
  public String toString() {
    return "MemoryCheck[" + (measured ? "JVM heap" : "fixed " + bytes(availableBytes())) + "]";
  }
}
