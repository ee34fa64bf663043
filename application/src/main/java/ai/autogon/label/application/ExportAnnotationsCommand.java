package ai.autogon.label.application;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.ExportFormat;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Request to write prediction results to files.
 *
 * @param format output format
 * @param results prediction results, one per image
 * @param modelName model that predicted them; its class list orders the class ids when it is in the workspace
 * @param output file, or directory for YOLO and VOC
 * @param overwrite whether existing output files may be replaced
 */
public record ExportAnnotationsCommand(
    ExportFormat format, List<ImageAnnotations> results, ModelName modelName, Path output, boolean overwrite) {

  public ExportAnnotationsCommand {
    Objects.requireNonNull(format, "format");
    results = List.copyOf(results);
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(output, "output");
  }
}
