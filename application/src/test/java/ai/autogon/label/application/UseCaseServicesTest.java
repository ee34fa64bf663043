package ai.autogon.label.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.StoredModel;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UseCaseServicesTest {
  private static final ModelName CELLS = ModelName.of("cells-v1");

  @Test
  void trainPassesTheRequestToTheBackend() {
    List<TrainingRequest> seen = new ArrayList<>();
    TrainModelService service = new TrainModelService((request, listener) -> {
      seen.add(request);
      return model(request.modelSaveName().orElseThrow());
    });
    TrainModelCommand command = new TrainModelCommand(ModelType.MEDIUM, ProjectId.of(7), Optional.of(CELLS),
        Optional.of(ModelName.of("cells-v2")), TrainingOptions.defaults().withEpochs(3));

    TrainedModel trained = service.train(command, TrainingListener.NONE);

    assertThat(trained.name()).isEqualTo(ModelName.of("cells-v2"));
    assertThat(seen).containsExactly(new TrainingRequest(ModelType.MEDIUM, ProjectId.of(7), Optional.of(CELLS),
        Optional.of(ModelName.of("cells-v2")), TrainingOptions.defaults().withEpochs(3)));
  }

  @Test
  void trainRejectsSavingOverTheLoadedModel() {
    TrainModelService service = new TrainModelService((request, listener) -> {
      throw new AssertionError("the backend must not be called");
    });
    TrainModelCommand command = new TrainModelCommand(
        ModelType.SMALL, ProjectId.of(1), Optional.of(CELLS), Optional.of(CELLS), TrainingOptions.defaults());

    assertThatThrownBy(() -> service.train(command, TrainingListener.NONE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("model_save_name must differ from model_load_name, got 'cells-v1' for both: "
            + "retraining saves a new model and leaves the loaded one untouched");
  }

  @Test
  void predictReturnsBackendResultsInOrder() {
    List<ImageReference> images = List.of(ImageReference.parse("http://127.0.0.1/a.jpg"), ImageReference.parse("http://127.0.0.1/b.jpg"));
    PredictAnnotationsService service = new PredictAnnotationsService(request -> request.images().stream()
        .map(image -> ImageAnnotations.annotated(image, 10, 10, List.of()))
        .toList());

    List<ImageAnnotations> results = service.predict(PredictAnnotationsCommand.of(AppId.of(3), images, CELLS));

    assertThat(results).extracting(ImageAnnotations::image).containsExactlyElementsOf(images);
  }

  @Test
  void predictRejectsEmptyImageList() {
    PredictAnnotationsService service = new PredictAnnotationsService(request -> List.of());

    assertThatThrownBy(() -> service.predict(PredictAnnotationsCommand.of(AppId.of(3), List.of(), CELLS)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("image_urls must be a non-empty list of image URLs, got '[]'");
  }

  @Test
  void predictRejectsBackendWithMissingResults() {
    PredictAnnotationsService service = new PredictAnnotationsService(request -> List.of());
    List<ImageReference> images = List.of(ImageReference.parse("http://127.0.0.1/a.jpg"));

    assertThatThrownBy(() -> service.predict(PredictAnnotationsCommand.of(AppId.of(3), images, CELLS)))
        .isInstanceOf(LabelException.class)
        .hasMessage("the prediction backend returned 0 results for 1 images");
  }

  @Test
  void predictPassesMaxDetectionsAndAgnosticFlag() {
    List<PredictionRequest> seen = new ArrayList<>();
    PredictAnnotationsService service = new PredictAnnotationsService(request -> {
      seen.add(request);
      return request.images().stream().map(image -> ImageAnnotations.annotated(image, 1, 1, List.of())).toList();
    });
    PredictAnnotationsCommand command = new PredictAnnotationsCommand(AppId.of(3),
        List.of(ImageReference.parse("http://127.0.0.1/a.jpg")), PredictAnnotationsCommand.of(AppId.of(3), List.of(), CELLS).confidence(),
        PredictAnnotationsCommand.of(AppId.of(3), List.of(), CELLS).overlap(), CELLS, 5, true);

    service.predict(command);

    assertThat(seen.get(0).maxDetections()).isEqualTo(5);
    assertThat(seen.get(0).classAgnosticNms()).isTrue();
  }

  @Test
  void showModelListsSavedNamesWhenMissing() {
    ModelRegistryService registry = new ModelRegistryService(
        () -> List.of(model(ModelName.of("b")), model(ModelName.of("a"))), name -> Optional.empty());

    assertThatThrownBy(() -> registry.showModel(CELLS))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("model 'cells-v1' not found; saved models: b, a");
  }

  @Test
  void showModelSaysWhenWorkspaceHasNoModels() {
    ModelRegistryService registry = new ModelRegistryService(List::of, name -> Optional.empty());

    assertThatThrownBy(() -> registry.showModel(CELLS))
        .hasMessage("model 'cells-v1' not found; the workspace has no saved models");
  }

  @Test
  void showModelReturnsStoredModel() {
    StoredModel stored = new StoredModel(model(CELLS), Path.of("models", "cells-v1"));
    ModelRegistryService registry = new ModelRegistryService(List::of, name -> Optional.of(stored));

    assertThat(registry.showModel(CELLS)).isEqualTo(stored);
  }

  private static TrainedModel model(ModelName name) {
    return new TrainedModel(name, ModelType.SMALL, ProjectId.of(1), Optional.empty(), List.of("cell"), 1, 1, 1,
        Duration.ofSeconds(1), Instant.parse("2026-12-04T20:00:00Z"), ModelMetrics.empty(), Optional.empty());
  }
}
