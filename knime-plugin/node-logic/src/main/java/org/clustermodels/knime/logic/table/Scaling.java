package org.clustermodels.knime.logic.table;

import org.clustermodels.core.data.Standardization;

/**
 * The column scaling a node fits before clustering (an option of every clustering node). The stored setting is the
 * {@link #id()}; the ids are frozen. The fitted scaling becomes part of the model, so new rows are scaled the same
 * way, and distances are measured in the scaled space.
 */
public enum Scaling implements Choice {
  /** The values as they are. */
  NONE("none", "None", Standardization.NONE, ""),
  /** Subtract the column mean, divide by the population standard deviation; a constant column becomes 0. */
  ZSCORE("zscore", "Z-score (mean 0, standard deviation 1)", Standardization.ZSCORE, "z-score units"),
  /** Map the column's minimum to 0 and its maximum to 1; a constant column becomes 0. */
  MINMAX("minmax", "Min-max (0 to 1)", Standardization.MINMAX, "min-max units");

  private final String id;
  private final String label;
  private final Standardization standardization;
  private final String units;

  Scaling(String id, String label, Standardization standardization, String units) {
    this.id = id;
    this.label = label;
    this.standardization = standardization;
    this.units = units;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  /** @return the core's standardisation */
  public Standardization standardization() {
    return standardization;
  }

  /**
   * @return the units of a value measured in the scaled space, for output column names, e.g. "z-score units";
   *     empty for {@link #NONE}
   */
  public String units() {
    return units;
  }

  /**
   * @param standardization a core standardisation
   * @return the scaling that stands for it
   */
  public static Scaling of(Standardization standardization) {
    for (Scaling s : values()) {
      if (s.standardization == standardization) {
        return s;
      }
    }
    throw new IllegalArgumentException("no scaling for " + standardization);
  }
}
