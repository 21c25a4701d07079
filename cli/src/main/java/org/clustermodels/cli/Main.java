package org.clustermodels.cli;

import java.io.PrintWriter;
import org.clustermodels.core.progress.CancelledException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of {@code clustermodels}. Exit codes: {@value #EXIT_OK} success; {@value #EXIT_BAD_INPUT} bad
 * usage or bad input, with one line {@code clustermodels: error: <message>} on stderr; {@value #EXIT_INTERNAL}
 * an internal error (a bug: message and stack trace on stderr).
 */
public final class Main {
  /** Success. */
  public static final int EXIT_OK = 0;
  /** An internal error. */
  public static final int EXIT_INTERNAL = 1;
  /** Bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // pictures are drawn off-screen, never shown
    }
  }

  private Main() {
  }

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = newCommandLine().execute(args);
    System.out.flush();
    System.exit(code);
  }

  /**
   * The configured command line, for {@link #main} and for tests (which set their own out and err writers).
   *
   * @return a new command line
   */
  public static CommandLine newCommandLine() {
    CommandLine cl = new CommandLine(new ClusterModelsCommand());
    cl.setParameterExceptionHandler(Main::onParameterError);
    cl.setExecutionExceptionHandler(Main::onExecutionError);
    return cl;
  }

  private static int onParameterError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String help = cmd.getCommandSpec().qualifiedName() + " --help";
    String message = ex.getMessage().replaceFirst("^Error: ", ""); // as picocli words an argument group's errors
    if (ex instanceof UnmatchedArgumentException u && cmd.getParent() == null && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + u.getUnmatched().get(0) + "'; the commands are "
          + String.join(", ", cmd.getSubcommands().keySet());
    }
    error(cmd, message + " (see '" + help + "')");
    return EXIT_BAD_INPUT;
  }

  private static int onExecutionError(Exception ex, CommandLine cmd, ParseResult parsed) {
    if (ex instanceof CliException || ex instanceof IllegalArgumentException
        || ex instanceof UnsupportedOperationException) {
      error(cmd, ex.getMessage());
      return EXIT_BAD_INPUT;
    }
    if (ex instanceof CancelledException) {
      error(cmd, "cancelled");
      return EXIT_BAD_INPUT;
    }
    cmd.getErr().println("clustermodels: internal error: " + ex);
    ex.printStackTrace(cmd.getErr());
    cmd.getErr().flush();
    return EXIT_INTERNAL;
  }

  /**
   * Prints a note for the user: one line {@code clustermodels: note: <note>} on stderr.
   *
   * @param err stderr; flushed
   * @param note the note, one line
   */
  static void note(PrintWriter err, String note) {
    err.println("clustermodels: note: " + note);
    err.flush();
  }

  private static void error(CommandLine cmd, String message) {
    String oneLine = String.valueOf(message).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    cmd.getErr().println("clustermodels: error: " + oneLine);
    cmd.getErr().flush();
  }
}
