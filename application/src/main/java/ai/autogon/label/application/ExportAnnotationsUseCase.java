package ai.autogon.label.application;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.nio.file.Path;
import java.util.List;

/** Writes prediction results as pre-annotations for a labelling tool, or as images with the boxes drawn. */
public interface ExportAnnotationsUseCase {
  /**
   * Writes the results in the requested format and returns the files written.
   *
   * @throws ai.autogon.label.domain.error.ConflictException when an output file exists and overwriting was not allowed
   */
  List<Path> export(ExportAnnotationsCommand command);

  /**
   * Writes each annotated image with its boxes, labels and confidences drawn as {@code DIRECTORY/STEM.png}, skipping
   * failed images, and returns the files written. Each class is drawn in one colour on every image, in the order of
   * the model's classes when the workspace has the model.
   *
   * @param modelName the model that made the predictions
   * @throws ai.autogon.label.domain.error.ConflictException when one of the PNG files exists; nothing is written then
   */
  List<Path> saveAnnotatedImages(ModelName modelName, List<ImageAnnotations> results, Path directory);
}
