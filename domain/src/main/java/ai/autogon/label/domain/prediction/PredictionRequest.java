package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.project.AppId;
import java.util.List;
import java.util.Objects;

/**
 * Prediction request passed to a prediction backend.
 *
 * @param appId app of the project the model belongs to
 * @param images images to annotate, in the order results are returned
 * @param confidence minimum confidence of a returned detection
 * @param overlap non-maximum suppression threshold
 * @param modelName saved model to predict with
 * @param maxDetections most detections returned per image
 * @param classAgnosticNms whether suppression compares boxes of different labels too
 */
public record PredictionRequest(
    AppId appId,
    List<ImageReference> images,
    ConfidenceThreshold confidence,
    OverlapThreshold overlap,
    ModelName modelName,
    int maxDetections,
    boolean classAgnosticNms) {

  public static final int DEFAULT_MAX_DETECTIONS = 300;

  public PredictionRequest {
    Objects.requireNonNull(appId, "appId");
    images = List.copyOf(images);
    if (images.isEmpty()) {
      throw InvalidValueException.of("image_urls", "[]", "a non-empty list of image URLs");
    }
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(overlap, "overlap");
    Objects.requireNonNull(modelName, "modelName");
    if (maxDetections < 1) {
      throw InvalidValueException.of("max_detections", maxDetections, "at least 1");
    }
  }

  /** Creates a request with the contract's defaults for everything but the required fields. */
  public static PredictionRequest of(AppId appId, List<ImageReference> images, ModelName modelName) {
    return new PredictionRequest(
        appId, images, ConfidenceThreshold.DEFAULT, OverlapThreshold.DEFAULT, modelName, DEFAULT_MAX_DETECTIONS, false);
  }
}
