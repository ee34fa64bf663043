package ai.autogon.label.cli;

import ai.autogon.label.bootstrap.AutogonLabel;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Starts the {@code autogon-label} command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int exitCode = run(args, System.getenv(), out, err);
    StopTrainingOnShutdown.COMMAND_FINISHED.countDown();
    System.exit(exitCode);
  }

  /** Runs the command line without exiting the JVM, for tests. */
  static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    int exitCode = CommandLineFactory.create(environment, AutogonLabel::open, out, err).execute(args);
    out.flush();
    err.flush();
    return exitCode;
  }
}
