package org.clustermodels.weka;

import static org.clustermodels.weka.WekaTestData.allClusterers;
import static org.clustermodels.weka.WekaTestData.arff;
import static org.clustermodels.weka.WekaTestData.assertMessage;
import static org.clustermodels.weka.WekaTestData.buildFails;
import static org.clustermodels.weka.WekaTestData.numeric;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.Timeout;
import weka.clusterers.AbstractClusterer;
import weka.clusterers.NumberOfClustersRequestable;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Drawable;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Bad input through Weka's API, for all three clusterers: each gives a Weka-style exception with a clear message
 * and leaves no model behind (checked by {@link WekaTestData#buildFails}), never a hang or a stack overflow.
 */
public class BadInputTest {
  private static final double M = Utils.missingValue();

  /** A guard, not a measurement: a hang fails the test instead of blocking the build. */
  @Rule
  public Timeout guard = Timeout.seconds(120);

  private static final String HEADER = "@relation r\n@attribute x0 numeric\n@attribute x1 numeric\n@data\n";

  private static Instances good() {
    return numeric(new double[][] {{0, 0}, {0, 1}, {1, 0}, {9, 9}, {9, 10}, {10, 9}});
  }

  /** Each clusterer is first built on good data, so a failed build must also drop the earlier model. */
  private static List<AbstractClusterer> builtClusterers() throws Exception {
    List<AbstractClusterer> out = new ArrayList<>();
    for (AbstractClusterer c : allClusterers()) {
      c.buildClusterer(good());
      assertEquals(2, c.numberOfClusters());
      out.add(c);
    }
    return out;
  }

  @Test
  public void zeroRowsAreRejected() throws Exception {
    for (AbstractClusterer c : builtClusterers()) {
      Exception e = buildFails(c, new Instances(good(), 0));
      assertMessage(e, "instances");
    }
  }

  @Test
  public void anAllMissingAttributeIsRejectedByName() throws Exception {
    Instances data = numeric(new double[][] {{0, M}, {1, M}, {5, M}, {6, M}});
    for (AbstractClusterer c : builtClusterers()) {
      assertMessage(buildFails(c, data), "'x1'", "all missing");
    }
    // under -missing skip every row is left out: the message says so and names the attribute
    for (AbstractClusterer c : builtClusterers()) {
      c.setOptions(new String[] {"-missing", "skip"});
      assertMessage(buildFails(c, data), "every one of the 4 instances has a missing value", "'x1'");
    }
  }

  @Test
  public void moreClustersThanRowsAreRejectedNamingTheOption() throws Exception {
    Instances three = numeric(new double[][] {{0, 0}, {1, 1}, {2, 2}});
    for (AbstractClusterer c : builtClusterers()) {
      ((NumberOfClustersRequestable) c).setNumClusters(4);
      assertMessage(buildFails(c, three), "-N 4", "(3");
    }
  }

  @Test
  public void aStringAttributeIsRejectedByTheCapabilities() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("note", (List<String>) null));
    Instances data = new Instances("s", atts, 3);
    for (String note : new String[] {"a", "b", "c"}) {
      DenseInstance row = new DenseInstance(2);
      row.setDataset(data);
      row.setValue(0, data.numInstances());
      row.setValue(1, note);
      data.add(row);
    }
    for (AbstractClusterer c : builtClusterers()) {
      assertTrue(c.getClass().getSimpleName(), c.getCapabilities().test(good()));
      assertTrue(!c.getCapabilities().test(data));
      assertMessage(buildFails(c, data), "string");
    }
  }

  /**
   * Weka has no NaN apart from a missing value: its readers turn "NaN" into the missing value, and the API's
   * missing value is NaN itself. So a NaN must cluster exactly as "?" does.
   */
  @Test
  public void aNanIsAMissingValue() throws Exception {
    Instances nan = arff(HEADER + "0,0\n0,NaN\n1,0\n9,9\n9,10\n10,9\n");
    Instances question = arff(HEADER + "0,0\n0,?\n1,0\n9,9\n9,10\n10,9\n");
    assertTrue(nan.instance(1).isMissing(1));
    Instances api = good();
    api.instance(1).setValue(1, Double.NaN);
    for (int c = 0; c < 3; c++) {
      AbstractClusterer fromNan = allClusterers().get(c);
      AbstractClusterer fromQuestion = allClusterers().get(c);
      AbstractClusterer fromApi = allClusterers().get(c);
      fromNan.buildClusterer(nan);
      fromQuestion.buildClusterer(question);
      fromApi.buildClusterer(api);
      assertEquals(fromQuestion.toString(), fromNan.toString());
      assertEquals(fromQuestion.toString(), fromApi.toString());
      if (fromNan instanceof Drawable) {
        assertEquals(((Drawable) fromQuestion).graph(), ((Drawable) fromNan).graph());
      }
      // the missing value was imputed with the mean of x1 over the other rows: (0 + 0 + 9 + 10 + 9) / 5 = 5.6
      Instances imputed = good();
      imputed.instance(1).setValue(1, 5.6);
      AbstractClusterer fromImputed = allClusterers().get(c);
      fromImputed.buildClusterer(imputed);
      for (int i = 0; i < nan.numInstances(); i++) {
        assertEquals(fromImputed.clusterInstance(imputed.instance(i)), fromNan.clusterInstance(nan.instance(i)));
      }
    }
  }

  @Test
  public void anInfiniteValueIsRejectedNamingTheInstanceAndAttribute() throws Exception {
    for (String inf : new String[] {"Infinity", "-Infinity"}) {
      Instances data = arff(HEADER + "0,0\n0,1\n1," + inf + "\n9,9\n9,10\n10,9\n");
      for (AbstractClusterer c : builtClusterers()) {
        assertMessage(buildFails(c, data), "instance 2", "'x1'", inf);
      }
    }
  }

  @Test
  public void aNewInstanceWithAnInfiniteValueIsRejected() throws Exception {
    Instances train = good();
    for (AbstractClusterer c : builtClusterers()) {
      Instance row = new DenseInstance(1.0, new double[] {Double.POSITIVE_INFINITY, 0});
      row.setDataset(train);
      try {
        c.clusterInstance(row);
        fail(c.getClass().getSimpleName() + " clustered an infinite value");
      } catch (IllegalArgumentException e) {
        assertMessage(e, "'x0'", "Infinity");
      }
    }
  }
}
