package org.clustermodels.weka;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;
import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.TestInstances;
import weka.core.WeightedInstancesHandler;

/**
 * Weka's own checkers, {@code CheckClusterer}, {@code CheckOptionHandler} and {@code CheckGOE}, run on each
 * ClusterModels clusterer (the hierarchical ones also with non-default methods) and report no failure; see
 * {@link WekaChecks} for how their verdicts are collected. {@link WekaChecksSelfTest} shows that broken
 * clusterers do fail them.
 */
@RunWith(Parameterized.class)
public class WekaCheckersTest {

  /**
   * The only checks allowed to fail, each a failure Weka itself accepts ("no (OK error message)": the exception
   * message names the reason) for input the clusterers do not declare in their capabilities:
   * <ul>
   *   <li>string and relational attributes: not among the capabilities (numeric, date, nominal only), so
   *       {@code testWithFail} refuses them, naming the attribute type;</li>
   *   <li>zero training instances: the capabilities ask for at least two instances (a tree or a partition needs
   *       two rows); refused with "Not enough training instances";</li>
   *   <li>100% missing predictor values: every attribute is then missing on every row, so there is no value to
   *       impute from; refused with a message naming the attribute and "missing values" (as the issue asks for
   *       an all-missing attribute).</li>
   * </ul>
   * {@link #acceptedFailuresAreRefusalsNamingTheReason()} checks each refusal's message directly.
   */
  private static final Set<String> ACCEPTED = new TreeSet<>(List.of(
      "basic predict (string)",
      "basic predict (relational)",
      "handle zero training instances (nominal & numeric & date)",
      "100% missing predictor values (nominal & numeric & date)"));

  private final String name;
  private final Supplier<AbstractClusterer> clusterer;
  private final String[] userOptions;

  /**
   * @param name the configuration's name
   * @param clusterer makes a clusterer with the configuration's options
   * @param userOptions non-default options for CheckOptionHandler
   */
  public WekaCheckersTest(String name, Supplier<AbstractClusterer> clusterer, String[] userOptions) {
    this.name = name;
    this.clusterer = clusterer;
    this.userOptions = userOptions;
  }

  private static Supplier<AbstractClusterer> configured(Supplier<AbstractClusterer> make, String... options) {
    return () -> {
      AbstractClusterer c = make.get();
      try {
        c.setOptions(options.clone());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return c;
    };
  }

  /** @return the configurations: name, clusterer, user options for CheckOptionHandler */
  @Parameters(name = "{0}")
  public static List<Object[]> configurations() {
    return List.of(
        new Object[] {"kmeans", configured(ClusterModelsKMeans::new),
            new String[] {"-N", "4", "-S", "2", "-restarts", "3", "-init", "random"}},
        new Object[] {"agglomerative", configured(ClusterModelsAgglomerative::new),
            new String[] {"-N", "3", "-L", "single", "-metric", "manhattan", "-scaling", "zscore"}},
        new Object[] {"agglomerative-ward-cut-height",
            configured(ClusterModelsAgglomerative::new, "-L", "ward", "-cut-height", "2.5"),
            new String[] {"-L", "ward", "-cut-height", "2.5", "-method", "vector", "-scaling", "minmax"}},
        new Object[] {"divisive-diana", configured(ClusterModelsDivisive::new),
            new String[] {"-N", "3", "-metric", "chebyshev", "-num-slots", "2"}},
        new Object[] {"divisive-bisecting", configured(ClusterModelsDivisive::new, "-method", "bisecting-kmeans"),
            new String[] {"-method", "bisecting-kmeans", "-split", "size", "-restarts", "2", "-S", "7"}});
  }

  @Test
  public void checkClustererReportsNoFailure() {
    AbstractClusterer c = clusterer.get();
    WekaChecks.ClustererReport report = WekaChecks.checkClusterer(c);
    assertEquals(name + ": failed checks\n" + report, List.of(), report.failed);
    assertEquals(name + ": failures Weka accepted\n" + report, ACCEPTED, new TreeSet<>(report.accepted));
    // the checks that must have run and passed (a check skipped because of an earlier answer is no pass)
    for (String check : List.of("serialVersionUID", "basic predict (nominal)", "basic predict (numeric)",
        "basic predict (date)", "20% missing predictor values (nominal & numeric & date)",
        "correct initialisation during buildClusterer (nominal & numeric & date)",
        "clusterer doesn't alter original datasets (nominal & numeric & date)")) {
      assertTrue(name + ": " + check + " did not pass\n" + report, report.passed.contains(check));
    }
    // Not applicable, as Weka decides from the interfaces: incremental training (no UpdateableClusterer) is not
    // checked; instance weights are checked only for the clusterer that declares it uses them (K-Means).
    assertEquals(Boolean.FALSE, report.declarations.get("updateable clusterer"));
    boolean weighted = c instanceof WeightedInstancesHandler;
    assertEquals(weighted, report.declarations.get("weighted instances clusterer"));
    assertEquals(name + "\n" + report, weighted,
        report.passed.contains("clusterer uses instance weights (nominal & numeric & date)"));
    assertEquals(c instanceof ClusterModelsKMeans, weighted);
  }

  @Test
  public void checkOptionHandlerReportsNoFailure() {
    assertTrue(name + ": CheckOptionHandler failed for user options " + Arrays.toString(userOptions),
        WekaChecks.checkOptionHandler(clusterer.get(), userOptions));
  }

  @Test
  public void checkGoeReportsNoFailure() {
    assertTrue(name + ": CheckGOE failed (globalInfo or a tip text missing)", WekaChecks.checkGoe(clusterer.get()));
  }

  /** The user options are really not the defaults, so that setting and resetting them is tested. */
  @Test
  public void userOptionsDifferFromTheDefaults() throws Exception {
    OptionHandler c = clusterer.get();
    String defaults = String.join(" ", ((OptionHandler) c.getClass().getConstructor().newInstance()).getOptions());
    c.setOptions(userOptions.clone());
    assertTrue(name, !defaults.equals(String.join(" ", c.getOptions())));
  }

  private static Instances generated(int rows, int nominal, int numeric, int string, int relational)
      throws Exception {
    TestInstances t = new TestInstances();
    t.setSeed(42);
    t.setNumInstances(rows);
    t.setNumNominal(nominal);
    t.setNumNumeric(numeric);
    t.setNumString(string);
    t.setNumDate(0);
    t.setNumRelational(relational);
    t.setClassIndex(TestInstances.NO_CLASS);
    return t.generate();
  }

  private static String refusal(Clusterer c, Instances data) {
    try {
      c.buildClusterer(data);
    } catch (Exception e) {
      assertNotNull("no message", e.getMessage());
      return e.getMessage().toLowerCase(Locale.ROOT);
    }
    fail("built on data it should refuse:\n" + data);
    return null;
  }

  /** Each failure Weka accepted is a refusal whose message names the reason (see {@link #ACCEPTED}). */
  @Test
  public void acceptedFailuresAreRefusalsNamingTheReason() throws Exception {
    String string = refusal(clusterer.get(), generated(20, 1, 1, 1, 0));
    assertTrue(string, string.contains("string attributes"));
    String relational = refusal(clusterer.get(), generated(20, 1, 1, 0, 1));
    assertTrue(relational, relational.contains("relational attributes"));
    String zero = refusal(clusterer.get(), generated(0, 1, 1, 0, 0));
    assertTrue(zero, zero.contains("not enough training instances"));
    Instances allMissing = generated(20, 1, 1, 0, 0);
    for (int i = 0; i < allMissing.numInstances(); i++) {
      for (int j = 0; j < allMissing.numAttributes(); j++) {
        allMissing.instance(i).setMissing(j);
      }
    }
    String missing = refusal(clusterer.get(), allMissing);
    assertTrue(missing, missing.contains(allMissing.attribute(0).name().toLowerCase(Locale.ROOT))
        && missing.contains("missing"));
  }
}
