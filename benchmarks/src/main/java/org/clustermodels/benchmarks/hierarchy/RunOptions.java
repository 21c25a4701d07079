package org.clustermodels.benchmarks.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.hierarchy.LinkageMethod;

/**
 * The options of {@link HierarchyReport} and {@link HierarchyCheck}:
 *
 * <pre>
 * [--quick] [--sizes 2000,10000,20000] [--diana-sizes 1000,2000] [--weka-n 2000] [--agnes-n 2000]
 * [--out report.md] [--jmh-log prefix]
 * </pre>
 *
 * <p>{@code --quick} (a smoke test) changes the defaults to sizes 500,1000, DIANA at 500, Weka and AGNES at 500,
 * and one call per case without warm-up. Weka and ELKI's AGNES run only at the size given ({@code 0}: never);
 * a list of sizes {@code 0} is empty (e.g. {@code --diana-sizes 0} leaves DIANA out).
 *
 * @param quick one call per case, no warm-up, small sizes
 * @param sizes the numbers of rows of the agglomerative comparison
 * @param dianaSizes the numbers of rows of DIANA
 * @param wekaN the size at which Weka runs (0: none)
 * @param agnesN the size at which ELKI's AGNES runs (0: none)
 * @param out file the Markdown tables are written to, or null
 * @param jmhLog prefix of the JMH log files
 */
public record RunOptions(boolean quick, int[] sizes, int[] dianaSizes, int wekaN, int agnesN, String out,
    String jmhLog) {

  /**
   * @param args the command line
   * @return the options
   * @throws IllegalArgumentException for an unknown option
   */
  public static RunOptions parse(String[] args) {
    List<String> known = List.of("--quick", "--sizes", "--diana-sizes", "--weka-n", "--agnes-n", "--out",
        "--jmh-log");
    for (int i = 0; i < args.length; i++) {
      if (!known.contains(args[i])) {
        throw new IllegalArgumentException("unknown option '" + args[i] + "'; the options are " + known);
      }
      if (!args[i].equals("--quick")) {
        i++;
      }
    }
    boolean quick = Arrays.asList(args).contains("--quick");
    int small = quick ? 500 : 2000;
    return new RunOptions(quick,
        ints(option(args, "--sizes", quick ? "500,1000" : "2000,10000,20000")),
        ints(option(args, "--diana-sizes", quick ? "500" : "1000,2000")),
        Integer.parseInt(option(args, "--weka-n", String.valueOf(small))),
        Integer.parseInt(option(args, "--agnes-n", String.valueOf(small))),
        option(args, "--out", null),
        option(args, "--jmh-log", "hierarchy-jmh.log"));
  }

  /**
   * @param n the number of rows
   * @return the agglomerative cases at that size, linkage by linkage
   */
  public List<Case> cases(int n) {
    List<Case> cases = new ArrayList<>();
    for (LinkageMethod l : Case.LINKAGES) {
      cases.addAll(Case.agglomerative(l, n == wekaN, n == agnesN));
    }
    return cases;
  }

  static String option(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  private static int[] ints(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(v -> !v.isEmpty()).mapToInt(Integer::parseInt)
        .filter(n -> n > 0).toArray();
  }
}
