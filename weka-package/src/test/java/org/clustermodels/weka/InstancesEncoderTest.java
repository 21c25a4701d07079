package org.clustermodels.weka;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/** The encoding of instances: numeric as is, nominal one-hot, mean/mode imputation, the class ignored. */
public class InstancesEncoderTest {
  private static final double M = Utils.missingValue();

  /** x numeric, colour nominal {red, green, blue}, label nominal class {a, b}. */
  private static Instances data(double[][] rows, double[] weights) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("colour", List.of("red", "green", "blue")));
    atts.add(new Attribute("label", List.of("a", "b")));
    Instances data = new Instances("t", atts, rows.length);
    for (int i = 0; i < rows.length; i++) {
      data.add(new DenseInstance(weights[i], rows[i]));
    }
    data.setClassIndex(2);
    return data;
  }

  @Test
  public void oneHotMeanModeAndClassIgnored() {
    // weights 1, 2, 1, 3: x mean over present rows = (1*1 + 2*4 + 3*10) / (1 + 2 + 3) = 39 / 6 = 6.5
    // colour weighted counts: red 1, green 2 + 1 = 3... rows: red(w1), green(w2), missing(w1), blue(w3)
    // so red 1, green 2, blue 3: the mode is blue
    Instances d = data(new double[][] {
      {1, 0, 0},
      {4, 1, 1},
      {M, M, 0},
      {10, 2, 1},
    }, new double[] {1, 2, 1, 3});
    InstancesEncoder enc = InstancesEncoder.fit(d);
    assertArrayEquals(new String[] {"x", "colour=red", "colour=green", "colour=blue"}, enc.columnNames());
    assertEquals(6.5, enc.fillValue(0), 1e-15);
    assertEquals(2.0, enc.fillValue(1), 0.0);
    DenseMatrix m = enc.encode(d);
    assertEquals(4, m.rows());
    assertEquals(4, m.cols());
    assertArrayEquals(new double[] {1, 1, 0, 0}, m.row(0), 0.0);
    assertArrayEquals(new double[] {4, 0, 1, 0}, m.row(1), 0.0);
    assertArrayEquals(new double[] {6.5, 0, 0, 1}, m.row(2), 0.0);
    assertArrayEquals(new double[] {10, 0, 0, 1}, m.row(3), 0.0);
    assertArrayEquals(new double[] {1, 2, 1, 3}, InstancesEncoder.train(d, InstancesEncoder.MISSING_IMPUTE).weights(),
        0.0);
  }

  @Test
  public void aNewRowIsEncodedWithTheTrainingFillValues() {
    Instances train = data(new double[][] {{2, 1, 0}, {4, 1, 1}, {9, 0, 0}}, new double[] {1, 1, 1});
    InstancesEncoder enc = InstancesEncoder.fit(train);
    Instance fresh = new DenseInstance(1.0, new double[] {M, M, M});
    fresh.setDataset(train);
    // mean (2 + 4 + 9) / 3 = 5; mode green
    assertArrayEquals(new double[] {5, 0, 1, 0}, enc.encode(fresh), 1e-15);
  }

  @Test
  public void modeTiesGoToTheFirstDeclaredValue() {
    Instances d = data(new double[][] {{1, 2, 0}, {2, 1, 0}, {3, M, 0}}, new double[] {1, 1, 1});
    assertEquals(1.0, InstancesEncoder.fit(d).fillValue(1), 0.0);
  }

  @Test
  public void anAllMissingAttributeIsRejectedByName() {
    Instances d = data(new double[][] {{M, 1, 0}, {M, 2, 1}}, new double[] {1, 1});
    try {
      InstancesEncoder.fit(d);
      fail("all-missing attribute accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("'x'"));
    }
  }

  @Test
  public void aStringAttributeIsRejectedByName() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("note", (List<String>) null));
    Instances d = new Instances("s", atts, 1);
    DenseInstance row = new DenseInstance(2);
    row.setDataset(d);
    row.setValue(0, 1.0);
    row.setValue(1, "hello");
    d.add(row);
    try {
      InstancesEncoder.fit(d);
      fail("string attribute accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("'note'"));
    }
  }

  @Test
  public void skipKeepsTheCompleteRowsAndFillsFromThem() {
    // rows 1 and 3 have a missing x or colour; row 2 misses only its class, which does not count
    Instances d = data(new double[][] {
      {1, 0, 0},
      {M, 1, 1},
      {4, 1, M},
      {10, M, 1},
      {7, 2, 0},
    }, new double[] {1, 1, 2, 1, 1});
    InstancesEncoder.Training t = InstancesEncoder.train(d, InstancesEncoder.MISSING_SKIP);
    assertArrayEquals(new int[] {0, 2, 4}, t.rows());
    assertEquals(2, t.skipped());
    assertArrayEquals(new double[] {1, 2, 1}, t.weights(), 0.0);
    assertArrayEquals(new double[] {1, 1, 0, 0}, t.matrix().row(0), 0.0);
    assertArrayEquals(new double[] {4, 0, 1, 0}, t.matrix().row(1), 0.0);
    assertArrayEquals(new double[] {7, 0, 0, 1}, t.matrix().row(2), 0.0);
    // fill values from the kept rows only: x (1*1 + 2*4 + 1*7) / 4 = 4; colour green (weight 2)
    assertEquals(4.0, t.encoder().fillValue(0), 1e-15);
    assertEquals(1.0, t.encoder().fillValue(1), 0.0);
    // under impute all rows are kept and x's mean is over every present value: (1 + 2*4 + 10 + 7) / 5 = 5.2
    InstancesEncoder.Training all = InstancesEncoder.train(d, InstancesEncoder.MISSING_IMPUTE);
    assertEquals(0, all.skipped());
    assertEquals(5, all.matrix().rows());
    assertEquals(5.2, all.encoder().fillValue(0), 1e-15);
  }
}
