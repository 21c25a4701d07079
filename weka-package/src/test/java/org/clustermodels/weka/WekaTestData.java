package org.clustermodels.weka;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.WekaException;
import weka.core.converters.ConverterUtils.DataSource;

/** Small data sets and checks shared by the tests of the Weka clusterers. */
final class WekaTestData {
  private WekaTestData() {
  }

  /**
   * Writes a clusterer with Java serialization, as Weka saves models, and reads it back.
   *
   * @param clusterer the clusterer
   * @param <T> its type
   * @return the copy read back
   * @throws Exception if serialization fails
   */
  @SuppressWarnings("unchecked")
  static <T extends Clusterer> T serialized(T clusterer) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(clusterer);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  /** @return fresh instances of the three clusterers with their defaults */
  static List<AbstractClusterer> allClusterers() {
    return List.of(new ClusterModelsKMeans(), new ClusterModelsAgglomerative(), new ClusterModelsDivisive());
  }

  /**
   * @param rows the values (NaN = missing)
   * @return numeric attributes x0, x1, ... and no class
   */
  static Instances numeric(double[][] rows) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < rows[0].length; j++) {
      atts.add(new Attribute("x" + j));
    }
    Instances data = new Instances("numeric", atts, rows.length);
    for (double[] row : rows) {
      data.add(new DenseInstance(1.0, row.clone()));
    }
    return data;
  }

  /**
   * @param text an ARFF file's text
   * @return the instances Weka's ARFF reader makes of it
   * @throws Exception if Weka cannot read it
   */
  static Instances arff(String text) throws Exception {
    return new Instances(new StringReader(text));
  }

  /**
   * @return the bundled iris data with the class (last attribute) set
   * @throws Exception if it cannot be read
   */
  static Instances iris() throws Exception {
    try (InputStream in = WekaTestData.class.getResourceAsStream("/iris.arff")) {
      Instances data = new DataSource(in).getDataSet();
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    }
  }

  /**
   * Builds and expects a Weka-style failure: a {@link WekaException} or an {@link IllegalArgumentException} with a
   * message (not an error such as a stack overflow), after which the clusterer holds no model.
   *
   * @param c the clusterer
   * @param data the bad data
   * @return the exception
   */
  static Exception buildFails(Clusterer c, Instances data) {
    try {
      c.buildClusterer(data);
    } catch (Exception e) {
      assertTrue(c.getClass().getSimpleName() + ": not a Weka-style exception: " + e,
          e instanceof WekaException || e instanceof IllegalArgumentException);
      assertNotNull(e.getMessage());
      try {
        c.numberOfClusters();
        fail(c.getClass().getSimpleName() + ": a model is left after the failed build");
      } catch (Exception expected) {
        assertTrue(expected.getMessage(), expected.getMessage().contains("no model"));
      }
      return e;
    }
    fail(c.getClass().getSimpleName() + " accepted the data");
    return null;
  }

  /**
   * @param e an exception
   * @param parts what its message must contain
   */
  static void assertMessage(Exception e, String... parts) {
    for (String p : parts) {
      assertTrue("message lacks '" + p + "': " + e.getMessage(), e.getMessage().contains(p));
    }
  }
}
