package org.clustermodels.core.data;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** The memory check before large allocations. */
public class MemoryCheckTest {

  @Test
  public void aFixedBudgetAllowsUpToItself() {
    MemoryCheck check = MemoryCheck.fixed(1000);
    check.require(1000, "x", "y");
    String m = assertThrows(IllegalArgumentException.class, () -> check.require(1001, "the table", "use less"))
        .getMessage();
    assertEquals("the table needs 1,001 bytes, but only 1,000 bytes are available; use less", m);
  }

  @Test
  public void bytesAreWrittenExactlyAndInBinaryUnits() {
    assertEquals("512 bytes", MemoryCheck.bytes(512));
    assertEquals("1,536 bytes (1.5 KiB)", MemoryCheck.bytes(1536));
    assertEquals("10,000,000,000 bytes (9.3 GiB)", MemoryCheck.bytes(10_000_000_000L));
  }

  @Test
  public void theJvmHasSomeMemoryAndNotAnAbsurdAmountIsGranted() {
    MemoryCheck jvm = MemoryCheck.runtime();
    assertTrue(jvm.availableBytes() > 0);
    if (Runtime.getRuntime().maxMemory() != Long.MAX_VALUE) {
      String m = assertThrows(IllegalArgumentException.class, () -> jvm.require(Long.MAX_VALUE / 2, "it", "no"))
          .getMessage();
      assertThat(m, containsString("available to this JVM"));
    }
  }

  @Test
  public void givenANegativeBudget_thenRejected() {
    assertThrows(IllegalArgumentException.class, () -> MemoryCheck.fixed(-1));
  }

  @Test
  public void afterAllocating_aFixedBudgetShrinksAndTheMeasuredOneMeasuresAnyway() {
    assertEquals(700, MemoryCheck.fixed(1000).afterAllocating(300).availableBytes());
    assertEquals(0, MemoryCheck.fixed(100).afterAllocating(300).availableBytes());
    MemoryCheck jvm = MemoryCheck.runtime();
    assertSame(jvm, jvm.afterAllocating(1L << 40));
    assertThrows(IllegalArgumentException.class, () -> MemoryCheck.fixed(10).afterAllocating(-1));
  }
}
