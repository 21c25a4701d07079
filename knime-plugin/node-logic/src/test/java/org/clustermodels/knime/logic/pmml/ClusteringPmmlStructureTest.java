package org.clustermodels.knime.logic.pmml;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ColumnScaling;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.clustermodels.knime.logic.table.RowEncoder;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The document read back as KNIME's Cluster Assigner reads it (PMMLClusterTranslator.initializeFrom in knime-base:
 * clustering fields with compareFunction absDiff, a euclidean or squaredEuclidean measure, per Cluster its name and
 * the whitespace-separated Array values in field order), on small hand-made models.
 */
public class ClusteringPmmlStructureTest {
  private static final List<String> COLUMNS = List.of("x", "zscore(x)");

  private static CentreModel model(Scaling scaling, MissingValuePolicy policy, double[] fill) {
    ColumnScaling s = scaling == Scaling.NONE ? ColumnScaling.none(2)
        : ColumnScaling.of(scaling, new double[] {10, 4}, new double[] {2, 0});
    return CentreModel.of(RowEncoder.of(COLUMNS, policy, fill), s, new double[][] {{1.5, -2}, {0.25, 1e-4}},
        List.of("cluster_0", "cluster_1"), DistanceMetric.EUCLIDEAN);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> all(Document doc, String name) {
    NodeList list = doc.getElementsByTagNameNS(ClusteringPmml.NAMESPACE, name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  @Test
  public void givenAnUnscaledModel_whenWritten_thenKnimesAssignerFindsColumnsMeasureLabelsAndCentres()
      throws Exception {
    Document doc = parse(ClusteringPmml.of(model(Scaling.NONE, MissingValuePolicy.SKIP_ROWS, null))
        .withClusterSizes(new int[] {7, 3}).withModelName("k-means").toXml());
    assertEquals("4.4", doc.getDocumentElement().getAttribute("version"));
    Element clustering = all(doc, "ClusteringModel").get(0);
    assertEquals("centerBased", clustering.getAttribute("modelClass"));
    assertEquals("clustering", clustering.getAttribute("functionName"));
    assertEquals("2", clustering.getAttribute("numberOfClusters"));
    assertEquals(List.of("x", "zscore(x)"), all(doc, "DataField").stream().map(e -> e.getAttribute("name")).toList());
    assertEquals(List.of("x", "zscore(x)"), all(doc, "MiningField").stream().map(e -> e.getAttribute("name"))
        .toList());
    assertEquals(List.of(), all(doc, "LocalTransformations"));
    List<Element> fields = all(doc, "ClusteringField");
    assertEquals(List.of("x", "zscore(x)"), fields.stream().map(e -> e.getAttribute("field")).toList());
    fields.forEach(f -> assertEquals("absDiff", f.getAttribute("compareFunction")));
    assertEquals(1, all(doc, "squaredEuclidean").size());
    List<Element> clusters = all(doc, "Cluster");
    assertEquals(List.of("cluster_0", "cluster_1"), clusters.stream().map(e -> e.getAttribute("name")).toList());
    assertEquals(List.of("7", "3"), clusters.stream().map(e -> e.getAttribute("size")).toList());
    String[] values = clusters.get(1).getTextContent().trim().split("\\s+");
    assertEquals(2, values.length);
    assertEquals(0.25, Double.valueOf(values[0]), 0);
    assertEquals(1e-4, Double.valueOf(values[1]), 0);
  }

  @Test
  public void givenAScaledModelWithMeanFill_whenWritten_thenDerivedFieldsNormaliseAndMiningFieldsFill()
      throws Exception {
    ClusteringPmml pmml = ClusteringPmml.of(model(Scaling.ZSCORE, MissingValuePolicy.MEAN, new double[] {3, 4}))
        .withMeasure(PmmlMeasure.EUCLIDEAN);
    Document doc = parse(pmml.toXml());
    // a data column is already called "zscore(x)": the derived field avoids it by KNIME's naming rule
    assertEquals(List.of("zscore(x) (#1)", "zscore(zscore(x))"), pmml.clusteringFields());
    assertEquals(pmml.clusteringFields(), all(doc, "ClusteringField").stream().map(e -> e.getAttribute("field"))
        .toList());
    assertEquals(List.of("3.0", "4.0"),
        all(doc, "MiningField").stream().map(e -> e.getAttribute("missingValueReplacement")).toList());
    all(doc, "MiningField").forEach(e -> assertEquals("asMean", e.getAttribute("missingValueTreatment")));
    List<Element> derived = all(doc, "DerivedField");
    assertEquals(2, derived.size());
    List<Element> norms = all(doc, "LinearNorm");
    assertEquals(List.of("10.0", "12.0"), norms.stream().map(e -> e.getAttribute("orig")).toList());
    assertEquals(List.of("0", "1.0"), norms.stream().map(e -> e.getAttribute("norm")).toList());
    assertEquals("x", all(doc, "NormContinuous").get(0).getAttribute("field"));
    Element constant = all(doc, "Constant").get(0); // the second column was constant in training: always 0
    assertEquals("0", constant.getTextContent());
    assertEquals(1, all(doc, "euclidean").size());
    assertEquals("", all(doc, "Cluster").get(0).getAttribute("size"));
  }

  @Test
  public void givenANonEuclideanModel_whenWrittenAsPmml_thenItIsRefusedSayingWhy() {
    CentreModel m = CentreModel.of(RowEncoder.of(List.of("x"), MissingValuePolicy.FAIL, null), ColumnScaling.none(1),
        new double[][] {{0}}, List.of("a"), DistanceMetric.MANHATTAN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusteringPmml.of(m));
    assertEquals("PMML output needs a model with the Euclidean metric; this model uses manhattan", e.getMessage());
  }

  @Test
  public void givenSizesForAnotherK_whenSet_thenTheyAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusteringPmml.of(
        model(Scaling.NONE, MissingValuePolicy.FAIL, null)).withClusterSizes(new int[] {1}));
    assertEquals("1 sizes for 2 clusters", e.getMessage());
  }

  @Test
  public void givenTheOutputOnOrOff_whenTheTableIsMade_thenItHasTheOnePmmlColumnAndTheDocumentOrNoRow()
      throws Exception {
    ClusteringPmml pmml = ClusteringPmml.of(model(Scaling.NONE, MissingValuePolicy.SKIP_ROWS, null));
    OutputTable on = ClusteringPmml.table(pmml);
    OutputTable off = ClusteringPmml.table(null);
    assertEquals(List.of(OutputColumn.ofString("PMML", List.of())), on.columns());
    assertEquals(on.columns(), off.columns());
    assertEquals(0, off.rowCount());
    assertEquals(1, on.rowCount());
    String xml = (String) on.get(0, 0);
    assertEquals(pmml.toXml(), xml);
    assertEquals("PMML", parse(xml).getDocumentElement().getLocalName());
  }
}
