package org.clustermodels.benchmarks.kmeans;

import elki.clustering.kmeans.ElkanKMeans;
import elki.clustering.kmeans.ExponionKMeans;
import elki.clustering.kmeans.HamerlyKMeans;
import elki.clustering.kmeans.KMeans;
import elki.clustering.kmeans.LloydKMeans;
import elki.clustering.kmeans.ShallotKMeans;
import elki.clustering.kmeans.SimplifiedElkanKMeans;
import elki.clustering.kmeans.initialization.Predefined;
import elki.data.Clustering;
import elki.data.NumberVector;
import elki.data.model.KMeansModel;
import elki.data.type.TypeUtil;
import elki.database.Database;
import elki.database.StaticArrayDatabase;
import elki.database.ids.DBIDIter;
import elki.database.relation.Relation;
import elki.datasource.ArrayAdapterDatabaseConnection;
import elki.distance.minkowski.SquaredEuclideanDistance;

/**
 * ELKI 0.8.0 exact k-means variants, called through its published jars: squared Euclidean distance, initial
 * centres through {@link Predefined}, data loaded once into a {@link StaticArrayDatabase}. ELKI stops when no
 * label changes (our tolerance 0).
 */
public final class Elki {
  /** High enough that every run stops because no label changed. */
  public static final int MAX_ITERATIONS = 100_000;

  /** The exact variants compared. */
  public enum Variant {
    LLOYD, HAMERLY, ELKAN, SIMPLIFIED_ELKAN, EXPONION, SHALLOT
  }

  private final Relation<NumberVector> relation;
  private final int k;

  /**
   * Loads the data into an ELKI database (outside any timed region).
   *
   * @param x row-major data
   * @param w the workload (shape)
   */
  public Elki(double[] x, Workload w) {
    double[][] rows = new double[w.n][];
    for (int i = 0; i < w.n; i++) {
      rows[i] = new double[w.d];
      System.arraycopy(x, i * w.d, rows[i], 0, w.d);
    }
    Database db = new StaticArrayDatabase(new ArrayAdapterDatabaseConnection(rows), null);
    db.initialize();
    relation = db.getRelation(TypeUtil.NUMBER_VECTOR_FIELD);
    k = w.k;
  }

  /**
   * One run.
   *
   * @param v the variant
   * @param centres initial centres (copied: ELKI's {@code Predefined} hands out its array and ELKI updates means
   *     in place)
   * @return ELKI's clustering
   */
  public Clustering<KMeansModel> fit(Variant v, double[][] centres) {
    Predefined init = new Predefined(Ours.deepCopy(centres));
    SquaredEuclideanDistance dist = SquaredEuclideanDistance.STATIC;
    KMeans<NumberVector, KMeansModel> km;
    switch (v) {
      case LLOYD:
        km = new LloydKMeans<>(dist, k, MAX_ITERATIONS, init);
        break;
      case HAMERLY:
        km = new HamerlyKMeans<>(dist, k, MAX_ITERATIONS, init, false);
        break;
      case ELKAN:
        km = new ElkanKMeans<>(dist, k, MAX_ITERATIONS, init, false);
        break;
      case SIMPLIFIED_ELKAN:
        km = new SimplifiedElkanKMeans<>(dist, k, MAX_ITERATIONS, init, false);
        break;
      case EXPONION:
        km = new ExponionKMeans<>(dist, k, MAX_ITERATIONS, init, false);
        break;
      case SHALLOT:
        km = new ShallotKMeans<>(dist, k, MAX_ITERATIONS, init, false);
        break;
      default:
        throw new IllegalArgumentException(String.valueOf(v));
    }
    return km.run(relation);
  }

  /** @return the sum of squared distances of every point to the mean of its cluster (computed here, untimed) */
  public double inertia(Clustering<KMeansModel> c) {
    double sum = 0;
    for (var cluster : c.getAllClusters()) {
      double[] mean = cluster.getModel().getMean();
      for (DBIDIter it = cluster.getIDs().iter(); it.valid(); it.advance()) {
        NumberVector v = relation.get(it);
        for (int j = 0; j < mean.length; j++) {
          double diff = v.doubleValue(j) - mean[j];
          sum += diff * diff;
        }
      }
    }
    return sum;
  }
}
