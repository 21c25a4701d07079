package org.clustermodels.weka;

import static org.clustermodels.weka.WekaTestData.allClusterers;
import static org.clustermodels.weka.WekaTestData.arff;
import static org.clustermodels.weka.WekaTestData.assertMessage;
import static org.clustermodels.weka.WekaTestData.buildFails;
import static org.clustermodels.weka.WekaTestData.iris;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.junit.Test;
import weka.clusterers.AbstractClusterer;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;

/** The missing-value option of all three clusterers: impute (default) or skip. */
public class MissingValuesTest {
  private static final double M = Utils.missingValue();
  /** Rows of iris given a missing value: measurement 0, 2, 1, 3 in turn. */
  private static final int[] HOLES = {3, 40, 77, 120, 149};

  /** Iris with a missing measurement in the rows {@link #HOLES} and a missing class in row 10. */
  private static Instances irisWithHoles() throws Exception {
    Instances data = iris();
    for (int h = 0; h < HOLES.length; h++) {
      data.instance(HOLES[h]).setMissing(new int[] {0, 2, 1, 3, 0}[h]);
    }
    data.instance(10).setClassMissing();
    return data;
  }

  /** The same rows without those with a missing measurement, deleted here, independently of the encoder. */
  private static Instances completeRows() throws Exception {
    Instances data = irisWithHoles();
    for (int h = HOLES.length - 1; h >= 0; h--) {
      data.delete(HOLES[h]);
    }
    return data;
  }

  private static AbstractClusterer withOptions(AbstractClusterer c, String... options) throws Exception {
    ((OptionHandler) c).setOptions(options);
    return c;
  }

  @Test
  public void imputeIsTheDefaultAndSkipParses() throws Exception {
    for (AbstractClusterer c : allClusterers()) {
      assertTrue(Arrays.asList(((OptionHandler) c).getOptions()).contains("impute"));
      withOptions(c, "-missing", "skip");
      String[] options = ((OptionHandler) c).getOptions();
      int at = Arrays.asList(options).indexOf("-missing");
      assertEquals("skip", options[at + 1]);
      AbstractClusterer copy = (AbstractClusterer) AbstractClusterer.forName(c.getClass().getName(), options.clone());
      assertArrayEquals(options, ((OptionHandler) copy).getOptions());
    }
  }

  @Test
  public void skipTrainsOnTheCompleteRowsOnly() throws Exception {
    for (int i = 0; i < 3; i++) {
      AbstractClusterer skip = withOptions(allClusterers().get(i), "-missing", "skip", "-N", "3");
      AbstractClusterer complete = withOptions(allClusterers().get(i), "-N", "3");
      skip.buildClusterer(irisWithHoles());
      complete.buildClusterer(completeRows());
      // the row with only its class missing (row 10) is kept: the class is not clustered on
      assertTrue(skip.toString(), skip.toString().contains("Training instances: 145"));
      assertTrue(skip.toString(), skip.toString().contains("Missing values: skip (5 training instance(s)"));
      Instances kept = completeRows();
      for (int r = 0; r < kept.numInstances(); r++) {
        assertEquals(complete.clusterInstance(kept.instance(r)), skip.clusterInstance(kept.instance(r)));
      }
      if (skip instanceof ClusterModelsKMeans) {
        ClusterModelsKMeans a = (ClusterModelsKMeans) skip;
        ClusterModelsKMeans b = (ClusterModelsKMeans) complete;
        assertEquals(b.getInertia(), a.getInertia(), 0.0);
        assertArrayEquals(b.getClusterSizes(), a.getClusterSizes());
      } else {
        AbstractClusterModelsHierarchical a = (AbstractClusterModelsHierarchical) skip;
        AbstractClusterModelsHierarchical b = (AbstractClusterModelsHierarchical) complete;
        assertArrayEquals(b.linkageMatrix(), a.linkageMatrix());
      }
    }
  }

  /**
   * The documented rule for a new row under skip: its missing values are replaced by the mean (numeric) of the
   * rows kept, and it goes where that completed row goes.
   */
  @Test
  public void aNewRowWithMissingValuesIsAssignedAfterImputingTheMeansOfTheRowsKept() throws Exception {
    Instances kept = completeRows();
    double[] means = new double[4];
    for (int j = 0; j < 4; j++) {
      means[j] = kept.attributeStats(j).numericStats.mean;
    }
    Instances train = irisWithHoles();
    for (int i = 0; i < 3; i++) {
      AbstractClusterer skip = withOptions(allClusterers().get(i), "-missing", "skip", "-N", "3");
      skip.buildClusterer(train);
      for (int r : new int[] {0, 60, 130}) {
        for (int missingAttribute = 0; missingAttribute < 4; missingAttribute++) {
          Instance hole = (Instance) train.instance(r).copy();
          hole.setMissing(missingAttribute);
          Instance filled = (Instance) train.instance(r).copy();
          filled.setValue(missingAttribute, means[missingAttribute]);
          assertEquals(skip.clusterInstance(filled), skip.clusterInstance(hole));
        }
      }
      // a row with every measurement missing goes where the mean row goes
      Instance allMissing = new DenseInstance(1.0, new double[] {M, M, M, M, M});
      allMissing.setDataset(train);
      Instance meanRow = new DenseInstance(1.0, new double[] {means[0], means[1], means[2], means[3], M});
      meanRow.setDataset(train);
      assertEquals(skip.clusterInstance(meanRow), skip.clusterInstance(allMissing));
    }
  }

  @Test
  public void skippedRowsKeepTheirRowNumbersInTheTree() throws Exception {
    for (AbstractClusterer c : allClusterers().subList(1, 3)) {
      withOptions(c, "-missing", "skip");
      c.buildClusterer(irisWithHoles());
      String newick = ((AbstractClusterModelsHierarchical) c).graph();
      for (int row = 0; row < 150; row++) {
        assertEquals("leaf " + row, !contains(HOLES, row), hasLeaf(newick, row));
      }
    }
  }

  private static boolean contains(int[] values, int v) {
    return Arrays.stream(values).anyMatch(x -> x == v);
  }

  /** @return whether the Newick text has a leaf labelled exactly with this number */
  private static boolean hasLeaf(String newick, int label) {
    return newick.matches("(?s).*[(,]" + label + ":.*");
  }

  @Test
  public void tooFewRowsLeftAfterSkippingFailClearly() throws Exception {
    Instances data = arff("@relation r\n@attribute x0 numeric\n@attribute x1 numeric\n@data\n"
        + "0,0\n1,?\n?,5\n9,9\n");
    for (AbstractClusterer c : allClusterers()) {
      withOptions(c, "-missing", "skip", "-N", "3");
      assertMessage(buildFails(c, data), "-N 3", "2 instances used for training, 2 with missing values skipped");
    }
    for (AbstractClusterer c : allClusterers()) {
      withOptions(c, "-missing", "skip", "-N", "1");
      Instances one = arff("@relation r\n@attribute x0 numeric\n@attribute x1 numeric\n@data\n0,0\n1,?\n?,5\n");
      assertFalse(buildFails(c, one).getMessage().isEmpty());
    }
  }

  /** Weka's option parser refuses upper-case values, so the tags must be lower case. */
  @Test
  public void theTagsAreLowerCase() {
    for (weka.core.Tag t : InstancesEncoder.TAGS_MISSING) {
      assertEquals(t.getReadable().toLowerCase(java.util.Locale.ROOT), t.getReadable());
    }
  }
}
