package ai.autogon.label.cli;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.LabelException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns failures into one or two lines on standard error and an exit code. */
final class ErrorHandlers {
  private ErrorHandlers() {}

  /** Reports a command-line mistake with a pointer to the help, exit code 2. */
  static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine commandLine = e.getCommandLine();
      PrintWriter err = commandLine.getErr();
      err.println("autogon-label: " + e.getMessage() + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
      return ExitCodes.USAGE;
    }
  }

  /** Reports a failed command; invalid values exit with 2, other failures with 1. */
  static final class FailureHandler implements IExecutionExceptionHandler {
    private final RootCommand root;

    FailureHandler(RootCommand root) {
      this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
      PrintWriter err = commandLine.getErr();
      if (root.verbose()) {
        e.printStackTrace(err);
      }
      if (e instanceof InvalidValueException) {
        err.println("autogon-label: " + e.getMessage() + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
        return ExitCodes.USAGE;
      }
      if (e instanceof LabelException) {
        err.println("autogon-label: " + e.getMessage());
        return ExitCodes.FAILURE;
      }
      err.println("autogon-label: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
      if (!root.verbose()) {
        err.println("Run again with --verbose to see the stack trace.");
      }
      return ExitCodes.FAILURE;
    }
  }
}
