package org.clustermodels.cli;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a fixed set of lower-case option words (such as {@code kmeans++} or {@code skip-row}) to values, and
 * lists the words for the help text ({@code ${COMPLETION-CANDIDATES}}). Matching ignores case. Subclasses need
 * a public no-argument constructor, as picocli instantiates them.
 *
 * @param <T> the value type
 */
public abstract class TokenConverter<T> implements ITypeConverter<T>, Iterable<String> {
  private final Map<String, T> values = new LinkedHashMap<>();

  /**
   * Adds a word.
   *
   * @param token the word, lower case
   * @param value its value
   * @return this
   */
  protected final TokenConverter<T> add(String token, T value) {
    values.put(token, value);
    return this;
  }

  @Override
  public T convert(String value) {
    T t = values.get(value.trim().toLowerCase(Locale.ROOT));
    if (t == null) {
      throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", values.keySet()));
    }
    return t;
  }

  /**
   * @param value a value
   * @return its word
   * @throws IllegalArgumentException if the value has no word
   */
  public final String token(T value) {
    for (Map.Entry<String, T> e : values.entrySet()) {
      if (e.getValue().equals(value)) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("no option word for " + value);
  }

  @Override
  public Iterator<String> iterator() {
    return values.keySet().iterator();
  }
}
