package ai.autogon.label.cli;

import ai.autogon.label.application.EvaluateModelCommand;
import ai.autogon.label.application.ModelEvaluation;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label evaluate}: measures a saved model on a split of a project. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Measure a saved model on a project split: precision, recall, mAP50 and mAP50-95, overall and per class.",
    footer = {
        "",
        "Examples:",
        "  autogon-label evaluate --model-name cells-v1 --project-id 1",
        "  autogon-label evaluate --model-name cells-v1 --project-id 1 --split val --json"})
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--model-name", required = true, paramLabel = "NAME", converter = Converters.ModelNameConverter.class,
      description = "Saved model to evaluate.")
  private ModelName modelName;

  @Option(names = "--project-id", required = true, paramLabel = "ID", converter = Converters.ProjectIdConverter.class,
      description = "Project whose labelled images are the ground truth.")
  private ProjectId projectId;

  @Option(names = "--split", paramLabel = "train|val|test|unassigned", defaultValue = "test",
      converter = Converters.SplitConverter.class,
      description = "Images of the project to evaluate on. Default: ${DEFAULT-VALUE}.")
  private Split split;

  @Override
  public Integer call() {
    ModelEvaluation result = root.session().evaluateModel().evaluate(new EvaluateModelCommand(modelName, projectId, split));

    PrintWriter out = spec.commandLine().getOut();
    if (root.json()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("model_name", result.modelName().value());
      data.put("project_id", result.projectId().value());
      data.put("split", result.split().wireName());
      data.put("images", result.images());
      data.put("failed_images", result.failedImages());
      data.put("metrics", ContractJson.metrics(result.evaluation().metrics()));
      out.println(ContractJson.write(data));
    } else {
      out.println("model " + result.modelName() + " on project " + result.projectId() + ", split "
          + result.split().wireName() + ": " + result.images() + " images");
      out.println();
      ModelReport.printMetrics(result.evaluation().metrics(), out);
    }
    if (result.failedImages() > 0) {
      spec.commandLine().getErr().println("autogon-label: " + result.failedImages() + " of " + result.images()
          + " images could not be read and were left out of the metrics");
    }
    return ExitCodes.SUCCESS;
  }
}
