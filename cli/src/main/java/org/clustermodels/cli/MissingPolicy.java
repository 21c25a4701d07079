package org.clustermodels.cli;

/** What to do with a missing value (empty cell, {@code ?}, {@code NA}, {@code NaN}) in a used column. */
public enum MissingPolicy {
  /** Stop with an error naming the row and column (the default). */
  FAIL,
  /** Leave the row out of the clustering; its label is reported as missing. */
  SKIP_ROW,
  /** Replace the value by the mean of the column's non-missing values. */
  MEAN;

  /** Option words: {@code fail}, {@code skip-row}, {@code mean}. */
  public static final class Converter extends TokenConverter<MissingPolicy> {
    /** Creates the converter. */
    public Converter() {
      add("fail", FAIL).add("skip-row", SKIP_ROW).add("mean", MEAN);
    }
  }
}
