package org.clustermodels.core.hierarchy;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.SplittableRandom;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * A manual check, not a unit test: that the vector-based linkages complete on large random data. Run by hand,
 * once, e.g. {@code java -Xmx4g -cp target/classes:target/test-classes
 * org.clustermodels.core.hierarchy.VectorLinkageScaleCheck 200000 8 2 single ward}; prints the wall time of
 * each fit and the peak heap used so far.
 */
public final class VectorLinkageScaleCheck {
  private VectorLinkageScaleCheck() {
  }

  /**
   * @param args n, d, threads, then the methods to run (single, ward, centroid, median)
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    int d = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    SplittableRandom rng = new SplittableRandom(42);
    double[] v = new double[n * d];
    for (int t = 0; t < v.length; t++) {
      v[t] = rng.nextDouble();
    }
    DenseMatrix x = DenseMatrix.ofRowMajor(n, d, v);
    for (int a = 3; a < args.length; a++) {
      long start = System.nanoTime();
      Dendrogram tree = switch (args[a]) {
        case "single" -> VectorSingleLinkage.fit(x, threads, ProgressMonitor.none());
        case "ward" -> VectorWardLinkage.fit(x, threads, ProgressMonitor.none());
        case "centroid" -> VectorCentroidLinkage.fit(x, threads, ProgressMonitor.none());
        case "median" -> VectorMedianLinkage.fit(x, threads, ProgressMonitor.none());
        default -> throw new IllegalArgumentException("unknown method " + args[a]);
      };
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s n=%d d=%d threads=%d: %.1f s, root height %.6f, peak heap %.0f MB%n",
          args[a], n, d, threads, seconds, tree.height(n - 2), peakHeapBytes() / 1e6);
    }
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
