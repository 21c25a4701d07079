package org.clustermodels.core.data;

/** How columns are scaled before clustering. The fitted scaling is kept in the model as a {@link Scaler}. */
public enum Standardization {
  /** Use the values as they are. */
  NONE,
  /**
   * Subtract the column mean and divide by the population standard deviation (divisor n, as scikit-learn's
   * {@code StandardScaler}); a constant column becomes 0, never NaN.
   */
  ZSCORE,
  /** Map the column's minimum to 0 and its maximum to 1; a constant column becomes 0. */
  MINMAX
}
