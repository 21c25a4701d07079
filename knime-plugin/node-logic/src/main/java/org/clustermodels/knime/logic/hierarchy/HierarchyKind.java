package org.clustermodels.knime.logic.hierarchy;

/** Which node built a dendrogram model. The ids are frozen model-content values. */
public enum HierarchyKind {
  /** The hierarchical (agglomerative) clustering node. */
  AGGLOMERATIVE,
  /** The divisive clustering node. */
  DIVISIVE;

  /** @return the frozen id, "agglomerative" or "divisive" */
  public String id() {
    return SettingsValues.id(this);
  }

  /**
   * @param id a stored id, any case
   * @return the kind
   * @throws IllegalArgumentException naming the allowed values
   */
  public static HierarchyKind fromId(String id) {
    return SettingsValues.fromId(HierarchyKind.class, id);
  }
}
