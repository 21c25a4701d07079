package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the adjusted Rand index that hold exactly: its pair counts are integers. */
class AdjustedRandIndexPropertiesTest {

  @Provide
  Arbitrary<int[][]> pairs() {
    return ExternalMeasureProperties.labelingPairs();
  }

  @Property
  void isSymmetric(@ForAll("pairs") int[][] p) {
    assertEquals(AdjustedRandIndex.score(p[0], p[1]), AdjustedRandIndex.score(p[1], p[0]), 0.0);
  }

  @Property
  void ignoresLabelNames(@ForAll("pairs") int[][] p) {
    assertEquals(AdjustedRandIndex.score(p[0], p[1]),
        AdjustedRandIndex.score(ExternalMeasureProperties.rename(p[0]), p[1]), 0.0);
  }

  @Property
  void ignoresRowOrder(@ForAll("pairs") int[][] p, @ForAll long seed) {
    int[][] q = ExternalMeasureProperties.shuffleRows(p, seed);
    assertEquals(AdjustedRandIndex.score(p[0], p[1]), AdjustedRandIndex.score(q[0], q[1]), 0.0);
  }

  @Property
  void isOneOnItselfAndBounded(@ForAll("pairs") int[][] p) {
    assertEquals(1.0, AdjustedRandIndex.score(p[0], ExternalMeasureProperties.rename(p[0])), 0.0);
    double ari = AdjustedRandIndex.score(p[0], p[1]);
    assertTrue(ari + " out of [-0.5, 1]", ari >= -0.5 && ari <= 1.0);
  }
}
