package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process with captured stdout and stderr. */
final class CliRun {
  static final ObjectMapper JSON = new ObjectMapper();

  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Runs a command on bad input and checks the contract: exit 2, nothing on stdout, exactly one line
   * {@code clustermodels: error: ...} on stderr, and no file (output or temporary) in the output directory.
   *
   * @param dir the directory of every output file the arguments name
   * @param args the command line
   * @return the error line
   * @throws IOException if the directory cannot be listed
   */
  static String badInput(Path dir, String... args) throws IOException {
    CliRun r = run(args);
    assertEquals(r.toString(), Main.EXIT_BAD_INPUT, r.code);
    assertEquals(r.toString(), "", r.out);
    assertEquals(r.toString(), 1, r.errLines().length);
    String line = r.errLines()[0];
    assertTrue(line, line.startsWith("clustermodels: error: ") && !line.contains("error: Error"));
    assertEquals("no output file, no temporary file", List.of(), KMeansCommandTest.listing(dir));
    return line;
  }

  JsonNode json() {
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException("stdout is not JSON: " + out + "\nstderr: " + err, e);
    }
  }

  /** @return stderr's lines */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }

  @Override
  public String toString() {
    return "exit " + code + "\nstdout: " + out + "\nstderr: " + err;
  }

  /**
   * @param name a test resource, e.g. "/iris.csv" (the bundled data folder)
   * @return its file path
   */
  static Path resource(String name) {
    try {
      return Paths.get(CliRun.class.getResource(name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource " + name + " not found", e);
    }
  }

  static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
