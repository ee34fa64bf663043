package ai.autogon.label.application;

import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.PredictionRequest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;

/** Checks a prediction request as a whole and hands it to the prediction backend. */
public final class PredictAnnotationsService implements PredictAnnotationsUseCase {
  private final AnnotationPredictionPort prediction;

  @Inject
  public PredictAnnotationsService(AnnotationPredictionPort prediction) {
    this.prediction = Objects.requireNonNull(prediction, "prediction");
  }

  @Override
  public List<ImageAnnotations> predict(PredictAnnotationsCommand command) {
    PredictionRequest request = new PredictionRequest(
        command.appId(), command.images(), command.confidence(), command.overlap(), command.modelName(),
        command.maxDetections(), command.classAgnosticNms());

    List<ImageAnnotations> results = prediction.predict(request);

    requireOneResultPerImage(request, results);
    return results;
  }

  private static void requireOneResultPerImage(PredictionRequest request, List<ImageAnnotations> results) {
    if (results.size() != request.images().size()) {
      throw new LabelException(
          "the prediction backend returned " + results.size() + " results for " + request.images().size() + " images");
    }
  }
}
