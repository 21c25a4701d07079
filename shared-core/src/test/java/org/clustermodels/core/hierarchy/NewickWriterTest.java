package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clustermodels.core.hierarchy.DendrogramTestTrees.AnyTrees;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * Newick export: exact text on small trees, and round trips through {@link NewickTestParser} (topology, child
 * order, labels and branch lengths) on every oracle tree, on random trees with awkward labels, and on a chain of
 * 200,000 rows.
 */
public class NewickWriterTest {
  private static final Dendrogram SMALL = Dendrogram.of(new int[] {0, 2}, new int[] {1, 3}, new double[] {1, 2.5});

  @Test
  public void givenSmallTree_whenToNewick_thenLeftChildFirstAndFixedPointLengths() {
    assertEquals("(c:2.500000,(a:1.000000,b:1.000000):1.500000);", SMALL.toNewick(new String[] {"a", "b", "c"}));
    assertEquals("(c:2.50,(a:1.00,b:1.00):1.50);", SMALL.toNewick(new String[] {"a", "b", "c"}, 2));
    assertEquals("rounded half up", "(c:3,(a:1,b:1):2);", SMALL.toNewick(new String[] {"a", "b", "c"}, 0));
    assertEquals("(2:2.500000,(0:1.000000,1:1.000000):1.500000);", SMALL.toNewick(null));
    assertEquals("0;", Dendrogram.of(new int[0], new int[0], new double[0]).toNewick(null));
  }

  @Test
  public void givenHugeAndTinyHeights_whenToNewick_thenNeverScientificNotation() {
    Dendrogram tree = Dendrogram.of(new int[] {0, 2}, new int[] {1, 3}, new double[] {1e-7, 1e20});
    assertEquals("(2:100000000000000000000.000000,(0:0.000000,1:0.000000):100000000000000000000.000000);",
        tree.toNewick(null));
    assertEquals("(2:100000000000000000000.0000000,(0:0.0000001,1:0.0000001):100000000000000000000.0000000);",
        tree.toNewick(null, 7));
  }

  @Test
  public void givenLabelsWithReservedCharacters_whenToNewick_thenStrippedOrReplacedByRowNumber() {
    String[] labels = {"New Hampshire", "a(b),c:d;e[f]g'h\ti\u00a0j", " ,;", null};
    Dendrogram tree = Dendrogram.of(new int[] {0, 1, 4}, new int[] {2, 3, 5}, new double[] {1, 1, 2});
    assertEquals("((NewHampshire:1.000000,2:1.000000):1.000000,(abcdefghij:1.000000,3:1.000000):1.000000);",
        tree.toNewick(labels));
  }

  /** The median tree's merge 9 (3.5) sits below the root (3.25): its branch is clamped to 0, not -0.25. */
  @Test
  public void givenInversion_whenToNewick_thenBranchLengthClampedAtZero() {
    String newick = DendrogramTestTrees.scipyMedian().toNewick(null, 2);
    assertTrue(newick, newick.endsWith("):0.00);") && !newick.contains("-"));
    assertRoundTrip(DendrogramTestTrees.scipyMedian(), null, 2);
  }

  @Test
  public void givenBadArguments_whenToNewick_thenRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SMALL.toNewick(new String[2]));
    assertTrue(e.getMessage(), e.getMessage().contains("2 labels") && e.getMessage().contains("3 rows"));
    assertThrows(IllegalArgumentException.class, () -> SMALL.toNewick(null, -1));
    assertThrows(IllegalArgumentException.class, () -> SMALL.toNewick(null, NewickWriter.MAX_DECIMALS + 1));
  }

  @Test
  public void givenOracleTrees_whenToNewick_thenRoundTrips() {
    for (String file : DendrogramOracles.FILES) {
      OracleData oracle = OracleData.load(file);
      oracle.json().get("agglomerative").get("scipy").get("methods").fieldNames().forEachRemaining(method ->
          assertRoundTrip(DendrogramOracles.scipyTree(oracle, method), null, NewickWriter.DEFAULT_DECIMALS));
    }
  }

  @Test
  public void givenUsArrestsWithStateNames_whenToNewick_thenNamesWithoutSpacesRoundTrip() {
    String[] states = firstColumn("/usarrests.csv");
    Dendrogram tree = DendrogramOracles.scipyTree(OracleData.load("usarrests", "raw"), "average");
    String newick = tree.toNewick(states);
    assertTrue(newick.contains("NewHampshire:") && newick.contains("NorthCarolina:"));
    assertRoundTrip(tree, states, 4);
  }

  @Test
  public void givenChainOf200000Rows_whenToNewick_thenParsesWithLeavesInLeafOrder() {
    Dendrogram chain = LeafOrderTest.chain(200_000);
    NewickTestParser.Node root = NewickTestParser.parse(chain.toNewick(null, 0));
    int[] order = chain.leafOrder();
    int p = 0;
    Deque<NewickTestParser.Node> stack = new ArrayDeque<>(List.of(root));
    while (!stack.isEmpty()) {
      NewickTestParser.Node node = stack.pop();
      if (node.children.isEmpty()) {
        assertEquals(Integer.toString(order[p++]), node.label);
      }
      for (int c = node.children.size() - 1; c >= 0; c--) {
        stack.push(node.children.get(c));
      }
    }
    assertEquals(200_000, p);
  }

  @Provide
  Arbitrary<String[]> labels() {
    Arbitrary<String> label = Arbitraries.strings().withChars("aZ9_-.\u00e9,():;[]' \t\n\u00a0").ofMaxLength(6)
        .injectNull(0.1);
    return label.array(String[].class).ofSize(40);
  }

  @Property(tries = 300)
  void roundTripsRandomTrees(@ForAll @From(supplier = AnyTrees.class) Dendrogram tree,
      @ForAll("labels") String[] labels, @ForAll("decimals") int decimals) {
    assertRoundTrip(tree, Arrays.copyOf(labels, tree.leafCount()), decimals);
  }

  @Provide
  Arbitrary<Integer> decimals() {
    return Arbitraries.integers().between(0, 9);
  }

  /**
   * Parses the export and walks it together with the tree: same shape and child order, each leaf's label as
   * written by the definition (reserved characters and whitespace removed, else the row number), each branch
   * length the parent's height minus the node's (at least 0) to the given decimals.
   */
  private static void assertRoundTrip(Dendrogram tree, String[] labels, int decimals) {
    int n = tree.leafCount();
    NewickTestParser.Node root = NewickTestParser.parse(tree.toNewick(labels, decimals));
    double[] nodeHeight = new double[2 * n - 1];
    double[] parentHeight = new double[2 * n - 1];
    for (int t = 0; t < n - 1; t++) {
      nodeHeight[n + t] = tree.height(t);
      parentHeight[tree.left(t)] = tree.height(t);
      parentHeight[tree.right(t)] = tree.height(t);
    }
    Deque<Map.Entry<NewickTestParser.Node, Integer>> stack = new ArrayDeque<>();
    stack.push(Map.entry(root, 2 * n - 2));
    while (!stack.isEmpty()) {
      NewickTestParser.Node node = stack.peek().getKey();
      int id = stack.pop().getValue();
      if (id == 2 * n - 2) {
        assertEquals(null, node.length);
      } else {
        double expected = Math.max(0.0, parentHeight[id] - nodeHeight[id]);
        assertTrue("length " + node.length, node.length.matches(decimals == 0 ? "[0-9]+" : "[0-9]+\\.[0-9]{"
            + decimals + "}"));
        assertEquals("id " + id, expected, Double.parseDouble(node.length),
            0.5 * Math.pow(10, -decimals) * (1 + 1e-9) + Math.ulp(expected));
      }
      if (id < n) {
        assertEquals("leaf " + id, 0, node.children.size());
        assertEquals(expectedLabel(labels == null ? null : labels[id], id), node.label);
      } else {
        assertEquals("merge " + (id - n), 2, node.children.size());
        assertEquals("no inner labels", "", node.label);
        stack.push(Map.entry(node.children.get(1), tree.right(id - n)));
        stack.push(Map.entry(node.children.get(0), tree.left(id - n)));
      }
    }
  }

  private static String expectedLabel(String raw, int row) {
    String stripped = raw == null ? "" : raw.replaceAll("[,():;\\[\\]'\\s\\u00a0]", "");
    return stripped.isEmpty() ? Integer.toString(row) : stripped;
  }

  private static String[] firstColumn(String resource) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        NewickWriterTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return in.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
