package org.clustermodels.weka;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.junit.Test;
import weka.core.Instances;

/**
 * The harness of {@link WekaCheckersTest} can see a failure: deliberately broken clusterers fail Weka's checkers,
 * each in the way it is broken, and the collected verdicts say so.
 */
public class WekaChecksSelfTest {

  /** Removes a row from the data it is given and declares no serialVersionUID. */
  @SuppressWarnings("serial")
  public static class AltersItsInput extends ClusterModelsAgglomerative {
    @Override
    public void buildClusterer(Instances data) throws Exception {
      super.buildClusterer(data);
      data.delete(0);
    }
  }

  /** Fails on nominal attributes with a message that does not name the reason. */
  public static class FailsOnNominal extends ClusterModelsKMeans {
    private static final long serialVersionUID = 1L;

    @Override
    public void buildClusterer(Instances data) throws Exception {
      for (int j = 0; j < data.numAttributes(); j++) {
        if (data.attribute(j).isNominal()) {
          throw new IllegalStateException("boom");
        }
      }
      super.buildClusterer(data);
    }
  }

  /** Keeps state across builds: every build after the first swaps the clusters' numbers. */
  public static class ForgetsNothing extends ClusterModelsDivisive {
    private static final long serialVersionUID = 1L;
    private int builds;

    @Override
    public void buildClusterer(Instances data) throws Exception {
      builds++;
      super.buildClusterer(data);
    }

    @Override
    public int clusterInstance(weka.core.Instance instance) throws Exception {
      return (super.clusterInstance(instance) + (builds > 1 ? 1 : 0)) % numberOfClusters();
    }
  }

  /** getOptions returns an option that setOptions refuses. */
  public static class BadOptions extends ClusterModelsKMeans {
    private static final long serialVersionUID = 1L;

    @Override
    public String[] getOptions() {
      String[] options = super.getOptions();
      String[] out = Arrays.copyOf(options, options.length + 1);
      out[options.length] = "-no-such-option";
      return out;
    }
  }

  /** A property with neither a tip text nor an annotation. */
  public static class UndocumentedProperty extends ClusterModelsAgglomerative {
    private static final long serialVersionUID = 1L;
    private int extra;

    /** @return a property the Explorer would show without help */
    public int getExtra() {
      return extra;
    }

    /** @param extra the value */
    public void setExtra(int extra) {
      this.extra = extra;
    }
  }

  @Test
  public void alteringTheInputAndNoSerialVersionUidFail() {
    WekaChecks.ClustererReport report = WekaChecks.checkClusterer(new AltersItsInput());
    assertTrue(report.toString(), report.failed.contains("serialVersionUID"));
    assertTrue(report.toString(),
        report.failed.contains("clusterer doesn't alter original datasets (nominal & numeric & date)"));
  }

  @Test
  public void anUnexplainedRefusalFailsAndIsNotAccepted() {
    WekaChecks.ClustererReport report = WekaChecks.checkClusterer(new FailsOnNominal());
    assertTrue(report.toString(), report.failed.contains("basic predict (nominal)"));
    assertTrue(report.toString(), report.passed.contains("basic predict (numeric)"));
  }

  @Test
  public void aDifferentResultAfterRebuildingFails() {
    WekaChecks.ClustererReport report = WekaChecks.checkClusterer(new ForgetsNothing());
    assertTrue(report.toString(),
        report.failed.contains("correct initialisation during buildClusterer (nominal & numeric & date)"));
  }

  @Test
  public void optionsThatDoNotRoundTripFailCheckOptionHandler() {
    assertFalse(WekaChecks.checkOptionHandler(new BadOptions(), "-N", "3"));
    assertTrue(WekaChecks.checkOptionHandler(new ClusterModelsKMeans(), "-N", "3"));
  }

  @Test
  public void aPropertyWithoutTipTextFailsCheckGoe() {
    assertFalse(WekaChecks.checkGoe(new UndocumentedProperty()));
    assertTrue(WekaChecks.checkGoe(new ClusterModelsAgglomerative()));
  }
}
