package org.clustermodels.knime.logic.pmml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ColumnScaling;
import org.clustermodels.knime.logic.kmeans.KMeansModelContent;
import org.clustermodels.knime.logic.table.ColumnNames;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.clustermodels.knime.logic.table.Scaling;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A centre-based model (Euclidean metric) as a PMML 4.4 {@code ClusteringModel} document ({@code modelClass
 * "centerBased"}): a {@code DataDictionary} with one continuous double field per model column; a
 * {@code MiningSchema} whose fields carry the training means as {@code missingValueReplacement} (treatment
 * "asMean") when the model fills missing values with means; if the model scales, {@code LocalTransformations}
 * with one {@code DerivedField} per column, a {@code NormContinuous} that maps the column's offset to 0 and
 * offset + divisor to 1 (linear, extrapolated: exactly the z-score or min-max transform), or the constant 0 for a
 * constant training column; the {@code ComparisonMeasure} (kind "distance", {@link PmmlMeasure}); one
 * {@code ClusteringField} per column (compareFunction "absDiff", naming the derived field when scaled); and one
 * {@code Cluster} per centre (id and name = the label, size = rows, when given) with its centre as a real
 * {@code Array} in the space the fields are compared in.
 *
 * <p>KNIME: its Cluster Assigner reads exactly this structure (comparison measure euclidean or squaredEuclidean,
 * compareFunction absDiff, the Array's values in ClusteringField order, the Cluster name as label). It does not
 * apply {@code LocalTransformations}: an unscaled model works there directly; a scaled model's clustering fields
 * name derived fields ("zscore(x)"), which KNIME's assigner reports as columns missing from its input rather than
 * comparing unscaled values with scaled centres. The rows left out (missing-value policies "skip" and "fail") have
 * no PMML 4.2 equivalent: a consumer applies its own missing-value handling. Immutable; change it with the
 * {@code with...} methods.
 */
public final class ClusteringPmml {
  /** The PMML 4.4 namespace. */
  public static final String NAMESPACE = "http://www.dmg.org/PMML-4_4";
  /** The application named in the PMML header. */
  public static final String APPLICATION = "ClusterModels";
  /** The name of the PMML output table's one column. */
  public static final String TABLE_COLUMN = "PMML";

  private final CentreModel model;
  private final int[] clusterSizes;
  private final PmmlMeasure measure;
  private final String modelName;

  private ClusteringPmml(CentreModel model, int[] clusterSizes, PmmlMeasure measure, String modelName) {
    this.model = model;
    this.clusterSizes = clusterSizes;
    this.measure = measure;
    this.modelName = modelName;
  }

  /**
   * @param model a centre model with the Euclidean metric
   * @return its PMML, without cluster sizes, with the squared Euclidean measure, named "clustering"
   * @throws IllegalArgumentException if the model's metric is not Euclidean (PMML consumers such as KNIME's
   *     Cluster Assigner read only euclidean and squaredEuclidean)
   */
  public static ClusteringPmml of(CentreModel model) {
    if (model.metric() != DistanceMetric.EUCLIDEAN) {
      throw new IllegalArgumentException("PMML output needs a model with the Euclidean metric; this model uses "
          + model.metric().id());
    }
    return new ClusteringPmml(model, null, PmmlMeasure.SQUARED_EUCLIDEAN, "clustering");
  }

  /**
   * @param content a k-means model
   * @return its PMML with the cluster sizes, squared Euclidean measure, named "k-means"
   */
  public static ClusteringPmml of(KMeansModelContent content) {
    return of(content.centreModel()).withClusterSizes(content.clusterSizes()).withModelName(KMeansModelContent.KIND);
  }

  /**
   * @param sizes rows per cluster, one value &gt;= 0 per cluster
   * @return this PMML with the clusters' {@code size} attributes
   */
  public ClusteringPmml withClusterSizes(int[] sizes) {
    if (sizes.length != model.numClusters()) {
      throw new IllegalArgumentException(sizes.length + " sizes for " + model.numClusters() + " clusters");
    }
    for (int size : sizes) {
      if (size < 0) {
        throw new IllegalArgumentException("a cluster size is negative: " + size);
      }
    }
    return new ClusteringPmml(model, sizes.clone(), measure, modelName);
  }

  /**
   * @param newMeasure the comparison measure
   * @return this PMML with it
   */
  public ClusteringPmml withMeasure(PmmlMeasure newMeasure) {
    return new ClusteringPmml(model, clusterSizes, Objects.requireNonNull(newMeasure, "measure"), modelName);
  }

  /**
   * @param name the model name
   * @return this PMML with it
   */
  public ClusteringPmml withModelName(String name) {
    return new ClusteringPmml(model, clusterSizes, measure, Objects.requireNonNull(name, "name"));
  }

  /**
   * @return the names of the fields the clustering compares, in the centres' column order: the model's columns if
   *     it does not scale, else the derived fields' names
   */
  public List<String> clusteringFields() {
    List<String> columns = model.columns();
    if (model.scaling().scaling() == Scaling.NONE) {
      return columns;
    }
    Set<String> taken = new HashSet<>(columns);
    List<String> out = new ArrayList<>();
    for (String c : columns) {
      String name = ColumnNames.unique(taken, model.scaling().scaling().id() + "(" + c + ")");
      taken.add(name);
      out.add(name);
    }
    return List.copyOf(out);
  }

  /** @return the model's columns, which a consumer must provide (the learning columns) */
  public List<String> learningColumns() {
    return model.columns();
  }

  /** @return the document */
  public Document toDocument() {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      doc = f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    }
    Element pmml = add(doc, null, "PMML");
    pmml.setAttribute("version", "4.4");
    Element header = add(doc, pmml, "Header");
    header.setAttribute("description", modelName + " model, " + model.numClusters() + " clusters on "
        + model.columns().size() + " columns");
    add(doc, header, "Application").setAttribute("name", APPLICATION);

    List<String> columns = model.columns();
    Element dictionary = add(doc, pmml, "DataDictionary");
    dictionary.setAttribute("numberOfFields", Integer.toString(columns.size()));
    for (String c : columns) {
      continuousDouble(add(doc, dictionary, "DataField"), c);
    }

    Element clustering = add(doc, pmml, "ClusteringModel");
    clustering.setAttribute("modelName", modelName);
    clustering.setAttribute("functionName", "clustering");
    clustering.setAttribute("modelClass", "centerBased");
    clustering.setAttribute("numberOfClusters", Integer.toString(model.numClusters()));
    Element schema = add(doc, clustering, "MiningSchema");
    boolean fill = model.encoder().policy() == MissingValuePolicy.MEAN;
    double[] fillValues = model.encoder().fillValues();
    for (int j = 0; j < columns.size(); j++) {
      Element field = add(doc, schema, "MiningField");
      field.setAttribute("name", columns.get(j));
      if (fill) {
        field.setAttribute("missingValueReplacement", number(fillValues[j]));
        field.setAttribute("missingValueTreatment", "asMean");
      }
    }
    List<String> fields = clusteringFields();
    if (model.scaling().scaling() != Scaling.NONE) {
      transformations(doc, add(doc, clustering, "LocalTransformations"), fields);
    }
    Element comparison = add(doc, clustering, "ComparisonMeasure");
    comparison.setAttribute("kind", "distance");
    add(doc, comparison, measure.element());
    for (String f : fields) {
      Element field = add(doc, clustering, "ClusteringField");
      field.setAttribute("field", f);
      field.setAttribute("compareFunction", "absDiff");
    }
    double[][] centres = model.centres();
    for (int c = 0; c < centres.length; c++) {
      Element cluster = add(doc, clustering, "Cluster");
      cluster.setAttribute("id", model.labels().get(c));
      cluster.setAttribute("name", model.labels().get(c));
      if (clusterSizes != null) {
        cluster.setAttribute("size", Integer.toString(clusterSizes[c]));
      }
      Element array = add(doc, cluster, "Array");
      array.setAttribute("n", Integer.toString(centres[c].length));
      array.setAttribute("type", "real");
      StringBuilder values = new StringBuilder();
      for (double v : centres[c]) {
        values.append(values.length() == 0 ? "" : " ").append(number(v));
      }
      array.setTextContent(values.toString());
    }
    return doc;
  }

  private void transformations(Document doc, Element local, List<String> fields) {
    ColumnScaling scaling = model.scaling();
    double[] offsets = scaling.offsets();
    double[] divisors = scaling.divisors();
    for (int j = 0; j < fields.size(); j++) {
      Element derived = add(doc, local, "DerivedField");
      continuousDouble(derived, fields.get(j));
      if (divisors[j] > 0) {
        double upper = offsets[j] + divisors[j];
        if (!(upper > offsets[j])) {
          throw new IllegalArgumentException("column \"" + model.columns().get(j) + "\" varies too little (divisor "
              + divisors[j] + " at offset " + offsets[j] + ") to be written as a PMML NormContinuous");
        }
        Element norm = add(doc, derived, "NormContinuous");
        norm.setAttribute("field", model.columns().get(j));
        Element low = add(doc, norm, "LinearNorm");
        low.setAttribute("orig", number(offsets[j]));
        low.setAttribute("norm", "0");
        Element high = add(doc, norm, "LinearNorm");
        high.setAttribute("orig", number(upper));
        high.setAttribute("norm", number((upper - offsets[j]) / divisors[j]));
      } else {
        Element constant = add(doc, derived, "Constant");
        constant.setAttribute("dataType", "double");
        constant.setTextContent("0");
      }
    }
  }

  private static void continuousDouble(Element field, String name) {
    field.setAttribute("name", name);
    field.setAttribute("optype", "continuous");
    field.setAttribute("dataType", "double");
  }

  private static Element add(Document doc, Element parent, String name) {
    Element e = doc.createElementNS(NAMESPACE, name);
    if (parent == null) {
      doc.appendChild(e);
    } else {
      parent.appendChild(e);
    }
    return e;
  }

  /** Shortest round-trip decimal ("5.006", "1.0E-4"): valid xs:double, read back to the same double. */
  private static String number(double v) {
    return Double.toString(v);
  }

  /**
   * Writes the document as indented UTF-8 XML.
   *
   * @param out the stream (left open)
   * @throws IOException if writing fails
   */
  public void write(OutputStream out) throws IOException {
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      t.transform(new DOMSource(toDocument()), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IOException("the PMML document cannot be written: " + e.getMessage(), e);
    }
    out.flush();
  }

  /** @return the document as an XML string */
  public String toXml() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** @return the columns of a node's PMML output table: one String column {@value #TABLE_COLUMN} */
  public static List<OutputColumn> tableColumns() {
    return List.of(OutputColumn.ofString(TABLE_COLUMN, List.of()));
  }

  /**
   * A node's PMML output table (the k-Means learner's fourth output): one row holding {@link #toXml()} if the
   * PMML output is on, else no row (the columns stay the same).
   *
   * @param pmml the document, or null if the PMML output is off
   * @return the table
   */
  public static OutputTable table(ClusteringPmml pmml) {
    return pmml == null ? OutputTable.empty(tableColumns())
        : new OutputTable(tableColumns(), List.<Object[]>of(new Object[] {pmml.toXml()}));
  }
}
