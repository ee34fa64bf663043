package ai.autogon.label.domain.port;

import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.PredictionRequest;
import java.util.List;

/** Predicts bounding-box annotations for images with a saved model. */
public interface AnnotationPredictionPort {
  /**
   * Annotates every requested image, one result per image in request order.
   *
   * <p>An image that cannot be read gets an error in its result; the other images are still annotated.
   */
  List<ImageAnnotations> predict(PredictionRequest request);
}
