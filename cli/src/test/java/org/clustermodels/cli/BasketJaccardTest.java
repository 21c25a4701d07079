package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.distance.DistanceMetric;
import org.junit.Test;

/**
 * The Jaccard distance 1 - |A and B| / |A or B| between baskets and between items of converted transactions,
 * against the sets written out by hand; two empty sets are at distance 0 (SciPy's 0/0 = 0), an empty and a
 * non-empty one at 1.
 */
public class BasketJaccardTest {
  /**
   * Lines 1..5 are baskets B1..B5; line 6 is blank (not a basket); lines 7 and 8 are empty baskets E1, E2.
   * Items by first appearance: bread, butter, milk, beer, chips.
   */
  static final String SHOP = "bread, butter\n"
      + "butter, bread, milk\n"
      + "milk, beer\n"
      + "beer, chips\n"
      + "chips, beer, chips\n"
      + "\n"
      + ",\n"
      + " , \n";

  private static double distance(DenseMatrix m, int a, int b) {
    return DistanceMetric.JACCARD.distance(m.row(a), 0, m.row(b), 0, m.cols());
  }

  @Test
  public void basketsAreSetsOfItems() {
    DenseMatrix m = BasketTransactionsTest.convert(SHOP).baskets().matrix();
    // B1 = {bread, butter}, B2 = {bread, butter, milk}: 2 shared of 3
    assertEquals(1 - 2.0 / 3, distance(m, 0, 1), 1e-15);
    // B1, B3 = {milk, beer}: nothing shared
    assertEquals(1.0, distance(m, 0, 2), 0);
    // B2, B3: {milk} shared of {bread, butter, milk, beer}
    assertEquals(1 - 1.0 / 4, distance(m, 1, 2), 1e-15);
    // B3, B4 = {beer, chips}: {beer} of {milk, beer, chips}
    assertEquals(1 - 1.0 / 3, distance(m, 2, 3), 1e-15);
    // B4, B5 = {beer, chips} (chips listed twice): the same set
    assertEquals(0.0, distance(m, 3, 4), 0);
    // B2, B5: nothing shared
    assertEquals(1.0, distance(m, 1, 4), 0);
    // E1, E2: two empty sets, 0/0 taken as 0
    assertEquals(0.0, distance(m, 5, 6), 0);
    // E1 and any non-empty basket: nothing shared
    for (int b = 0; b < 5; b++) {
      assertEquals(1.0, distance(m, 5, b), 0);
    }
  }

  @Test
  public void itemsAreSetsOfBaskets() {
    DenseMatrix m = BasketTransactionsTest.convert(SHOP).items().matrix();
    // bread = {B1, B2}, butter = {B1, B2}
    assertEquals(0.0, distance(m, 0, 1), 0);
    // bread, milk = {B2, B3}: {B2} of {B1, B2, B3}
    assertEquals(1 - 1.0 / 3, distance(m, 0, 2), 1e-15);
    // milk, beer = {B3, B4, B5}: {B3} of {B2, B3, B4, B5}
    assertEquals(1 - 1.0 / 4, distance(m, 2, 3), 1e-15);
    // beer, chips = {B4, B5}: 2 of 3
    assertEquals(1 - 2.0 / 3, distance(m, 3, 4), 1e-15);
    // bread, chips: nothing shared
    assertEquals(1.0, distance(m, 0, 4), 0);
  }
}
