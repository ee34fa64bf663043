package ai.autogon.label.application;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import java.util.List;
import java.util.Objects;

/**
 * Request to annotate images.
 *
 * @param appId app of the project the model was trained on
 * @param images images to annotate
 * @param confidence minimum confidence of a returned detection
 * @param overlap non-maximum suppression threshold
 * @param modelName saved model to predict with
 * @param maxDetections most detections per image
 * @param classAgnosticNms whether suppression also compares boxes of different labels
 */
public record PredictAnnotationsCommand(
    AppId appId,
    List<ImageReference> images,
    ConfidenceThreshold confidence,
    OverlapThreshold overlap,
    ModelName modelName,
    int maxDetections,
    boolean classAgnosticNms) {

  public PredictAnnotationsCommand {
    Objects.requireNonNull(appId, "appId");
    images = List.copyOf(images);
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(modelName, "modelName");
  }

  /** Creates a command with the contract's default thresholds. */
  public static PredictAnnotationsCommand of(AppId appId, List<ImageReference> images, ModelName modelName) {
    return new PredictAnnotationsCommand(
        appId, images, ConfidenceThreshold.DEFAULT, OverlapThreshold.DEFAULT, modelName,
        PredictionRequest.DEFAULT_MAX_DETECTIONS, false);
  }
}
