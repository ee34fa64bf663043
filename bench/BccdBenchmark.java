import ai.autogon.label.application.CreateProjectCommand;
import ai.autogon.label.application.EvaluateModelCommand;
import ai.autogon.label.application.ExportAnnotationsCommand;
import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.application.ImportDatasetCommand;
import ai.autogon.label.application.ModelEvaluation;
import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.bootstrap.AutogonLabel;
import ai.autogon.label.bootstrap.Backend;
import ai.autogon.label.bootstrap.LabelConfig;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.prediction.ExportFormat;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains a small model on BCCD's train split (validating on val), evaluates it on the test split and prints one
 * table. Run through bench/bccd.sh, which builds the jar and passes the settings.
 */
public class BccdBenchmark {
  public static void main(String[] args) {
    Path dataset = Path.of(args[0]);
    Path workspace = Path.of(args[1]);
    int epochs = Integer.parseInt(args[2]);
    int imageSize = Integer.parseInt(args[3]);
    int batch = Integer.parseInt(args[4]);
    long seed = Long.parseLong(args[5]);

    LabelConfig config = LabelConfig.builder().backend(Backend.LOCAL).workspace(workspace).build();
    try (AutogonLabel label = AutogonLabel.open(config)) {
      Project project = label.createProject().createProject(new CreateProjectCommand("bccd"));
      long importStart = System.nanoTime();
      label.importDataset().importDataset(new ImportDatasetCommand(project.id(), dataset, Optional.empty()));
      System.err.printf(Locale.ROOT, "imported %s in %.2f s%n", dataset, (System.nanoTime() - importStart) / 1e9);

      TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs).withImageSize(imageSize).withBatchSize(batch).withSeed(seed);
      TrainedModel model = label.trainModel().train(new TrainModelCommand(ModelType.SMALL, project.id(), Optional.empty(),
          Optional.of(ModelName.of("bccd-small")), options), new EpochLog());

      long evaluateStart = System.nanoTime();
      ModelEvaluation test = label.evaluateModel().evaluate(new EvaluateModelCommand(model.name(), project.id(), Split.TEST));
      double evaluateSeconds = (System.nanoTime() - evaluateStart) / 1e9;

      List<LabelledImage> testImages = project(label, project).imagesIn(Split.TEST);
      long predictStart = System.nanoTime();
      List<ImageAnnotations> predictions = label.predictAnnotations().predict(PredictAnnotationsCommand.of(
          project.appId(), testImages.stream().map(LabelledImage::image).toList(), model.name()));
      double predictSeconds = (System.nanoTime() - predictStart) / 1e9;
      Path output = workspace.resolve("bccd-test-predictions");
      label.exportAnnotations().export(new ExportAnnotationsCommand(
          ExportFormat.LABEL_STUDIO, predictions, model.name(), output.resolve("label-studio.json"), false));
      label.exportAnnotations().saveAnnotatedImages(model.name(), predictions, output.resolve("pictures"));

      printTable(model, test, evaluateSeconds, imageSize, workspace);
      System.out.printf(Locale.ROOT, "predicted %d test images at confidence 0.25 in %.1f s (%.2f images/s): %s%n",
          predictions.size(), predictSeconds, predictions.size() / predictSeconds, output);
    }
  }

  private static Project project(AutogonLabel label, Project created) {
    return label.showProject().showProject(created.id()).project();
  }

  private static void printTable(TrainedModel model, ModelEvaluation test, double evaluateSeconds, int imageSize, Path workspace) {
    double trainingSeconds = model.trainingTime().toMillis() / 1000.0;
    System.out.printf(Locale.ROOT, "BCCD, model small at %dx%d, workspace %s%n", imageSize, imageSize, workspace);
    System.out.printf(Locale.ROOT, "epochs %d, training %.1f min, %.2f training images/s, %.2f evaluated images/s%n",
        model.epochs(), trainingSeconds / 60, model.trainImages() * model.epochs() / trainingSeconds,
        test.images() / evaluateSeconds);
    System.out.printf(Locale.ROOT, "val (%d images): mAP50 %.3f, mAP50-95 %.3f%n",
        model.valImages(), model.metrics().map50(), model.metrics().map50to95());
    System.out.printf(Locale.ROOT, "test (%d images):%n", test.images());
    ModelMetrics metrics = test.evaluation().metrics();
    System.out.printf(Locale.ROOT, "%-10s %9s %9s %7s %7s %9s%n", "class", "instances", "precision", "recall", "mAP50", "mAP50-95");
    int instances = metrics.perClass().stream().mapToInt(ClassMetrics::instances).sum();
    System.out.printf(Locale.ROOT, "%-10s %9d %9.3f %7.3f %7.3f %9.3f%n", "all", instances,
        metrics.precision(), metrics.recall(), metrics.map50(), metrics.map50to95());
    for (ClassMetrics row : metrics.perClass()) {
      System.out.printf(Locale.ROOT, "%-10s %9d %9.3f %7.3f %7.3f %9.3f%n", row.label(), row.instances(),
          row.precision(), row.recall(), row.ap50(), row.ap50to95());
    }
  }

  /** Prints one line per finished epoch on standard error. */
  private static final class EpochLog implements TrainingListener {
    @Override
    public void onProgress(TrainingProgress progress) {
      if (progress.batch() == progress.totalBatches()) {
        System.err.printf(Locale.ROOT, "epoch %d/%d losses %s elapsed %ds%n", progress.epoch(), progress.totalEpochs(),
            progress.losses(), progress.elapsed().toSeconds());
      }
    }

    @Override
    public void onNotice(String message) {
      System.err.println("note: " + message);
    }
  }
}
