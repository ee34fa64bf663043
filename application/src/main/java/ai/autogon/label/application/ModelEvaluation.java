package ai.autogon.label.application;

import ai.autogon.label.application.evaluation.DetectionEvaluation;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.util.List;

/**
 * Result of evaluating a model on a project split.
 *
 * @param modelName evaluated model
 * @param projectId project that gave the ground truth
 * @param split evaluated split
 * @param images images evaluated
 * @param failedImages images that could not be read, left out of the metrics
 * @param evaluation metrics overall and per class, precision-recall curves and the confusion matrix
 * @param predictions the model's annotations of each image, at the evaluation's low confidence threshold
 */
public record ModelEvaluation(
    ModelName modelName,
    ProjectId projectId,
    Split split,
    int images,
    int failedImages,
    DetectionEvaluation evaluation,
    List<ImageAnnotations> predictions) {

  public ModelEvaluation {
    predictions = List.copyOf(predictions);
  }
}
