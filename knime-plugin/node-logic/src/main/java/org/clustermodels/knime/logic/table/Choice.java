package org.clustermodels.knime.logic.table;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.clustermodels.knime.logic.settings.SettingsException;

/**
 * One value of a node option that offers a fixed list (an enum): its frozen settings value and the text the dialog
 * shows. The stored value is the {@link #id()}, never the enum constant's name, so constants can be renamed
 * without breaking saved workflows.
 */
public interface Choice {
  /** @return the frozen settings value, lower case */
  String id();

  /** @return the text shown in the dialog */
  String label();

  /**
   * Finds a choice by its settings value (any case, surrounding blanks ignored).
   *
   * @param <E> the enum of the choices
   * @param values all choices, e.g. {@code Scaling.values()}
   * @param id a stored settings value
   * @param option the option's name for the message, e.g. "scaling"
   * @return the choice
   * @throws SettingsException naming the option, the value and the allowed values
   */
  static <E extends Enum<E> & Choice> E fromId(E[] values, String id, String option) throws SettingsException {
    String wanted = id == null ? null : id.strip().toLowerCase(Locale.ROOT);
    for (E e : values) {
      if (e.id().equals(wanted)) {
        return e;
      }
    }
    throw new SettingsException("Option \"" + option + "\": the value \"" + id + "\" is unknown; allowed: "
        + Arrays.stream(values).map(Choice::id).collect(Collectors.joining(", ")));
  }
}
