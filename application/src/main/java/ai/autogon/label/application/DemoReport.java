package ai.autogon.label.application;

import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.project.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * Results of a demo run.
 *
 * @param project the generated project
 * @param model the trained model with its validation metrics
 * @param predictions annotations predicted for the fresh images
 * @param pictures PNG files of the fresh images with the predicted boxes drawn
 */
public record DemoReport(Project project, TrainedModel model, List<ImageAnnotations> predictions, List<Path> pictures) {
  public DemoReport {
    predictions = List.copyOf(predictions);
    pictures = List.copyOf(pictures);
  }
}
