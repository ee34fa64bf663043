package ai.autogon.label.cli;

import ai.autogon.label.bootstrap.AutogonLabelServer;
import ai.autogon.label.bootstrap.LabelConfig;
import ai.autogon.label.bootstrap.ServerSettings;
import ai.autogon.label.domain.training.TrainingOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label serve}: serves the label-model HTTP API on the workspace until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serve the label-model HTTP API (train, predict, training jobs, /health, /openapi.json) on the configured backend.",
        "Clients send their key in X-AUG-KEY. Without keys the server only binds to a loopback address.",
        "Stop it with Ctrl-C: a running training gets a grace period and no model is left half-written."},
    footer = {
        "",
        "Examples:",
        "  AUTOGON_SERVER_KEYS=secret autogon-label serve --port 8080",
        "  autogon-label serve --api-key-file keys.txt --host 0.0.0.0 --allow-source 10.1.2.0/24"})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  private String host;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(names = "--api-key-file", paramLabel = "FILE",
      description = "File of accepted API keys, one per line ('#' starts a comment). Also read: env AUTOGON_SERVER_KEYS "
          + "(comma-separated).")
  private Path apiKeyFile;

  @Option(names = "--allow-source", paramLabel = "HOST|CIDR",
      description = "Admit image URLs on this host or address range although it is private or local. Repeatable.")
  private List<String> allowedSources = List.of();

  @Option(names = "--file-root", paramLabel = "DIR",
      description = "Allow file: image URIs under this directory. Default: file: URIs are rejected.")
  private Path fileRoot;

  @Option(names = "--epochs", paramLabel = "N",
      description = "Epochs of trainings requested through the API, which has no field for them (local backend).")
  private Integer epochs;

  @Option(names = "--image-size", paramLabel = "PIXELS",
      description = "Network input size of trainings requested through the API, a multiple of 32 (local backend).")
  private Integer imageSize;

  @Option(names = "--batch", paramLabel = "N", description = "Batch size of trainings requested through the API (local backend).")
  private Integer batch;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of trainings requested through the API (local backend).")
  private Long seed;

  @Option(names = "--max-loaded-models", paramLabel = "N",
      description = "Models kept loaded for prediction; the least recently used one is released beyond that "
          + "(local backend). Default: env AUTOGON_MAX_LOADED_MODELS, else 8.")
  private Integer maxLoadedModels;

  @Override
  public Integer call() throws InterruptedException {
    ServerSettings.Builder settings = ServerSettings.builder()
        .host(host)
        .port(port)
        .apiKeysFromList(root.environment().get(ServerSettings.ENV_SERVER_KEYS))
        .fileRoot(fileRoot);
    if (apiKeyFile != null) {
      settings.apiKeysFromFile(apiKeyFile);
    }
    allowedSources.forEach(settings::allowSource);

    CountDownLatch stopped = new CountDownLatch(1);
    LabelConfig.Builder config = root.configBuilder().trainingDefaults(trainingDefaults());
    if (maxLoadedModels != null) {
      config.maxLoadedModels(maxLoadedModels);
    }
    AutogonLabelServer server = AutogonLabelServer.start(config, settings.build());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "autogon-label-shutdown"));

    PrintWriter err = spec.commandLine().getErr();
    err.println("serving the label-model API at " + server.baseUri() + "api/v1/ (backend "
        + server.config().backend().wireName() + ", workspace " + server.config().workspace() + ")");
    if (!server.requiresApiKey()) {
      err.println("warning: no API keys configured; only clients on this machine can connect");
    }
    err.println("press Ctrl-C to stop");
    err.flush();
    stopped.await();
    return ExitCodes.SUCCESS;
  }

  private TrainingOptions trainingDefaults() {
    TrainingOptions defaults = TrainingOptions.defaults();
    if (epochs != null) {
      defaults = defaults.withEpochs(epochs);
    }
    if (imageSize != null) {
      defaults = defaults.withImageSize(imageSize);
    }
    if (batch != null) {
      defaults = defaults.withBatchSize(batch);
    }
    if (seed != null) {
      defaults = defaults.withSeed(seed);
    }
    return defaults;
  }
}
