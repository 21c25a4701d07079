package org.knime.core.node.util.filter;

/** Stand-in for KNIME's NameFilterConfiguration; only its nested {@link FilterResult} is used. */
public class NameFilterConfiguration {
  /** @param configRootName the settings key */
  public NameFilterConfiguration(final String configRootName) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Stand-in for the included and excluded names of a filter applied to a spec. */
  public static class FilterResult {
    private FilterResult() {
      throw new UnsupportedOperationException("stand-in");
    }

    /** @return the included names, in spec order */
    public String[] getIncludes() {
      throw new UnsupportedOperationException("stand-in");
    }

    /** @return the excluded names, in spec order */
    public String[] getExcludes() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}
