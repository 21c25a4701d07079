package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The nearest-neighbour chain gives the same tree, merges and heights to the bit, whether it works in the
 * condensed matrix or in the square copy with lazily updated rows: on continuous data and on small integers
 * (many exact ties, where the tie rules decide the merges), for every linkage the chain runs; with n up to 700,
 * so that the square rows are compacted (from 256 columns on) several times.
 */
class ChainDistancesLayoutTest {

  @Property(tries = 200)
  void bothLayoutsBuildTheSameTree(@ForAll long seed, @ForAll @IntRange(min = 2, max = 700) int n,
      @ForAll @IntRange(min = 1, max = 5) int d, @ForAll boolean integers,
      @ForAll("chained") LinkageMethod method) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] x = new double[n * d];
    for (int t = 0; t < x.length; t++) {
      x[t] = integers ? rng.nextInt(4) : rng.nextGaussian();
    }
    double[] dist = new double[n * (n - 1) / 2];
    int p = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int c = 0; c < d; c++) {
          double t = x[i * d + c] - x[j * d + c];
          s += t * t;
        }
        dist[p++] = Math.sqrt(s);
      }
    }
    Linkage linkage = method.linkage();
    Dendrogram condensed = NnChainLinkage.cluster(n, dist.clone(), linkage, false, ProgressMonitor.none());
    Dendrogram rows = NnChainLinkage.cluster(n, dist.clone(), linkage, true, ProgressMonitor.none());
    assertEquals(condensed, rows);
  }

  @Provide
  Arbitrary<LinkageMethod> chained() {
    return Arbitraries.of(LinkageMethod.SINGLE, LinkageMethod.COMPLETE, LinkageMethod.AVERAGE,
        LinkageMethod.WEIGHTED, LinkageMethod.WARD);
  }
}
