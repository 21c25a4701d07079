package org.clustermodels.core.hierarchy;

/**
 * The distances between the active clusters as {@link NnChainLinkage} reads and updates them (internal): the
 * nearest neighbour of one cluster, and the Lance&ndash;Williams update after a merge. Two layouts:
 * {@link CondensedChainDistances} works in the condensed matrix it is given, {@link RowChainDistances} in a
 * square copy whose rows are brought up to date only when read.
 */
interface ChainDistances {

  /**
   * Finds the nearest active cluster to x: the lowest slot at the smallest distance, except that
   * {@code previous} is kept when it is as near as any.
   *
   * @param x an active slot
   * @param previous an active slot, or -1 for none
   * @return the nearest slot ({@code previous} when kept; -1 only when previous is -1 and no distance is finite)
   */
  int nearest(int x, int previous);

  /** @return the distance from x to the slot the last {@link #nearest} call returned, on the internal scale */
  double nearestDistance();

  /**
   * Merges slot a into slot b (a &lt; b): the distances from every other active slot to b become the
   * Lance&ndash;Williams combination, and a leaves the active list.
   *
   * @param a the lower slot
   * @param b the higher slot
   * @param dAB their distance, on the internal scale
   */
  void merge(int a, int b, double dAB);
}
