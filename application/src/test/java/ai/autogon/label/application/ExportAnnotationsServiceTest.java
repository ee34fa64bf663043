package ai.autogon.label.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.StoredModel;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ExportFormat;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import ai.autogon.label.domain.project.ProjectId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportAnnotationsServiceTest {
  private static final ModelName MODEL = ModelName.parse("model_name", "cells-v1");
  private static final BoundingBox BOX = new BoundingBox(1, 2, 3, 4);
  private static final ImageAnnotations A = ImageAnnotations.annotated(ImageReference.of(Path.of("scans", "a.jpg")),
      10, 10, List.of(new Annotation("WBC", 0.9, BOX), new Annotation("Platelets", 0.4, BOX)));
  private static final ImageAnnotations FAILED = ImageAnnotations.failed(
      ImageReference.of(Path.of("scans", "broken.jpg")), new ImageError("image_unreadable", "broken.jpg is not an image"));
  private static final ImageAnnotations B = ImageAnnotations.annotated(ImageReference.of(Path.of("other", "a.png")),
      10, 10, List.of(new Annotation("RBC", 0.8, BOX)));

  @TempDir
  Path directory;

  private final List<AnnotationExport> exports = new ArrayList<>();
  private final List<Path> drawn = new ArrayList<>();
  private final List<List<String>> drawnClassNames = new ArrayList<>();

  @Test
  void classNamesFollowSavedModelThenUnknownLabels() {
    ExportAnnotationsService service = service(Optional.of(model(List.of("RBC", "WBC"))));

    service.export(new ExportAnnotationsCommand(ExportFormat.YOLO, List.of(A, FAILED, B), MODEL, directory, false));

    assertThat(exports).singleElement().satisfies(export -> {
      assertThat(export.classNames()).containsExactly("RBC", "WBC", "Platelets");
      assertThat(export.results()).containsExactly(A, FAILED, B);
      assertThat(export.modelName()).isEqualTo(MODEL);
      assertThat(export.output()).isEqualTo(directory);
    });
  }

  @Test
  void classNamesSortedWhenModelNotInWorkspace() {
    ExportAnnotationsService service = service(Optional.empty());

    service.export(new ExportAnnotationsCommand(ExportFormat.COCO, List.of(A, B), MODEL, directory, true));

    assertThat(exports.get(0).classNames()).containsExactly("Platelets", "RBC", "WBC");
    assertThat(exports.get(0).overwrite()).isTrue();
  }

  @Test
  void saveImagesDrawsAnnotatedWithUniqueNames() {
    ExportAnnotationsService service = service(Optional.empty());

    List<Path> written = service.saveAnnotatedImages(MODEL, List.of(A, FAILED, B), directory);

    assertThat(written).containsExactly(directory.resolve("a.png"), directory.resolve("a-2.png"));
    assertThat(drawn).isEqualTo(written);
  }

  @Test
  void saveImagesColoursByModelClasses() {
    ExportAnnotationsService service = service(Optional.of(model(List.of("WBC", "RBC", "Platelets"))));

    service.saveAnnotatedImages(MODEL, List.of(A, B), directory);

    assertThat(drawnClassNames).hasSize(2);
    assertThat(drawnClassNames).allSatisfy(classNames -> assertThat(classNames).containsExactly("WBC", "RBC", "Platelets"));
  }

  @Test
  void saveImagesRejectsExistingBeforeDrawing() throws Exception {
    Files.writeString(directory.resolve("a-2.png"), "mine");
    ExportAnnotationsService service = service(Optional.empty());

    assertThatThrownBy(() -> service.saveAnnotatedImages(MODEL, List.of(A, B), directory))
        .isInstanceOf(ConflictException.class)
        .hasMessage("cannot write " + directory.resolve("a-2.png")
            + ": the file already exists; choose another --save-images directory");
    assertThat(drawn).isEmpty();
  }

  private ExportAnnotationsService service(Optional<TrainedModel> model) {
    return new ExportAnnotationsService(
        export -> {
          exports.add(export);
          return List.of(export.output());
        },
        name -> model.filter(saved -> saved.name().equals(name)).map(saved -> new StoredModel(saved, Path.of("m"))),
        (image, annotations, classNames, output) -> {
          drawn.add(output);
          drawnClassNames.add(classNames);
        });
  }

  private static TrainedModel model(List<String> classNames) {
    return new TrainedModel(MODEL, ModelType.SMALL, ProjectId.of(1), Optional.empty(), classNames, 1, 1, 1,
        Duration.ofSeconds(1), Instant.parse("2026-12-04T20:00:00Z"), ModelMetrics.empty(), Optional.empty());
  }
}
