package ai.autogon.label.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluateModelServiceTest {
  private static final ModelName MODEL = ModelName.of("cells-v1");

  @Test
  void perfectPredictionsScoreOne() {
    Project project = project(List.of(image("a", Split.TEST, 0), image("b", Split.TEST, 1), image("c", Split.TRAIN, 0)));
    EvaluateModelService service = new EvaluateModelService(loader(project), request -> perfect(project, request));

    ModelEvaluation result = service.evaluate(new EvaluateModelCommand(MODEL, project.id(), Split.TEST));

    assertThat(result.images()).isEqualTo(2);
    assertThat(result.failedImages()).isZero();
    assertThat(result.evaluation().metrics().map50()).isCloseTo(1.0, within(1e-9));
    assertThat(result.evaluation().metrics().map50to95()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void predictsWithLowConfidenceForCompleteCurves() {
    Project project = project(List.of(image("a", Split.TEST, 0)));
    List<PredictionRequest> seen = new ArrayList<>();
    EvaluateModelService service = new EvaluateModelService(loader(project), request -> {
      seen.add(request);
      return perfect(project, request);
    });

    service.evaluate(new EvaluateModelCommand(MODEL, project.id(), Split.TEST));

    assertThat(seen.get(0).confidence().value()).isEqualTo(0.001);
    assertThat(seen.get(0).overlap().value()).isEqualTo(0.7);
    assertThat(seen.get(0).appId()).isEqualTo(project.appId());
  }

  @Test
  void unreadableImageIsCountedAndLeftOut() {
    Project project = project(List.of(image("a", Split.TEST, 0), image("b", Split.TEST, 0)));
    EvaluateModelService service = new EvaluateModelService(loader(project), request -> List.of(
        perfect(project, request).get(0),
        ImageAnnotations.failed(request.images().get(1), new ImageError("image_unreadable", "corrupt"))));

    ModelEvaluation result = service.evaluate(new EvaluateModelCommand(MODEL, project.id(), Split.TEST));

    assertThat(result.failedImages()).isEqualTo(1);
    assertThat(result.evaluation().metrics().map50()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void emptySplitIsRejectedWithSplitSizes() {
    Project project = project(List.of(image("a", Split.TRAIN, 0)));
    EvaluateModelService service = new EvaluateModelService(loader(project), request -> List.of());

    assertThatThrownBy(() -> service.evaluate(new EvaluateModelCommand(MODEL, project.id(), Split.TEST)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("split 'test' of project 4 has no images; choose one with images (train 1, val 0, test 0, unassigned 0)");
  }

  @Test
  void unknownProjectIsNotFound() {
    EvaluateModelService service = new EvaluateModelService(loader(null), request -> List.of());

    assertThatThrownBy(() -> service.evaluate(new EvaluateModelCommand(MODEL, ProjectId.of(9), Split.TEST)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 9 not found");
  }

  private static List<ImageAnnotations> perfect(Project project, PredictionRequest request) {
    List<ImageAnnotations> results = new ArrayList<>();
    for (ImageReference reference : request.images()) {
      LabelledImage image = project.images().stream().filter(candidate -> candidate.image().equals(reference)).findFirst().orElseThrow();
      List<Annotation> annotations = image.boxes().stream()
          .map(box -> new Annotation(project.classNames().get(box.classIndex()), 0.9, box.box()))
          .toList();
      results.add(ImageAnnotations.annotated(reference, image.width(), image.height(), annotations));
    }
    return results;
  }

  private static LoadProjectPort loader(Project project) {
    return new LoadProjectPort() {
      @Override
      public Optional<Project> loadProject(ProjectId id) {
        return Optional.ofNullable(project).filter(candidate -> candidate.id().equals(id));
      }

      @Override
      public Optional<Project> loadProjectByApp(AppId appId) {
        return Optional.ofNullable(project).filter(candidate -> candidate.appId().equals(appId));
      }
    };
  }

  private static Project project(List<LabelledImage> images) {
    return new Project(ProjectId.of(4), AppId.of(1004), "cells", List.of("RBC", "WBC"), images, Instant.EPOCH);
  }

  private static LabelledImage image(String name, Split split, int classIndex) {
    return new LabelledImage(ImageReference.parse("file:/data/" + name + ".jpg"), 100, 100,
        List.of(new LabelledBox(classIndex, new BoundingBox(10, 10, 30, 40))), split);
  }
}
