package org.clustermodels.cli;

import org.clustermodels.core.data.Standardization;
import picocli.CommandLine.Option;

/** The column scaling option shared by the clustering commands. Picocli mixin. */
public final class ScalingOptions {

  @Option(names = "--standardize", paramLabel = "METHOD", defaultValue = "none",
      converter = Choices.Scaling.class, completionCandidates = Choices.Scaling.class,
      description = "Column scaling before clustering: ${COMPLETION-CANDIDATES} (zscore: population standard "
          + "deviation; a constant column becomes 0). Default: ${DEFAULT-VALUE}.")
  Standardization standardization = Standardization.NONE;

  /** @return {@code ""} for no scaling, else e.g. {@code ", zscore"}, for titles */
  public String describe() {
    return standardization == Standardization.NONE ? "" : ", " + new Choices.Scaling().token(standardization);
  }

  /** @return the chosen scaling */
  public Standardization standardization() {
    return standardization;
  }
}
