package org.clustermodels.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens an input file (UTF-8) as a {@link Table}: ARFF if the name ends with {@code .arff} (any case) or the
 * first line that is neither blank nor a {@code %} comment starts with {@code @relation}; CSV otherwise.
 */
final class TableReader {
  private TableReader() {
  }

  /**
   * @param file the file
   * @return the table, without the text of non-numeric columns
   * @throws CliException naming the file if it cannot be read or is malformed
   */
  static Table read(Path file) {
    return read(file, false);
  }

  /**
   * @param file the file
   * @param keepText whether to keep the text of the non-numeric columns (see {@link Table.Builder})
   * @return the table
   * @throws CliException naming the file if it cannot be read or is malformed
   */
  static Table read(Path file, boolean keepText) {
    return readText(file, (in, source) -> isArff(file) ? ArffTableReader.read(in, source, keepText)
        : CsvTableReader.read(in, source, keepText));
  }

  /** Parses an input file's text. */
  @FunctionalInterface
  interface TextParser<T> {
    /**
     * @param in the text, UTF-8 decoded; closed by the caller
     * @param source the file name, for messages
     * @return what the text holds
     * @throws IOException if reading fails
     */
    T parse(BufferedReader in, String source) throws IOException;
  }

  /**
   * Opens a UTF-8 input file and parses it, turning the ways a file cannot be read into messages.
   *
   * @param file the file
   * @param parser what reads it
   * @param <T> what the text holds
   * @return the parser's result
   * @throws CliException naming the file if it cannot be read, or as the parser throws it
   */
  static <T> T readText(Path file, TextParser<T> parser) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new CliException("input file '" + source + "' is a directory");
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parser.parse(in, source);
    } catch (NoSuchFileException e) {
      throw new CliException("input file '" + source + "' does not exist", e);
    } catch (AccessDeniedException e) {
      throw new CliException("cannot read input file '" + source + "': permission denied", e);
    } catch (CharacterCodingException e) {
      throw new CliException("cannot read input file '" + source + "': it is not UTF-8 text", e);
    } catch (IOException e) {
      throw new CliException("cannot read input file '" + source + "': " + e.getMessage(), e);
    }
  }

  private static boolean isArff(Path file) throws IOException {
    Path name = file.getFileName();
    if (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".arff")) {
      return true;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        String t = line.strip();
        if (t.startsWith("\uFEFF")) {
          t = t.substring(1).strip();
        }
        if (!t.isEmpty() && !t.startsWith("%")) {
          return t.regionMatches(true, 0, "@relation", 0, "@relation".length());
        }
      }
      return false;
    }
  }
}
