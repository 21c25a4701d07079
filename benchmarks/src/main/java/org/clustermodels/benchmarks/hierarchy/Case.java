package org.clustermodels.benchmarks.hierarchy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustermodels.core.hierarchy.LinkageMethod;

/**
 * One benchmark case: an implementation, its variant and linkage, and for ours the thread count. The same list
 * drives the correctness check ({@link HierarchyCheck}) and the timed runs ({@link HierarchyReport}), which pass
 * {@link #params} to the {@link HierarchyBenchmark} method {@link #benchmark}.
 *
 * @param peer whose implementation
 * @param variant ours: {@code MATRIX}, {@code VECTOR} or {@code DIANA}; ELKI: an {@link Elki.Algorithm} name;
 *     Weka: empty
 * @param linkage the linkage; null for DIANA
 * @param threads ours: the thread count; 0 for the peers (they use one thread)
 */
public record Case(Peer peer, String variant, LinkageMethod linkage, int threads) {

  /** Whose implementation. */
  public enum Peer {
    OURS, WEKA, ELKI
  }

  /** The linkages compared. */
  public static final List<LinkageMethod> LINKAGES = List.of(LinkageMethod.SINGLE, LinkageMethod.COMPLETE,
      LinkageMethod.AVERAGE, LinkageMethod.WARD);

  /** Our thread counts: 1 (the comparison) and 2 (a separate row). */
  public static final int[] OUR_THREADS = {1, 2};

  /**
   * The agglomerative cases for one linkage: ours {@code MATRIX} (and {@code VECTOR} for single and Ward) at each
   * thread count, then Weka if asked, then ELKI's algorithms that run this linkage ({@code AGNES} only if asked).
   *
   * @param linkage the linkage
   * @param weka whether to include Weka
   * @param agnes whether to include ELKI's O(n^3) AGNES
   * @return the cases, ours first
   */
  public static List<Case> agglomerative(LinkageMethod linkage, boolean weka, boolean agnes) {
    List<Case> cases = new ArrayList<>();
    for (String method : hasVector(linkage) ? new String[] {"MATRIX", "VECTOR"} : new String[] {"MATRIX"}) {
      for (int t : OUR_THREADS) {
        cases.add(new Case(Peer.OURS, method, linkage, t));
      }
    }
    if (weka) {
      cases.add(new Case(Peer.WEKA, "", linkage, 0));
    }
    for (Elki.Algorithm a : Elki.Algorithm.values()) {
      if (a.runs(linkage) && (a != Elki.Algorithm.AGNES || agnes)) {
        cases.add(new Case(Peer.ELKI, a.name(), linkage, 0));
      }
    }
    return cases;
  }

  /** @return our DIANA */
  public static Case diana() {
    return new Case(Peer.OURS, "DIANA", null, 1);
  }

  /** @return whether we run the vector method for this linkage */
  public static boolean hasVector(LinkageMethod linkage) {
    return linkage == LinkageMethod.SINGLE || linkage == LinkageMethod.WARD;
  }

  /**
   * @return whether the case is timed: all but an ELKI algorithm with a known defect in 0.8.0 (it builds another
   *     tree, see {@link Elki.Algorithm#defect()}), which the check runs and reports
   */
  public boolean timed() {
    return peer != Peer.ELKI || Elki.Algorithm.valueOf(variant).defect() == null;
  }

  /** @return the case that the others of its linkage are checked against: ours MATRIX with one thread */
  public boolean isReference() {
    return peer == Peer.OURS && variant.equals("MATRIX") && threads == 1;
  }

  /** @return the {@link HierarchyBenchmark} method that runs this case */
  public String benchmark() {
    return switch (peer) {
      case OURS -> variant.equals("DIANA") ? "oursDiana" : "ours";
      case WEKA -> "weka";
      case ELKI -> "elki";
    };
  }

  /**
   * @param n the number of rows
   * @return the JMH parameters of this case
   */
  public Map<String, String> params(int n) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("n", String.valueOf(n));
    if (linkage != null) {
      p.put("linkage", linkage.id());
    }
    if (peer == Peer.OURS && linkage != null) {
      p.put("method", variant);
      p.put("threads", String.valueOf(threads));
    }
    if (peer == Peer.ELKI) {
      p.put("algorithm", variant);
    }
    return p;
  }

  /** @return a key unique among the cases of one size, e.g. {@code ward/ours-VECTOR-t2} */
  public String id() {
    String who = switch (peer) {
      case OURS -> "ours-" + variant + "-t" + threads;
      case WEKA -> "weka";
      case ELKI -> "elki-" + variant;
    };
    return (linkage == null ? "diana" : linkage.id()) + "/" + who;
  }

  /** @return the row label of the report */
  public String label() {
    return switch (peer) {
      case OURS -> variant.equals("DIANA") ? "ours DIANA" : "ours " + variant + ", threads(" + threads + ")";
      case WEKA -> "Weka HierarchicalClusterer -L " + Weka.linkType(linkage)
          + (linkage == LinkageMethod.WARD ? " (Weka's own criterion, not Ward's: heights not comparable)" : "");
      case ELKI -> "ELKI " + Elki.Algorithm.valueOf(variant).elkiName() + (!timed()
          ? " (" + Elki.Algorithm.valueOf(variant).defect() + "; not timed)"
          : linkage == LinkageMethod.WARD ? " (squared Euclidean input)" : "");
    };
  }
}
