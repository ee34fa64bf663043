package ai.autogon.label.application;

import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.util.List;

/** Predicts bounding-box annotations for images with a saved model. */
public interface PredictAnnotationsUseCase {
  /** Returns one result per requested image, in request order; unreadable images carry an error. */
  List<ImageAnnotations> predict(PredictAnnotationsCommand command);
}
