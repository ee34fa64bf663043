package ai.autogon.label.cli;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.StoredModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label models}: lists and shows the models saved in the workspace. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List and show the models saved in the workspace.",
    subcommands = {ModelsCommand.ListCommand.class, ModelsCommand.ShowCommand.class},
    footer = {"", "Examples:", "  autogon-label models list", "  autogon-label models show cells-v1"})
final class ModelsCommand implements Runnable {
  @ParentCommand
  RootCommand root;

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list or show");
  }

  /** {@code models list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved models, newest first.",
      footer = {"", "Example:", "  autogon-label models list --json"})
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private ModelsCommand models;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
      RootCommand root = models.root;
      List<TrainedModel> saved = root.session().listModels().listModels();
      PrintWriter out = spec.commandLine().getOut();
      if (root.json()) {
        out.println(ContractJson.write(saved.stream().map(model -> (Object) ContractJson.model(model)).toList()));
      } else if (saved.isEmpty()) {
        out.println("No saved models in " + root.config().workspace() + ".");
      } else {
        Table table = Table.withColumns("name", "type", "project>", "classes>", "mAP50>", "mAP50-95>", "created");
        for (TrainedModel model : saved) {
          table.row(model.name(), model.type().wireName(), model.projectId(), model.classNames().size(),
              model.metrics().map50(), model.metrics().map50to95(), model.createdAt());
        }
        table.print(out);
      }
      return ExitCodes.SUCCESS;
    }
  }

  /** {@code models show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one saved model with its metrics and files.",
      footer = {"", "Example:", "  autogon-label models show cells-v1"})
  static final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    private ModelsCommand models;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", converter = Converters.ModelNameConverter.class,
        description = "Name of the saved model.")
    private ModelName name;

    @Override
    public Integer call() {
      RootCommand root = models.root;
      StoredModel stored = root.session().showModel().showModel(name);
      PrintWriter out = spec.commandLine().getOut();
      if (root.json()) {
        Map<String, Object> data = new java.util.LinkedHashMap<>(ContractJson.model(stored.model()));
        data.put("class_names", stored.model().classNames());
        data.put("directory", stored.directory().toString());
        data.put("reports", reportFiles(stored.directory()).stream().map(Path::toString).toList());
        out.println(ContractJson.write(data));
      } else {
        ModelReport.print(stored.model(), out);
        out.println();
        out.println("files       " + stored.directory());
        for (Path report : reportFiles(stored.directory())) {
          out.println("  report    " + report.getFileName());
        }
      }
      return ExitCodes.SUCCESS;
    }

    /** Lists the charts and tables that training wrote next to the weights (CSV and PNG files). */
    private static List<Path> reportFiles(Path directory) {
      try (Stream<Path> files = Files.list(directory)) {
        return files.filter(file -> file.toString().endsWith(".png") || file.toString().endsWith(".csv")).sorted().toList();
      } catch (IOException e) {
        return List.of();
      }
    }
  }
}
