package ai.autogon.label.application.evaluation;

import ai.autogon.label.domain.model.ModelMetrics;
import java.util.List;
import java.util.Objects;

/**
 * Result of a detection evaluation: the summary a model keeps and the details a report shows.
 *
 * @param metrics summary over the classes with ground truth, those classes in class order
 * @param classes details of every class in class order, with or without ground truth
 * @param confusionMatrix counts of predicted against true classes, background included
 */
public record DetectionEvaluation(ModelMetrics metrics, List<ClassEvaluation> classes, ConfusionMatrix confusionMatrix) {
  public DetectionEvaluation {
    Objects.requireNonNull(metrics, "metrics");
    classes = List.copyOf(classes);
    Objects.requireNonNull(confusionMatrix, "confusionMatrix");
  }
}
