package org.clustermodels.weka;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Turns Weka {@link Instances} into the core's {@link DenseMatrix}, the same way for the training data and for
 * every later row. Fitted once on the training data; serializable, so a saved model encodes new rows exactly as
 * it encoded the training rows. Shared by all clusterers of this package.
 *
 * <p>The encoding:
 * <ul>
 *   <li>numeric and date attributes: one column holding the value (a date is Weka's number, milliseconds since
 *       1970-01-01 UTC);</li>
 *   <li>nominal attributes: one-hot, one column per declared value ({@code 1} for the row's value, {@code 0}
 *       elsewhere), named {@code attribute=value};</li>
 *   <li>the class attribute of the training data, if one is set, is ignored (never encoded);</li>
 *   <li>missing values are replaced as Weka's {@code ReplaceMissingValues} filter does: a numeric or date value by
 *       the attribute's weighted mean over the training rows, a nominal value by its weighted mode (ties to the
 *       first declared value). An attribute with no value in any training row is rejected.</li>
 * </ul>
 * String and relational attributes are rejected.
 */
public final class InstancesEncoder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int numAttributes;
  private final int[] attributes;
  private final boolean[] nominal;
  private final int[] firstColumn;
  private final double[] fill;
  private final String[] columnNames;

  private InstancesEncoder(int numAttributes, int[] attributes, boolean[] nominal, int[] firstColumn,
      double[] fill, String[] columnNames) {
    this.numAttributes = numAttributes;
    this.attributes = attributes;
    this.nominal = nominal;
    this.firstColumn = firstColumn;
    this.fill = fill;
    this.columnNames = columnNames;
  }

  /**
   * Fits the encoding (which attributes, which columns, the fill-in values) to training data.
   *
   * @param data training rows with at least one row; its class attribute, if set, is ignored
   * @return the encoder
   * @throws IllegalArgumentException for a string or relational attribute, for no rows, for no usable attribute,
   *     or for an attribute whose every value is missing, naming the attribute
   */
  public static InstancesEncoder fit(Instances data) {
    if (data.numInstances() == 0) {
      throw new IllegalArgumentException("the data has no instances");
    }
    List<Integer> used = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a == data.classIndex()) {
        continue;
      }
      Attribute att = data.attribute(a);
      if (!att.isNumeric() && !att.isNominal()) {
        throw new IllegalArgumentException("attribute '" + att.name() + "' is " + Attribute.typeToString(att)
            + "; only numeric, date and nominal attributes can be clustered (remove it or convert it)");
      }
      used.add(a);
    }
    if (used.isEmpty()) {
      throw new IllegalArgumentException("the data has no attribute to cluster on (besides the class)");
    }
    int m = used.size();
    int[] attributes = new int[m];
    boolean[] nominal = new boolean[m];
    int[] firstColumn = new int[m];
    double[] fill = new double[m];
    List<String> names = new ArrayList<>();
    for (int u = 0; u < m; u++) {
      int a = used.get(u);
      Attribute att = data.attribute(a);
      attributes[u] = a;
      nominal[u] = att.isNominal();
      firstColumn[u] = names.size();
      if (nominal[u]) {
        for (int v = 0; v < att.numValues(); v++) {
          names.add(att.name() + "=" + att.value(v));
        }
        fill[u] = weightedMode(data, a, att);
      } else {
        names.add(att.name());
        fill[u] = weightedMean(data, a, att);
      }
    }
    return new InstancesEncoder(data.numAttributes(), attributes, nominal, firstColumn, fill,
        names.toArray(new String[0]));
  }

  private static double weightedMean(Instances data, int a, Attribute att) {
    double sum = 0;
    double weight = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance row = data.instance(i);
      if (!row.isMissing(a)) {
        sum += row.weight() * row.value(a);
        weight += row.weight();
      }
    }
    if (!(weight > 0)) {
      throw new IllegalArgumentException("attribute '" + att.name()
          + "' has no value (all missing or zero weight): nothing to impute from; remove the attribute");
    }
    return sum / weight;
  }

  private static double weightedMode(Instances data, int a, Attribute att) {
    double[] counts = new double[att.numValues()];
    boolean any = false;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance row = data.instance(i);
      if (!row.isMissing(a)) {
        counts[(int) row.value(a)] += row.weight();
        any = true;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("attribute '" + att.name()
          + "' has no value (all missing): nothing to impute from; remove the attribute");
    }
    int best = 0;
    for (int v = 1; v < counts.length; v++) {
      if (counts[v] > counts[best]) {
        best = v;
      }
    }
    return best;
  }

  /** @return the number of matrix columns a row is encoded into */
  public int columns() {
    return columnNames.length;
  }

  /** @return a copy of the column names: the attribute name, or {@code attribute=value} for one-hot columns */
  public String[] columnNames() {
    return columnNames.clone();
  }

  /** @return a copy of the 0-based indices of the encoded attributes, in column order */
  public int[] attributeIndices() {
    return attributes.clone();
  }

  /**
   * @param attribute the index of an encoded attribute
   * @return the value a missing value is replaced by: the mean (numeric, date) or the mode's value index
   *     (nominal)
   */
  public double fillValue(int attribute) {
    for (int u = 0; u < attributes.length; u++) {
      if (attributes[u] == attribute) {
        return fill[u];
      }
    }
    throw new IllegalArgumentException("attribute " + attribute + " is not encoded (class attribute or absent)");
  }

  /**
   * Encodes all rows.
   *
   * @param data rows with the training data's header
   * @return one matrix row per instance
   */
  public DenseMatrix encode(Instances data) {
    int n = data.numInstances();
    int d = columns();
    double[] values = new double[n * d];
    for (int i = 0; i < n; i++) {
      encodeInto(data.instance(i), values, i * d);
    }
    return DenseMatrix.ofRowMajor(n, d, values);
  }

  /**
   * Encodes one row.
   *
   * @param row a row with the training data's header
   * @return its {@link #columns()} values
   */
  public double[] encode(Instance row) {
    double[] values = new double[columns()];
    encodeInto(row, values, 0);
    return values;
  }

  /**
   * @param data rows
   * @return their instance weights
   */
  public static double[] weights(Instances data) {
    double[] w = new double[data.numInstances()];
    for (int i = 0; i < w.length; i++) {
      w[i] = data.instance(i).weight();
    }
    return w;
  }

  private void encodeInto(Instance row, double[] out, int offset) {
    if (row.numAttributes() != numAttributes) {
      throw new IllegalArgumentException("the instance has " + row.numAttributes()
          + " attributes; the clusterer was trained on " + numAttributes);
    }
    for (int u = 0; u < attributes.length; u++) {
      int a = attributes[u];
      double v = row.isMissing(a) ? fill[u] : row.value(a);
      if (nominal[u]) {
        out[offset + firstColumn[u] + (int) v] = 1.0;
      } else {
        out[offset + firstColumn[u]] = v;
      }
    }
  }

  /**
   * @param data instances, possibly with a class attribute
   * @return the data itself when it has no class, else a copy without the class attribute (for the capabilities
   *     test: the class is ignored, whatever its type)
   */
  static Instances withoutClass(Instances data) {
    if (data.classIndex() < 0) {
      return data;
    }
    Instances copy = new Instances(data);
    int c = copy.classIndex();
    copy.setClassIndex(-1);
    copy.deleteAttributeAt(c);
    return copy;
  }

  /**
   * @param result a clusterer's capabilities, to be overwritten
   * @return them, restricted to what the encoder takes: numeric, date and nominal attributes, missing values, no
   *     class (a class attribute is ignored), at least two instances
   */
  static Capabilities restrict(Capabilities result) {
    result.disableAll();
    result.enable(Capability.NO_CLASS);
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.setMinimumNumberInstances(2);
    return result;
  }
}
