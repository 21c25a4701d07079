package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of normalized mutual information. Swapping or renaming labelings changes the order in which the
 * contingency cells are summed, so those hold to rounding (1e-12); reordering rows does not, so it holds exactly.
 */
class NormalizedMutualInformationPropertiesTest {
  private static final double ROUNDING = 1e-12;

  @Provide
  Arbitrary<int[][]> pairs() {
    return ExternalMeasureProperties.labelingPairs();
  }

  @Property
  void isSymmetric(@ForAll("pairs") int[][] p) {
    assertEquals(NormalizedMutualInformation.score(p[0], p[1]), NormalizedMutualInformation.score(p[1], p[0]),
        ROUNDING);
  }

  @Property
  void ignoresLabelNames(@ForAll("pairs") int[][] p) {
    assertEquals(NormalizedMutualInformation.score(p[0], p[1]),
        NormalizedMutualInformation.score(ExternalMeasureProperties.rename(p[0]), p[1]), ROUNDING);
  }

  @Property
  void ignoresRowOrder(@ForAll("pairs") int[][] p, @ForAll long seed) {
    int[][] q = ExternalMeasureProperties.shuffleRows(p, seed);
    assertEquals(NormalizedMutualInformation.score(p[0], p[1]), NormalizedMutualInformation.score(q[0], q[1]), 0.0);
  }

  @Property
  void isOneOnItselfAndBounded(@ForAll("pairs") int[][] p) {
    assertEquals(1.0, NormalizedMutualInformation.score(p[0], ExternalMeasureProperties.rename(p[0])), ROUNDING);
    double nmi = NormalizedMutualInformation.score(p[0], p[1]);
    assertTrue(nmi + " out of [0, 1]", nmi >= 0.0 && nmi <= 1.0 + ROUNDING);
  }
}
