package org.clustermodels.weka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import weka.clusterers.CheckClusterer;
import weka.clusterers.Clusterer;
import weka.core.CheckGOE;
import weka.core.CheckOptionHandler;
import weka.core.OptionHandler;

/**
 * Runs Weka's own checkers, {@link CheckClusterer}, {@link CheckOptionHandler} and {@link CheckGOE}, the way their
 * {@code main} methods do ({@code doTests()}), and collects their verdicts instead of only printing them.
 *
 * <p>How the checkers report: each check prints "yes" or "no" and returns its verdict. {@link CheckOptionHandler}
 * and {@link CheckGOE} stop at the first failed check and report it through {@code getSuccess()} (their
 * {@code main} turns it into the exit status). {@link CheckClusterer} has no overall verdict: {@code doTests()}
 * prints one line per check, and a check that trains on a dataset returns {@code {passed, acceptable}}, where
 * "acceptable" means Weka itself accepted the failure because the exception message names the reason (it prints
 * "no (OK error message)"); for example "basic predict" on string attributes accepts a message mentioning
 * "string". The interface queries (options, updateable, weighted instances, multi-instance) are declarations, not
 * checks: "no" there only makes {@code doTests()} skip the checks that need the interface.
 */
final class WekaChecks {
  private WekaChecks() {
  }

  /** What one run of {@link CheckClusterer#doTests()} found. */
  static final class ClustererReport {
    /** Interface query (e.g. "weighted instances clusterer") to its answer. */
    final Map<String, Boolean> declarations = new LinkedHashMap<>();
    /** Checks that passed ("yes"). */
    final List<String> passed = new ArrayList<>();
    /** Checks that failed but Weka accepted the failure ("no (OK error message)"). */
    final List<String> accepted = new ArrayList<>();
    /** Checks that failed ("no"). */
    final List<String> failed = new ArrayList<>();

    @Override
    public String toString() {
      return "declarations " + declarations + "\npassed " + passed + "\naccepted " + accepted + "\nfailed " + failed;
    }
  }

  /**
   * Runs {@link CheckClusterer#doTests()} on a clusterer with Weka's default datasets (20 instances, 2 nominal
   * and 1 numeric attribute, ...) and sorts every check's verdict.
   *
   * @param clusterer the clusterer, configured
   * @return the verdicts
   */
  static ClustererReport checkClusterer(Clusterer clusterer) {
    RecordingCheckClusterer check = new RecordingCheckClusterer();
    check.setSilent(true);
    check.setClusterer(clusterer);
    check.doTests();
    return check.report;
  }

  /**
   * Runs {@link CheckOptionHandler#doTests()}: ListOptions, SetOptions, Default options, Remaining options,
   * Canonical user options, Resetting options.
   *
   * @param handler the option handler (its class must have a public no-argument constructor)
   * @param userOptions the non-default options the checks set, get, set again and reset
   * @return true if every check passed
   */
  static boolean checkOptionHandler(OptionHandler handler, String... userOptions) {
    CheckOptionHandler check = new CheckOptionHandler();
    check.setSilent(true);
    check.setOptionHandler(handler);
    check.setUserOptions(userOptions);
    check.doTests();
    return check.getSuccess();
  }

  /**
   * Runs {@link CheckGOE#doTests()}: a globalInfo() method and a tip text (or annotation) for every property, with
   * Weka's default ignored properties (capabilities, options).
   *
   * @param object the object the Explorer edits
   * @return true if every check passed
   */
  static boolean checkGoe(Object object) {
    CheckGOE check = new CheckGOE();
    check.setSilent(true);
    check.setObject(object);
    check.doTests();
    return check.getSuccess();
  }

  /** {@link CheckClusterer} recording each check's returned verdict under a readable name. */
  private static final class RecordingCheckClusterer extends CheckClusterer {
    final ClustererReport report = new ClustererReport();

    private static String attributes(boolean nominal, boolean numeric, boolean string, boolean date,
        boolean relational) {
      List<String> kinds = new ArrayList<>();
      if (nominal) {
        kinds.add("nominal");
      }
      if (numeric) {
        kinds.add("numeric");
      }
      if (string) {
        kinds.add("string");
      }
      if (date) {
        kinds.add("date");
      }
      if (relational) {
        kinds.add("relational");
      }
      return " (" + String.join(" & ", kinds) + ")";
    }

    private boolean[] record(String name, boolean[] result) {
      if (result[0]) {
        report.passed.add(name);
      } else if (result[1]) {
        report.accepted.add(name);
      } else {
        report.failed.add(name);
      }
      return result;
    }

    private boolean[] declare(String name, boolean[] result) {
      report.declarations.put(name, result[0]);
      return result;
    }

    @Override
    protected boolean[] canTakeOptions() {
      return declare("options", super.canTakeOptions());
    }

    @Override
    protected boolean[] updateableClusterer() {
      return declare("updateable clusterer", super.updateableClusterer());
    }

    @Override
    protected boolean[] weightedInstancesHandler() {
      return declare("weighted instances clusterer", super.weightedInstancesHandler());
    }

    @Override
    protected boolean[] multiInstanceHandler() {
      return declare("multi-instance clusterer", super.multiInstanceHandler());
    }

    @Override
    protected boolean[] declaresSerialVersionUID() {
      return record("serialVersionUID", super.declaresSerialVersionUID());
    }

    @Override
    protected boolean[] canPredict(boolean nom, boolean num, boolean str, boolean dat, boolean rel, boolean mi) {
      return record("basic predict" + attributes(nom, num, str, dat, rel), super.canPredict(nom, num, str, dat, rel,
          mi));
    }

    @Override
    protected boolean[] canHandleZeroTraining(boolean nom, boolean num, boolean str, boolean dat, boolean rel,
        boolean mi) {
      return record("handle zero training instances" + attributes(nom, num, str, dat, rel),
          super.canHandleZeroTraining(nom, num, str, dat, rel, mi));
    }

    @Override
    protected boolean[] correctBuildInitialisation(boolean nom, boolean num, boolean str, boolean dat, boolean rel,
        boolean mi) {
      return record("correct initialisation during buildClusterer" + attributes(nom, num, str, dat, rel),
          super.correctBuildInitialisation(nom, num, str, dat, rel, mi));
    }

    @Override
    protected boolean[] canHandleMissing(boolean nom, boolean num, boolean str, boolean dat, boolean rel, boolean mi,
        boolean predictorMissing, int level) {
      return record(level + "% missing predictor values" + attributes(nom, num, str, dat, rel),
          super.canHandleMissing(nom, num, str, dat, rel, mi, predictorMissing, level));
    }

    @Override
    protected boolean[] instanceWeights(boolean nom, boolean num, boolean str, boolean dat, boolean rel, boolean mi) {
      return record("clusterer uses instance weights" + attributes(nom, num, str, dat, rel),
          super.instanceWeights(nom, num, str, dat, rel, mi));
    }

    @Override
    protected boolean[] datasetIntegrity(boolean nom, boolean num, boolean str, boolean dat, boolean rel, boolean mi,
        boolean predictorMissing) {
      return record("clusterer doesn't alter original datasets" + attributes(nom, num, str, dat, rel),
          super.datasetIntegrity(nom, num, str, dat, rel, mi, predictorMissing));
    }

    @Override
    protected boolean[] updatingEquality(boolean nom, boolean num, boolean str, boolean dat, boolean rel,
        boolean mi) {
      return record("incremental training produces the same results as batch training"
          + attributes(nom, num, str, dat, rel), super.updatingEquality(nom, num, str, dat, rel, mi));
    }
  }
}
