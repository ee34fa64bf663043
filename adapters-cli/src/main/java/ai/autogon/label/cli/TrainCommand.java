package ai.autogon.label.cli;

import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingOptions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label train}: trains a model on a project and prints its validation metrics. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a detection model on a project's labelled images and save it under a name.",
    footer = {
        "",
        "Examples:",
        "  autogon-label train --model-type small --project-id 1 --model-save-name cells-v1",
        "  autogon-label train --model-type small --project-id 2 --model-load-name cells-v1 --model-save-name cells-v2"})
final class TrainCommand implements Callable<Integer> {
  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--model-type", required = true, paramLabel = "small|medium|large",
      converter = Converters.ModelTypeConverter.class,
      description = "Network size: small trains fastest, large is the most accurate.")
  private ModelType modelType;

  @Option(names = "--project-id", required = true, paramLabel = "ID", converter = Converters.ProjectIdConverter.class,
      description = "Project whose labelled images train the model.")
  private ProjectId projectId;

  @Option(names = "--model-load-name", paramLabel = "NAME", converter = Converters.ModelLoadNameConverter.class,
      description = "Saved model to start from (retraining). Omit to train a fresh model.")
  private ModelName modelLoadName;

  @Option(names = "--model-save-name", paramLabel = "NAME", converter = Converters.ModelSaveNameConverter.class,
      description = "Name to save the trained model under. Omit to let the backend pick one.")
  private ModelName modelSaveName;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training images (local backend).")
  private Integer epochs;

  @Option(names = "--batch", paramLabel = "N", description = "Images per optimisation step (local backend).")
  private Integer batch;

  @Option(names = "--image-size", paramLabel = "PIXELS",
      description = "Side of the square network input, a multiple of 32 (local backend, default 640).")
  private Integer imageSize;

  @Option(names = "--patience", paramLabel = "N",
      description = "Stop after this many epochs without improvement of val mAP50-95 (local backend).")
  private Integer patience;

  @Option(names = "--seed", paramLabel = "N", description = "Random seed; the same seed gives the same model on CPU.")
  private Long seed;

  @Option(names = "--resume", description = "Continue an interrupted run of the same model name from its last completed epoch.")
  private boolean resume;

  @Option(names = "--overwrite", description = "Allow replacing an existing model of the same name.")
  private boolean overwrite;

  @Override
  public Integer call() {
    TrainModelCommand command = new TrainModelCommand(
        modelType, projectId, Optional.ofNullable(modelLoadName), Optional.ofNullable(modelSaveName), options());
    PrintWriter out = spec.commandLine().getOut();
    ProgressBar progress = new ProgressBar(spec.commandLine().getErr(), System.console() != null);

    TrainedModel model;
    try (StopTrainingOnShutdown stop = new StopTrainingOnShutdown()) {
      model = root.session().trainModel().train(command, progress);
    } finally {
      progress.finish();
    }

    if (root.json()) {
      out.println(ContractJson.write(ContractJson.model(model)));
    } else {
      ModelReport.print(model, out);
    }
    return ExitCodes.SUCCESS;
  }

  private TrainingOptions options() {
    TrainingOptions options = TrainingOptions.defaults().withResume(resume).withOverwrite(overwrite);
    if (epochs != null) {
      options = options.withEpochs(epochs);
    }
    if (batch != null) {
      options = options.withBatchSize(batch);
    }
    if (imageSize != null) {
      options = options.withImageSize(imageSize);
    }
    if (patience != null) {
      options = options.withPatience(patience);
    }
    if (seed != null) {
      options = options.withSeed(seed);
    }
    return options;
  }
}
