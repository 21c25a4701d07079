package org.clustermodels.weka;

import static org.clustermodels.weka.WekaTestData.arff;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Market baskets in Weka's own format (items declared {@code {t}}, {@code ?} where a basket lacks the item, as
 * Apriori reads them) with {@code -missing absent}: each item becomes one 0/1 column, and Jaccard distances and
 * average-linkage heights equal what the sets give by hand.
 */
public class MarketBasketTest {
  /** A = {bread, milk}, B = {bread, beer}, C = {milk, beer}, D = {bread, milk, beer}. */
  private static final String BASKETS = "@relation baskets\n@attribute bread {t}\n@attribute milk {t}\n"
      + "@attribute beer {t}\n@data\nt,t,?\nt,?,t\n?,t,t\nt,t,t\n";

  @Test
  public void eachItemIsOneZeroOneColumn() throws Exception {
    Instances data = arff(BASKETS);
    InstancesEncoder.Training t = InstancesEncoder.train(data, InstancesEncoder.MISSING_ABSENT);
    assertEquals(List.of("bread=t", "milk=t", "beer=t"), Arrays.asList(t.encoder().columnNames()));
    DenseMatrix m = t.matrix();
    double[][] expected = {{1, 1, 0}, {1, 0, 1}, {0, 1, 1}, {1, 1, 1}};
    for (int i = 0; i < 4; i++) {
      assertArrayEquals(expected[i], m.row(i), 0);
    }
    assertEquals(0, t.skipped());
    Instances numeric = arff("@relation r\n@attribute x numeric\n@attribute y numeric\n@data\n1,?\n?,1\n");
    DenseMatrix n = InstancesEncoder.train(numeric, InstancesEncoder.MISSING_ABSENT).matrix();
    assertArrayEquals(new double[] {1, 0}, n.row(0), 0);
    assertArrayEquals(new double[] {0, 1}, n.row(1), 0);
  }

  @Test
  public void averageLinkageOnJaccardGivesTheHeightsOfTheSets() throws Exception {
    ClusterModelsAgglomerative c = new ClusterModelsAgglomerative();
    c.setOptions(Utils.splitOptions("-metric jaccard -L average -missing absent -N 2"));
    c.buildClusterer(arff(BASKETS));
    double[] heights = Arrays.stream(c.linkageMatrix()).mapToDouble(row -> row[2]).sorted().toArray();
    // Jaccard: A, B, C pairwise share 1 of 3 items (2/3); D shares 2 of 3 with each (1/3). Average linkage:
    // D with one of A, B, C at 1/3; that pair to each other set at (2/3 + 1/3) / 2 = 1/2; the last set to the
    // three others at (2/3 + 2/3 + 1/3) / 3 = 5/9, whichever ties are taken
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 2, 5.0 / 9}, heights, 1e-12);
    assertTrue(c.toString(), c.toString().contains("Missing values: absent"));
    String[] options = c.getOptions();
    assertEquals("absent", options[Arrays.asList(options).indexOf("-missing") + 1]);
  }
}
