package ai.autogon.label.cli;

import ai.autogon.label.bootstrap.AutogonLabel;
import ai.autogon.label.bootstrap.LabelConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/** Builds the configured picocli {@link CommandLine} for the root command. */
final class CommandLineFactory {
  private CommandLineFactory() {}

  static CommandLine create(
      Map<String, String> environment, Function<LabelConfig, AutogonLabel> opener, PrintWriter out, PrintWriter err) {
    RootCommand root = new RootCommand(environment, opener);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(new ErrorHandlers.UsageErrorHandler());
    commandLine.setExecutionExceptionHandler(new ErrorHandlers.FailureHandler(root));
    commandLine.setExecutionStrategy(parseResult -> {
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } finally {
        root.closeSession();
      }
    });
    return commandLine;
  }
}
