package ai.autogon.label.application;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.CreateProjectPort;
import ai.autogon.label.domain.port.DrawAnnotationsPort;
import ai.autogon.label.domain.port.GenerateSampleDatasetPort;
import ai.autogon.label.domain.port.ModelTrainingPort;
import ai.autogon.label.domain.port.SaveProjectPort;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.SampleDataset;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingRequest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the demo through the same ports as real work: project store, training, prediction. */
public final class DemoService implements RunDemoUseCase {
  private final GenerateSampleDatasetPort samples;
  private final CreateProjectPort createProject;
  private final SaveProjectPort saveProject;
  private final ModelTrainingPort training;
  private final AnnotationPredictionPort prediction;
  private final DrawAnnotationsPort drawing;

  @Inject
  public DemoService(
      GenerateSampleDatasetPort samples,
      CreateProjectPort createProject,
      SaveProjectPort saveProject,
      ModelTrainingPort training,
      AnnotationPredictionPort prediction,
      DrawAnnotationsPort drawing) {
    this.samples = samples;
    this.createProject = createProject;
    this.saveProject = saveProject;
    this.training = training;
    this.prediction = prediction;
    this.drawing = drawing;
  }

  @Override
  public DemoReport runDemo(DemoCommand command, TrainingListener listener) {
    Path output = command.outputDirectory();
    SampleDataset labelled = samples.generateSampleDataset(
        output.resolve("labelled"), command.labelledImages(), Split.UNASSIGNED, command.seed());
    Project created = createProject.createProject("demo shapes");
    Project project = new Project(created.id(), created.appId(), created.name(), labelled.classNames(),
        labelled.images(), created.createdAt());
    saveProject.saveProject(project);
    listener.onNotice("generated project " + project.id() + " (app " + project.appId() + ") with "
        + labelled.images().size() + " labelled images in " + output.resolve("labelled"));

    TrainedModel model = training.train(new TrainingRequest(command.modelType(), project.id(), Optional.empty(),
        Optional.of(command.modelName()), command.options()), listener);

    SampleDataset fresh = samples.generateSampleDataset(
        output.resolve("fresh"), command.freshImages(), Split.TEST, command.seed() + 1);
    List<ImageReference> images = fresh.images().stream().map(LabelledImage::image).toList();
    List<ImageAnnotations> predictions = prediction.predict(new PredictionRequest(project.appId(), images,
        ConfidenceThreshold.DEFAULT, OverlapThreshold.DEFAULT, model.name(), PredictionRequest.DEFAULT_MAX_DETECTIONS, false));

    List<Path> pictures = drawPredictions(predictions, model.classNames(), output.resolve("predictions"));
    return new DemoReport(project, model, predictions, pictures);
  }

  private List<Path> drawPredictions(List<ImageAnnotations> predictions, List<String> classNames, Path directory) {
    List<Path> pictures = new ArrayList<>();
    for (ImageAnnotations result : predictions) {
      if (result.error().isPresent()) {
        continue;
      }
      String fileName = result.image().toPath().getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".png";
      Path picture = directory.resolve(fileName);
      drawing.drawAnnotations(result.image(), result.annotations(), classNames, picture);
      pictures.add(picture);
    }
    return pictures;
  }
}
