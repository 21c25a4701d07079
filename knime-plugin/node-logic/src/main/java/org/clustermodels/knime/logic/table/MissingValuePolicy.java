package org.clustermodels.knime.logic.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a node does with a missing value in one of its selected columns. The glue reads a missing cell (and a
 * NaN double) as missing. The stored setting is the {@link #id()}; the ids are frozen.
 */
public enum MissingValuePolicy implements Choice {
  /**
   * The row is left out of training; in the output table its cluster and distance cells are missing. A new row
   * with a missing value (cluster assigner) is not assigned either. The node warns with the number of rows left
   * out; it fails if no row is left.
   */
  SKIP_ROWS("skip", "Skip rows with missing values"),
  /**
   * A missing value is replaced by the mean of its column over the training rows that have a value there; a new
   * row's missing values are replaced by the same training means (stored in the model). A column without any
   * value is an error.
   */
  MEAN("mean", "Replace by the column mean"),
  /** The node fails, naming the first row (by its row key) and column with a missing value. */
  FAIL("fail", "Fail");

  private final String id;
  private final String label;

  MissingValuePolicy(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * @param id a stored settings value
   * @return the policy
   * @throws IllegalArgumentException naming the allowed values (settings loaders use
   *     {@link Choice#fromId(Enum[], String, String)}, which names the option)
   */
  public static MissingValuePolicy fromId(String id) {
    for (MissingValuePolicy p : values()) {
      if (p.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException("missing-value policy \"" + id + "\" is unknown; allowed: "
        + Arrays.stream(values()).map(MissingValuePolicy::id).collect(Collectors.joining(", ")));
  }
}
