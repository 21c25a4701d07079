package org.clustermodels.knime.logic.hierarchy;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;

/**
 * Reads one stored setting and turns every failure (absent key, wrong type, unknown value, value out of range)
 * into a {@link SettingsException} that names the option as the dialog shows it and the key it is stored under.
 */
final class SettingsValues {
  private SettingsValues() {
  }

  /** A read that may fail with the reader's own exception or an {@link IllegalArgumentException}. */
  @FunctionalInterface
  interface Read<T> {
    T from(SettingsReader reader, String key) throws SettingsException;
  }

  /**
   * @param reader the settings
   * @param key the key
   * @param option the option's name in the dialog
   * @param read how to read and convert the value; an IllegalArgumentException means an invalid value
   * @return the value
   * @throws SettingsException "Option "NAME" (key "KEY"): WHAT"
   */
  static <T> T read(SettingsReader reader, String key, String option, Read<T> read) throws SettingsException {
    if (!reader.containsKey(key)) {
      throw new SettingsException(where(option, key) + "is missing from the settings");
    }
    try {
      return read.from(reader, key);
    } catch (SettingsException | IllegalArgumentException e) {
      throw new SettingsException(where(option, key) + e.getMessage(), e);
    }
  }

  /**
   * @param reader the settings
   * @param key the key of a string setting
   * @param option the option's name in the dialog
   * @param parse the enum's parser, throwing IllegalArgumentException (naming the allowed values) for an
   *     unknown id
   * @return the value
   * @throws SettingsException naming the option
   */
  static <E> E choice(SettingsReader reader, String key, String option, Function<String, E> parse)
      throws SettingsException {
    return read(reader, key, option, (r, k) -> {
      String id = r.getString(k);
      if (id == null) {
        throw new IllegalArgumentException("no value");
      }
      return parse.apply(id);
    });
  }

  /**
   * @param option the option's name in the dialog
   * @param key its key
   * @return the start of a message about it
   */
  static String where(String option, String key) {
    return "Option \"" + option + "\" (settings key \"" + key + "\"): ";
  }

  /**
   * @param value an enum constant
   * @return its frozen settings id: the constant's name in lower case
   */
  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param type the enum
   * @param id a stored id, any case
   * @return the constant
   * @throws IllegalArgumentException listing the allowed ids
   */
  static <E extends Enum<E>> E fromId(Class<E> type, String id) {
    for (E e : type.getEnumConstants()) {
      if (id(e).equalsIgnoreCase(id.strip())) {
        return e;
      }
    }
    throw new IllegalArgumentException("\"" + id + "\" is unknown; allowed: " + Arrays.stream(type.getEnumConstants())
        .map(SettingsValues::id).collect(Collectors.joining(", ")));
  }
}
