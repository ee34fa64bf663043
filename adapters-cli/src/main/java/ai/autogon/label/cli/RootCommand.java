package ai.autogon.label.cli;

import ai.autogon.label.bootstrap.AutogonLabel;
import ai.autogon.label.bootstrap.Backend;
import ai.autogon.label.bootstrap.LabelConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code autogon-label} command: global options shared by every subcommand. */
@Command(
    name = "autogon-label",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trains object-detection models on labelled image projects and predicts bounding boxes.",
    subcommands = {DemoCommand.class, ProjectCommand.class, TrainCommand.class, PredictCommand.class, EvaluateCommand.class,
        ModelsCommand.class, ServeCommand.class},
    footer = {
        "",
        "Examples:",
        "  autogon-label demo",
        "  autogon-label train --model-type small --project-id 1 --model-save-name cells-v1",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 images/a.jpg images/b.png",
        "  autogon-label --backend remote --api-key KEY models list",
        "",
        "Environment: AUTOGON_BACKEND, AUTOGON_BASE_URL, AUTOGON_API_KEY, AUTOGON_HOME.",
        "Exit codes: 0 success, 1 failure, 2 invalid usage."})
final class RootCommand implements Runnable {
  private final Map<String, String> environment;
  private final Function<LabelConfig, AutogonLabel> opener;
  private AutogonLabel session;

  @Option(names = "--backend", scope = ScopeType.INHERIT, paramLabel = "local|remote",
      converter = Converters.BackendConverter.class,
      description = "Where to train and predict: 'local' (in-process, the default) or 'remote' (an HTTP service). "
          + "Default: env AUTOGON_BACKEND, else local.")
  private Backend backend;

  @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Base URL of the remote service. Default: env AUTOGON_BASE_URL, else " + LabelConfig.DEFAULT_BASE_URL)
  private String baseUrl;

  @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
      description = "API key sent to the remote service as X-AUG-KEY. Default: env AUTOGON_API_KEY.")
  private String apiKey;

  @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Directory holding projects and models. Default: env AUTOGON_HOME, else ~/.autogon-label.")
  private Path workspace;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print results as JSON in the shapes of the wire contract instead of tables.")
  private boolean json;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Log details and print stack traces of failures.")
  private boolean verbose;

  RootCommand(Map<String, String> environment, Function<LabelConfig, AutogonLabel> opener) {
    this.environment = Map.copyOf(environment);
    this.opener = opener;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        new picocli.CommandLine(this), "a command is required: demo, project, train, predict, evaluate, models or serve");
  }

  boolean json() {
    return json;
  }

  boolean verbose() {
    return verbose;
  }

  /** Builds the configuration from the flags, then the environment, then the defaults. */
  LabelConfig config() {
    return configBuilder().build();
  }

  /** Returns a configuration builder holding the flags and the environment. */
  LabelConfig.Builder configBuilder() {
    return LabelConfig.builder()
        .backend(backend)
        .baseUrl(baseUrl)
        .apiKey(apiKey)
        .workspace(workspace)
        .environment(environment);
  }

  Map<String, String> environment() {
    return environment;
  }

  /** Opens the wired use cases once per command line run. */
  AutogonLabel session() {
    if (session == null) {
      if (verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
      }
      session = opener.apply(config());
    }
    return session;
  }

  void closeSession() {
    if (session != null) {
      session.close();
      session = null;
    }
  }
}
