package org.clustermodels.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.clustermodels.core.render.Plot;

/**
 * Writes output files all-or-nothing: each file is first written completely to a hidden temporary file in its
 * target's directory, and only when all of them are written are they renamed into place (atomically where the
 * file system can). If anything fails before that, the temporary files are deleted and no target is created
 * or changed. Temporary files are also deleted if the JVM is stopped (Ctrl-C) before the rename.
 */
public final class OutputFiles {

  /** Content of one file. */
  @FunctionalInterface
  public interface Content {
    /**
     * @param out where to write; buffered, closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** Content of one binary file, e.g. an image. */
  @FunctionalInterface
  public interface BinaryContent {
    /**
     * @param out where to write; buffered, closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private record Entry(String option, Path target, BinaryContent content) {
  }

  private final List<Entry> entries = new ArrayList<>();

  /**
   * @param option the option that named the file, for messages
   * @param target the file
   * @param content its content
   * @return this
   */
  public OutputFiles add(String option, Path target, Content content) {
    return addBinary(option, target, out -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      content.writeTo(w);
      w.flush();
    });
  }

  /**
   * @param option the option that named the file, for messages
   * @param target the file
   * @param content its bytes
   * @return this
   */
  public OutputFiles addBinary(String option, Path target, BinaryContent content) {
    entries.add(new Entry(option, target, content));
    return this;
  }

  /**
   * Adds a picture, as SVG if the file name ends in {@code .svg} (any case), else as PNG.
   *
   * @param option the option that named the file, for messages
   * @param target the file, checked with {@link #requirePicture}
   * @param plot the picture
   * @return this
   */
  public OutputFiles addPicture(String option, Path target, Plot plot) {
    boolean svg = hasExtension(target, ".svg");
    return addBinary(option, target, svg ? plot::writeSvg : plot::writePng);
  }

  /**
   * Writes all files and the JSON result: into the file of {@code -o} together with the others, or, without
   * {@code -o}, to stdout once the others are in place.
   *
   * @param json the result
   * @param output the {@code -o} file, or null for stdout
   * @param out stdout
   * @throws CliException naming the option and file if one cannot be written
   * @throws IOException if stdout cannot be written
   */
  public void commitWithJson(JsonNode json, Path output, Writer out) throws IOException {
    if (output != null) {
      add("-o", output, w -> JsonOutput.write(json, w));
    }
    commit();
    if (output == null) {
      JsonOutput.write(json, out);
    }
  }

  /**
   * Writes all files, then moves them into place.
   *
   * @throws CliException naming the option and file if one cannot be written
   */
  public void commit() {
    List<Path> temps = new ArrayList<>();
    try {
      for (Entry e : entries) {
        Path target = e.target.toAbsolutePath().normalize();
        Path temp;
        try {
          temp = createTemp(target);
        } catch (IOException ex) {
          throw new CliException(e.option + ": cannot create a file next to '" + e.target + "': " + describe(ex), ex);
        }
        temps.add(temp);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
          e.content.writeTo(out);
        } catch (IOException ex) {
          throw new CliException(e.option + ": cannot write '" + e.target + "': " + describe(ex), ex);
        }
      }
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        try {
          move(temps.get(i), e.target.toAbsolutePath().normalize());
        } catch (IOException ex) {
          throw new CliException(e.option + ": cannot write '" + e.target + "': " + describe(ex), ex);
        }
      }
      temps.clear();
    } finally {
      for (Path t : temps) {
        try {
          Files.deleteIfExists(t);
        } catch (IOException ignored) {
          // deleteOnExit is still registered
        }
      }
    }
  }

  private static Path createTemp(Path target) throws IOException {
    Path dir = target.getParent();
    for (int attempt = 0; ; attempt++) {
      // createFile (not createTempFile) so that the file gets the usual permissions (umask), not 0600
      Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current()
          .nextLong() & Long.MAX_VALUE) + ".tmp");
      try {
        Files.createFile(temp);
        temp.toFile().deleteOnExit();
        return temp;
      } catch (FileAlreadyExistsException ex) {
        if (attempt > 100) {
          throw ex;
        }
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException ex) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static String describe(IOException ex) {
    String name = ex.getClass().getSimpleName().replace("Exception", "");
    return ex.getMessage() == null ? name : name + " " + ex.getMessage();
  }

  /**
   * Checks that a file name ends in one of the extensions (any case), which choose the format written.
   *
   * @param option the option that named the file, for messages
   * @param file the file, or null (then nothing is checked)
   * @param extensions e.g. ".png", ".svg"
   * @throws CliException naming the option, the file and the extensions
   */
  static void requireExtension(String option, Path file, String... extensions) {
    if (file == null) {
      return;
    }
    for (String ext : extensions) {
      if (hasExtension(file, ext)) {
        return;
      }
    }
    throw new CliException(option + ": '" + file + "' must end in " + String.join(" or ", extensions)
        + " (the format written)");
  }

  /**
   * Checks that a picture's file name ends in {@code .png} or {@code .svg}.
   *
   * @param option the option that named the file, for messages
   * @param file the file, or null
   * @throws CliException naming the option and the file
   */
  static void requirePicture(String option, Path file) {
    requireExtension(option, file, ".png", ".svg");
  }

  /**
   * @param file a file
   * @param extension e.g. ".json"
   * @return whether its name ends in the extension, in any case
   */
  static boolean hasExtension(Path file, String extension) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(extension);
  }

  /**
   * Checks before any work that every output file can be written, is not the input and is named once.
   *
   * @param input the input file
   * @param targets the files by the option that names them, in option order; null values are skipped
   * @throws CliException naming the option and file
   */
  static void checkTargets(Path input, Map<String, Path> targets) {
    List<Map.Entry<String, Path>> given = new ArrayList<>();
    for (Map.Entry<String, Path> e : targets.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      checkTarget(e.getKey(), e.getValue(), input);
      Path abs = e.getValue().toAbsolutePath().normalize();
      for (Map.Entry<String, Path> earlier : given) {
        if (earlier.getValue().toAbsolutePath().normalize().equals(abs)) {
          throw new CliException(earlier.getKey() + " and " + e.getKey() + " name the same file '"
              + earlier.getValue() + "'");
        }
      }
      given.add(e);
    }
  }

  /**
   * Checks that a file can be created or replaced and is not the input.
   *
   * @param option the option, for messages
   * @param target the file
   * @param input the input file, or null
   * @throws CliException naming the option and file
   */
  static void checkTarget(String option, Path target, Path input) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.isDirectory(abs)) {
      throw new CliException(option + ": '" + target + "' is a directory");
    }
    Path dir = abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(option + ": the directory of '" + target + "' does not exist");
    }
    if (!Files.isWritable(dir)) {
      throw new CliException(option + ": cannot write to the directory of '" + target + "'");
    }
    if (input != null) {
      boolean same = abs.equals(input.toAbsolutePath().normalize());
      try {
        same |= Files.exists(abs) && Files.exists(input) && Files.isSameFile(abs, input);
      } catch (IOException ignored) {
        // treat as different
      }
      if (same) {
        throw new CliException(option + ": '" + target + "' is the input file");
      }
    }
  }
}
