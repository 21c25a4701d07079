package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * Binary data: the zoo table (101 animals x 15 traits, 0/1) with the Jaccard distance, against SciPy's
 * {@code linkage(pdist(X, 'jaccard'), method)} for single, complete, average and weighted linkage
 * ({@code oracles/zoo.jaccard.json}).
 *
 * <p>The table has only 51 distinct distances, so most merges are tied. Jaccard distances are quotients of small
 * integers, computed exactly as SciPy computes them, and these four updates use the same arithmetic as SciPy's,
 * so even the tie-breaking can be compared: the full merge list must equal SciPy's (up to the order of rows of
 * exactly equal height), not only the sorted heights.
 */
public class AgglomerativeJaccardOracleTest {
  private static final double TOLERANCE = 1e-9;

  private static void check(LinkageMethod linkage) {
    OracleData zoo = OracleData.load("zoo", "jaccard");
    JsonNode scipy = zoo.json().get("agglomerative").get(linkage.id());
    AgglomerativeParams params = AgglomerativeParams.builder(linkage).metric(DistanceMetric.JACCARD).build();
    Dendrogram ours = new Agglomerative().fit(zoo.matrix(), params).dendrogram();
    double[] sorted = ours.heights();
    Arrays.sort(sorted);
    assertNull(linkage.id() + " sorted heights",
        MergeLists.firstDifference(OracleData.doubles(scipy.get("heights_sorted")), sorted, TOLERANCE));
    assertNull(linkage.id() + " merge list",
        MergeLists.compare(AgglomerativeOracleTest.linkageMatrix(scipy.get("linkage")), ours, TOLERANCE));
  }

  @Test
  public void singleLinkageEqualsScipy() {
    check(LinkageMethod.SINGLE);
  }

  @Test
  public void completeLinkageEqualsScipy() {
    check(LinkageMethod.COMPLETE);
  }

  @Test
  public void averageLinkageEqualsScipy() {
    check(LinkageMethod.AVERAGE);
  }

  @Test
  public void weightedLinkageEqualsScipy() {
    check(LinkageMethod.WEIGHTED);
  }
}
