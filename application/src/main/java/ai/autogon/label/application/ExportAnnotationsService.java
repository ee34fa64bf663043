package ai.autogon.label.application;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.port.DrawAnnotationsPort;
import ai.autogon.label.domain.port.ExportAnnotationsPort;
import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Resolves the class list of the predicting model and hands the results to the export and drawing ports. */
public final class ExportAnnotationsService implements ExportAnnotationsUseCase {
  private final ExportAnnotationsPort exporter;
  private final LoadModelPort models;
  private final DrawAnnotationsPort drawing;

  @Inject
  public ExportAnnotationsService(ExportAnnotationsPort exporter, LoadModelPort models, DrawAnnotationsPort drawing) {
    this.exporter = Objects.requireNonNull(exporter, "exporter");
    this.models = Objects.requireNonNull(models, "models");
    this.drawing = Objects.requireNonNull(drawing, "drawing");
  }

  @Override
  public List<Path> export(ExportAnnotationsCommand command) {
    List<String> classNames = classNames(command.modelName(), command.results());
    return exporter.export(new AnnotationExport(
        command.format(), command.results(), command.modelName(), classNames, command.output(), command.overwrite()));
  }

  @Override
  public List<Path> saveAnnotatedImages(ModelName modelName, List<ImageAnnotations> results, Path directory) {
    List<ImageAnnotations> annotated = results.stream().filter(result -> result.error().isEmpty()).toList();
    List<String> stems = AnnotationExport.fileStems(annotated.stream().map(ImageAnnotations::image).toList());
    List<Path> targets = stems.stream().map(stem -> directory.resolve(stem + ".png")).toList();
    for (Path target : targets) {
      if (Files.exists(target)) {
        throw new ConflictException("cannot write " + target + ": the file already exists; choose another --save-images directory");
      }
    }

    List<String> classNames = classNames(modelName, results);
    for (int i = 0; i < annotated.size(); i++) {
      ImageAnnotations result = annotated.get(i);
      drawing.drawAnnotations(result.image(), result.annotations(), classNames, targets.get(i));
    }
    return targets;
  }

  /**
   * Builds the class list: the saved model's class names when the workspace has the model, then every other label
   * seen in the results in sorted order. A remote model that is not in the workspace gets the sorted labels only,
   * because its class list is not known here.
   */
  private List<String> classNames(ModelName modelName, List<ImageAnnotations> results) {
    TreeSet<String> seen = new TreeSet<>();
    for (ImageAnnotations result : results) {
      for (Annotation annotation : result.annotations()) {
        seen.add(annotation.label());
      }
    }

    List<String> names = new ArrayList<>();
    models.loadModel(modelName).ifPresent(stored -> names.addAll(stored.model().classNames()));
    for (String label : seen) {
      if (!names.contains(label)) {
        names.add(label);
      }
    }
    return names;
  }
}
