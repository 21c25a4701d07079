package org.clustermodels.benchmarks.kmeans;

import java.util.ArrayList;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * Weka 3.8.6 {@code SimpleKMeans}, called through its published jar, set up as
 * {@code -init 0 -S seed -N k -I 100000 -num-slots 1 -A "weka.core.EuclideanDistance -D -R first-last"}:
 * random initial rows, Euclidean distance without normalisation ({@code -D} of the distance), one execution slot.
 * The other options keep Weka's defaults (missing values replaced, which is a no-op pass on this data; squared
 * errors computed at the end, which {@link #inertia} reads).
 */
public final class Weka {
  /** High enough that every run stops because no label changed. */
  public static final int MAX_ITERATIONS = 100_000;

  private final Instances data;
  private final int k;

  /**
   * Builds the Weka data set once (outside any timed region).
   *
   * @param x row-major data
   * @param w the workload (shape)
   */
  public Weka(double[] x, Workload w) {
    data = instances(x, w);
    k = w.k;
  }

  /**
   * @param x row-major data
   * @param w the workload (shape)
   * @return the data as Weka instances: numeric attributes x0, x1, ..., weight 1, no class
   */
  public static Instances instances(double[] x, Workload w) {
    ArrayList<Attribute> atts = new ArrayList<>(w.d);
    for (int j = 0; j < w.d; j++) {
      atts.add(new Attribute("x" + j));
    }
    Instances data = new Instances(w.name(), atts, w.n);
    for (int i = 0; i < w.n; i++) {
      double[] row = new double[w.d];
      System.arraycopy(x, i * w.d, row, 0, w.d);
      data.add(new DenseInstance(1.0, row));
    }
    return data;
  }

  /** @return a configured, unbuilt clusterer (see the class comment for the options) */
  public Probe newClusterer(long seed) throws Exception {
    Probe km = new Probe();
    km.setNumClusters(k);
    km.setSeed((int) seed);
    km.setInitializationMethod(new SelectedTag(SimpleKMeans.RANDOM, SimpleKMeans.TAGS_SELECTION));
    km.setMaxIterations(MAX_ITERATIONS);
    km.setNumExecutionSlots(1);
    EuclideanDistance dist = new EuclideanDistance();
    dist.setDontNormalize(true);
    km.setDistanceFunction(dist);
    return km;
  }

  /** One run, Weka's random initial rows for {@code seed}. */
  public Probe fit(long seed) throws Exception {
    Probe km = newClusterer(seed);
    km.buildClusterer(data);
    return km;
  }

  /** @return the sum of squared distances to the nearest centre, as Weka computed it */
  public static double inertia(SimpleKMeans km) {
    return km.getSquaredError();
  }

  /** {@code SimpleKMeans} with read access to two protected fields (its initial rows and iteration count). */
  public static final class Probe extends SimpleKMeans {
    private static final long serialVersionUID = 1L;

    /** @return the centres Weka started from, one row each */
    public double[][] initialStartPoints() {
      double[][] c = new double[m_initialStartPoints.numInstances()][];
      for (int i = 0; i < c.length; i++) {
        c[i] = m_initialStartPoints.instance(i).toDoubleArray();
      }
      return c;
    }

    /** @return the number of iterations of the last build (the last one changed no label) */
    public int iterations() {
      return m_Iterations;
    }
  }
}
