package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.hierarchy.DendrogramTestTrees.AnyTrees;
import org.junit.Test;

/** Cophenetic distances against the brute-force definition, and the memory check before the matrix. */
public class CopheneticDistancesTest {

  /** The cophenetic distance is the height of the lowest common merge, found here by set unions. */
  @Property
  void equalsHeightOfLowestCommonMerge(@ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    int n = tree.leafCount();
    int[][] lcm = DendrogramTestTrees.lowestCommonMerges(DendrogramTestTrees.members(tree));
    CondensedDistances c = tree.copheneticDistances();
    assertEquals(n, c.size());
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        assertEquals(tree.height(lcm[i][j]), c.get(i, j), 0.0);
      }
    }
  }

  /** The streaming correlation agrees with the plain two-pass Pearson correlation over the built matrix. */
  @Property
  void streamingCorrelationEqualsPearsonOfTheMatrix(@ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    List<boolean[]> members = DendrogramTestTrees.members(tree);
    int n = tree.leafCount();
    double[] other = new double[(int) CondensedDistances.length(n)];
    for (int p = 0; p < other.length; p++) {
      other[p] = (p * 7919 % 101) / 10.0 + members.size(); // any fixed non-constant values
    }
    CondensedDistances y = CondensedDistances.of(other);
    double[] cophenetic = tree.copheneticDistances().backing();
    double expected = plainPearson(cophenetic, other);
    double actual = tree.copheneticCorrelation(y);
    if (java.util.Arrays.stream(cophenetic).distinct().count() <= 1) {
      // every merge at one height: no variance, the correlation is undefined (the two-pass sum may round to a
      // tiny non-zero variance instead of exactly 0)
      assertTrue("NaN expected for constant cophenetic distances, got " + actual, Double.isNaN(actual));
    } else if (Double.isNaN(expected)) {
      assertTrue("NaN expected, got " + actual, Double.isNaN(actual));
    } else {
      assertEquals(expected, actual, 1e-12);
    }
  }

  @Test
  public void givenTreeTooLargeForOneArray_whenCopheneticDistances_thenRefusedBeforeAllocating() {
    Dendrogram chain = LeafOrderTest.chain(CondensedDistances.MAX_N + 1);
    IllegalStateException e = assertThrows(IllegalStateException.class, chain::copheneticDistances);
    assertTrue(e.getMessage(), e.getMessage().contains(CondensedDistances.bytesFor(CondensedDistances.MAX_N + 1)
        + " bytes") && e.getMessage().contains("cophenetic correlation"));
  }

  private static double plainPearson(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int p = 0; p < a.length; p++) {
      ma += a[p] / a.length;
      mb += b[p] / b.length;
    }
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (int p = 0; p < a.length; p++) {
      ab += (a[p] - ma) * (b[p] - mb);
      aa += (a[p] - ma) * (a[p] - ma);
      bb += (b[p] - mb) * (b[p] - mb);
    }
    return ab / Math.sqrt(aa * bb);
  }
}
