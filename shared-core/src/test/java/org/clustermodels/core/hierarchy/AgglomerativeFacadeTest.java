package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * The facade end to end: the matrix and vector methods give the same tree on tie-free data; the cophenetic
 * correlation and the agglomerative coefficient it reports equal SciPy's and R's.
 */
public class AgglomerativeFacadeTest {
  private static final LinkageMethod[] VECTOR_LINKAGES = {LinkageMethod.SINGLE, LinkageMethod.WARD,
      LinkageMethod.CENTROID, LinkageMethod.MEDIAN};

  @Test
  public void matrixAndVectorMethodsGiveTheSameTreeOnTieFreeData() {
    for (String ds : new String[] {"wine", "usarrests"}) {
      DenseMatrix raw = OracleData.load(ds, "raw").matrix();
      for (Standardization s : new Standardization[] {Standardization.NONE, Standardization.ZSCORE}) {
        for (LinkageMethod linkage : VECTOR_LINKAGES) {
          AgglomerativeParams.Builder b = AgglomerativeParams.builder(linkage).standardization(s);
          Dendrogram matrix = new Agglomerative().fit(raw, b.method(AgglomerativeMethod.MATRIX).build())
              .dendrogram();
          Dendrogram vector = new Agglomerative().fit(raw, b.method(AgglomerativeMethod.VECTOR).build())
              .dendrogram();
          String what = ds + " " + s + " " + linkage.id();
          assertNull(what + ": " + MergeLists.compare(matrix.toLinkage(), vector, 1e-9),
              MergeLists.compare(matrix.toLinkage(), vector, 1e-9));
        }
      }
    }
  }

  @Test
  public void copheneticCorrelationEqualsSciPysForEveryLinkage() {
    for (String file : new String[] {"wine.zscore", "usarrests.raw", "iris.zscore"}) {
      String[] parts = file.split("\\.");
      OracleData oracle = OracleData.load(parts[0], parts[1]);
      DenseMatrix raw = OracleData.load(parts[0], "raw").matrix();
      Standardization s = parts[1].equals("zscore") ? Standardization.ZSCORE : Standardization.NONE;
      for (LinkageMethod linkage : LinkageMethod.values()) {
        double expected = DendrogramOracles.scipyMethod(oracle, linkage.id()).get("cophenetic_correlation")
            .asDouble();
        AgglomerativeResult r = new Agglomerative().fit(raw, AgglomerativeParams.builder(linkage)
            .standardization(s).method(AgglomerativeMethod.MATRIX).build());
        double actual = r.copheneticCorrelation().orElseThrow();
        assertEquals(file + " " + linkage.id(), expected, actual, 1e-9 * Math.abs(expected));
      }
    }
  }

  @Test
  public void copheneticCorrelationIsLeftOutWhenNotAskedForOrWhenTheCopyDoesNotFit() {
    DenseMatrix raw = OracleData.load("usarrests", "raw").matrix();
    AgglomerativeParams off = AgglomerativeParams.builder(LinkageMethod.AVERAGE).cophenetic(false).build();
    assertFalse(new Agglomerative().fit(raw, off).copheneticCorrelation().isPresent());
    // 50 rows: the matrix (9,800 bytes) fits in 30,000 bytes with the data and work arrays, a second copy not
    AgglomerativeParams on = AgglomerativeParams.builder(LinkageMethod.AVERAGE).build();
    assertFalse(new Agglomerative(MemoryCheck.fixed(30_000)).fit(raw, on).copheneticCorrelation().isPresent());
    assertTrue(new Agglomerative(MemoryCheck.fixed(40_000)).fit(raw, on).copheneticCorrelation().isPresent());
    // single linkage does not overwrite the matrix: no copy needed
    AgglomerativeParams single = AgglomerativeParams.builder(LinkageMethod.SINGLE).build();
    assertTrue(new Agglomerative(MemoryCheck.fixed(30_000)).fit(raw, single).copheneticCorrelation().isPresent());
  }

  @Test
  public void agglomerativeCoefficientOfAverageLinkageEqualsAgnes() {
    for (String ds : new String[] {"wine", "usarrests"}) {
      for (String variant : new String[] {"raw", "zscore"}) {
        OracleData oracle = OracleData.load(ds, variant);
        double expected = oracle.json().get("divisive").get("r_agnes_average").get("ac").asDouble();
        AgglomerativeResult r = new Agglomerative().fit(OracleData.load(ds, "raw").matrix(),
            AgglomerativeParams.builder(LinkageMethod.AVERAGE).standardization(
                variant.equals("zscore") ? Standardization.ZSCORE : Standardization.NONE).build());
        assertEquals(ds + "." + variant, expected, r.agglomerativeCoefficient(), 1e-9 * expected);
      }
    }
  }
}
