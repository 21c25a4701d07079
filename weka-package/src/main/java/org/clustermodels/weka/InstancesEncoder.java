package org.clustermodels.weka;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Tag;

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
 *   <li>missing values (Weka stores a missing value as NaN, so a {@code NaN} read from a file or set through the
 *       API is a missing value), by the policy {@link #TAGS_MISSING}:
 *     <ul>
 *       <li>{@code impute} (the default): replaced as Weka's {@code ReplaceMissingValues} filter does, a numeric
 *           or date value by the attribute's weighted mean over the training rows, a nominal value by its
 *           weighted mode (ties to the first declared value). An attribute with no value in any training row is
 *           rejected.</li>
 *       <li>{@code skip}: training rows with a missing value in any encoded attribute (the class does not count)
 *           are left out of training, and the means and modes are computed over the rows kept. A new row with a
 *           missing value is still clustered: its missing values are replaced by those means and modes of the
 *           rows kept. If every row has a missing value, training fails.</li>
 *       <li>{@code absent}: a missing value means the item is not there: 0 in a numeric column, 0 in every one-hot
 *           column of a nominal attribute. This is how Weka's market-basket files mark what a basket lacks (items
 *           declared {@code {t}}, {@code ?} where the basket has none, as Apriori reads them), so each item
 *           becomes one 0/1 column {@code item=t} for the Jaccard or Hamming metric. Every row is kept.</li>
 *     </ul></li>
 *   <li>an infinite value is rejected, naming the attribute (and the row, in training data).</li>
 * </ul>
 * String and relational attributes are rejected.
 */
public final class InstancesEncoder implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Tag id of the missing-value policy: replace a missing value by the training mean or mode. */
  public static final int MISSING_IMPUTE = 0;
  /** Tag id of the missing-value policy: leave training rows with a missing value out. */
  public static final int MISSING_SKIP = 1;
  /** Tag id of the missing-value policy: a missing value is an absent item (0 in its columns). */
  public static final int MISSING_ABSENT = 2;
  /** The missing-value policies (lower-case names: Weka's option parser refuses upper case). */
  public static final Tag[] TAGS_MISSING = {
    new Tag(MISSING_IMPUTE, "impute"),
    new Tag(MISSING_SKIP, "skip"),
    new Tag(MISSING_ABSENT, "absent"),
  };

  /** The option's description, the same for every clusterer of this package. */
  static final String MISSING_TIP = "impute (default): a missing value (NaN) is replaced by the training mean "
      + "(numeric, date) or mode (nominal); skip: training instances with a missing value are left out, and a new "
      + "instance's missing values are replaced by the mean or mode of the instances kept; absent: a missing value "
      + "means the item is not there (0 in its column, 0 in every one-hot column of a nominal attribute), as in "
      + "market-basket files whose items are declared {t} with ? for an absent item.";
  /** The option's synopsis. */
  static final String MISSING_SYNOPSIS = "-missing <impute|skip|absent>";

  private final int numAttributes;
  private final int[] attributes;
  private final boolean[] nominal;
  private final int[] firstColumn;
  private final double[] fill;
  private final String[] columnNames;
  private final int missing;

  private InstancesEncoder(int numAttributes, int[] attributes, boolean[] nominal, int[] firstColumn,
      double[] fill, String[] columnNames, int missing) {
    this.numAttributes = numAttributes;
    this.attributes = attributes;
    this.nominal = nominal;
    this.firstColumn = firstColumn;
    this.fill = fill;
    this.columnNames = columnNames;
    this.missing = missing;
  }

  /**
   * The training rows as the core reads them: the fitted encoder, the encoded rows kept by the missing-value
   * policy, their weights and which input rows they are. Immutable (the accessors copy).
   */
  public static final class Training {
    private final InstancesEncoder encoder;
    private final DenseMatrix matrix;
    private final double[] weights;
    private final int[] rows;
    private final int inputRows;

    private Training(InstancesEncoder encoder, DenseMatrix matrix, double[] weights, int[] rows, int inputRows) {
      this.encoder = encoder;
      this.matrix = matrix;
      this.weights = weights;
      this.rows = rows;
      this.inputRows = inputRows;
    }

    /** @return the encoder fitted to the kept rows */
    public InstancesEncoder encoder() {
      return encoder;
    }

    /** @return the kept rows, encoded (original units, no scaling) */
    public DenseMatrix matrix() {
      return matrix;
    }

    /** @return a copy of the kept rows' instance weights */
    public double[] weights() {
      return weights.clone();
    }

    /** @return a copy of the 0-based input indices of the kept rows, ascending */
    public int[] rows() {
      return rows.clone();
    }

    /** @return the number of input rows left out (always 0 under {@code impute}) */
    public int skipped() {
      return inputRows - rows.length;
    }
  }

  /**
   * Fits the encoding with the {@code impute} policy; see {@link #fit(Instances, int)}.
   *
   * @param data training rows with at least one row; its class attribute, if set, is ignored
   * @return the encoder
   */
  public static InstancesEncoder fit(Instances data) {
    return fit(data, MISSING_IMPUTE);
  }

  /**
   * Fits the encoding (which attributes, which columns, the fill-in values) to training data.
   *
   * @param data training rows with at least one row; its class attribute, if set, is ignored
   * @param missing {@link #MISSING_IMPUTE}, {@link #MISSING_SKIP} or {@link #MISSING_ABSENT}
   * @return the encoder
   * @throws IllegalArgumentException for a string or relational attribute, for no rows, for no usable attribute,
   *     for an infinite value (naming the row and attribute), under {@code impute} for an attribute whose every
   *     value is missing (naming it), under {@code skip} when every row has a missing value
   */
  public static InstancesEncoder fit(Instances data, int missing) {
    if (missing != MISSING_IMPUTE && missing != MISSING_SKIP && missing != MISSING_ABSENT) {
      throw new IllegalArgumentException("unknown missing-value policy id " + missing);
    }
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
    for (int u = 0; u < m; u++) {
      attributes[u] = used.get(u);
    }
    boolean[] nominal = new boolean[m];
    int[] firstColumn = new int[m];
    List<String> names = new ArrayList<>();
    for (int u = 0; u < m; u++) {
      Attribute att = data.attribute(attributes[u]);
      nominal[u] = att.isNominal();
      firstColumn[u] = names.size();
      if (nominal[u]) {
        for (int v = 0; v < att.numValues(); v++) {
          names.add(att.name() + "=" + att.value(v));
        }
      } else {
        names.add(att.name());
      }
    }
    double[] fill = fillValues(data, attributes, nominal, missing);
    return new InstancesEncoder(data.numAttributes(), attributes, nominal, firstColumn, fill,
        names.toArray(new String[0]), missing);
  }

  /**
   * Fits the encoding to training data and encodes the rows the missing-value policy keeps.
   *
   * @param data training rows; its class attribute, if set, is ignored
   * @param missing {@link #MISSING_IMPUTE} or {@link #MISSING_SKIP}
   * @return the encoder, the kept rows encoded, their weights and indices
   * @throws IllegalArgumentException as {@link #fit(Instances, int)}
   */
  public static Training train(Instances data, int missing) {
    InstancesEncoder encoder = fit(data, missing);
    int n = data.numInstances();
    int[] rows = new int[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (encoder.keeps(data.instance(i))) {
        rows[kept++] = i;
      }
    }
    rows = Arrays.copyOf(rows, kept);
    int d = encoder.columns();
    double[] values = new double[kept * d];
    double[] weights = new double[kept];
    for (int r = 0; r < kept; r++) {
      Instance row = data.instance(rows[r]);
      encoder.encodeInto(row, values, r * d);
      weights[r] = row.weight();
    }
    return new Training(encoder, DenseMatrix.ofRowMajor(kept, d, values), weights, rows, n);
  }

  /**
   * The fill value of every clustered attribute from ONE pass over the instances (each instance object read
   * once, not once per attribute): the weighted mean of a numeric or date attribute, the index of the weighted
   * mode of a nominal one (the first among equals), over the instances training keeps. Checks on the way that no
   * value is infinite, that training keeps an instance and that every attribute has a value.
   */
  private static double[] fillValues(Instances data, int[] attributes, boolean[] nominal, int missing) {
    int n = data.numInstances();
    int m = attributes.length;
    double[] sum = new double[m];
    double[] weight = new double[m];
    boolean[] any = new boolean[m];
    double[][] counts = new double[m][];
    for (int u = 0; u < m; u++) {
      counts[u] = nominal[u] ? new double[data.attribute(attributes[u]).numValues()] : null;
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      Instance row = data.instance(i);
      for (int a : attributes) {
        if (Double.isInfinite(row.value(a))) {
          throw new IllegalArgumentException("instance " + i + " (counting from 0), attribute '"
              + data.attribute(a).name() + "': value " + row.value(a) + " is not a finite number (a NaN is read "
              + "as a missing value; an infinite value cannot be clustered: remove the instance or the value)");
        }
      }
      if (missing == MISSING_SKIP && hasMissing(row, attributes)) {
        continue;
      }
      kept++;
      double w = row.weight();
      for (int u = 0; u < m; u++) {
        int a = attributes[u];
        if (row.isMissing(a)) {
          continue;
        }
        any[u] = true;
        if (nominal[u]) {
          counts[u][(int) row.value(a)] += w;
        } else {
          sum[u] += w * row.value(a);
          weight[u] += w;
        }
      }
    }
    if (kept == 0) {
      String allMissing = "";
      for (int a : attributes) {
        if (data.attributeStats(a).missingCount == n) {
          allMissing = " (attribute '" + data.attribute(a).name() + "' is missing in every instance)";
          break;
        }
      }
      throw new IllegalArgumentException("missing values: every one of the " + n + " instances has a missing "
          + "value" + allMissing + ", so -missing skip leaves nothing to train on; use -missing impute or remove "
          + "the attributes with missing values");
    }
    double[] fill = new double[m];
    if (missing == MISSING_ABSENT) { // nothing to impute: 0 for a number, no one-hot column for a nominal value
      for (int u = 0; u < m; u++) {
        fill[u] = nominal[u] ? ABSENT_NOMINAL : 0.0;
      }
      return fill;
    }
    for (int u = 0; u < m; u++) {
      String name = data.attribute(attributes[u]).name();
      if (nominal[u]) {
        if (!any[u]) {
          throw new IllegalArgumentException("attribute '" + name
              + "' has no value (all missing): nothing to impute from; remove the attribute");
        }
        int best = 0;
        for (int v = 1; v < counts[u].length; v++) {
          if (counts[u][v] > counts[u][best]) {
            best = v;
          }
        }
        fill[u] = best;
      } else {
        if (!(weight[u] > 0)) {
          throw new IllegalArgumentException("attribute '" + name
              + "' has no value (all missing or zero weight): nothing to impute from; remove the attribute");
        }
        fill[u] = sum[u] / weight[u];
      }
    }
    return fill;
  }

  /** The fill value of a nominal attribute under {@code absent}: no one-hot column is set. */
  private static final double ABSENT_NOMINAL = -1;

  private static boolean hasMissing(Instance row, int[] attributes) {
    for (int a : attributes) {
      if (row.isMissing(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @return the missing-value policy the encoder was fitted with: {@link #MISSING_IMPUTE}, {@link #MISSING_SKIP}
   *     or {@link #MISSING_ABSENT}
   */
  public int missingPolicy() {
    return missing;
  }

  /**
   * @param row a row with the training data's header
   * @return whether the policy trains on it: always under {@code impute} and {@code absent}, under {@code skip}
   *     only when no encoded attribute is missing
   */
  public boolean keeps(Instance row) {
    return missing != MISSING_SKIP || !hasMissing(row, attributes);
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
   *     (nominal); under {@code absent} 0 (numeric) or -1 (nominal: no one-hot column is set)
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

  private void encodeInto(Instance row, double[] out, int offset) {
    if (row.numAttributes() != numAttributes) {
      throw new IllegalArgumentException("the instance has " + row.numAttributes()
          + " attributes; the clusterer was trained on " + numAttributes);
    }
    for (int u = 0; u < attributes.length; u++) {
      int a = attributes[u];
      double v = row.isMissing(a) ? fill[u] : row.value(a);
      if (Double.isInfinite(v)) {
        throw new IllegalArgumentException("attribute '" + columnNames[firstColumn[u]] + "': value " + v
            + " is not a finite number; an infinite value cannot be clustered");
      }
      if (nominal[u]) {
        if (v >= 0) {
          out[offset + firstColumn[u] + (int) v] = 1.0;
        }
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
