package ai.autogon.label.engine.report;

import ai.autogon.label.application.evaluation.DetectionEvaluation;
import java.util.List;
import java.util.Objects;

/**
 * Everything a finished training produced that its report shows.
 *
 * @param classNames the model's class names, in class-index order
 * @param epochs one result per epoch, by ascending epoch number; may be empty
 * @param evaluation evaluation of the final model on the validation images, with the same class names
 * @param samples a few validation images with ground truth and predictions; may be empty
 */
public record TrainingReport(
    List<String> classNames, List<EpochResult> epochs, DetectionEvaluation evaluation, List<ValidationSample> samples) {

  public TrainingReport {
    classNames = List.copyOf(classNames);
    epochs = List.copyOf(epochs);
    Objects.requireNonNull(evaluation, "evaluation");
    samples = List.copyOf(samples);
    requireAscendingEpochs(epochs);
    List<String> evaluated = evaluation.confusionMatrix().classNames();
    if (!evaluated.equals(classNames)) {
      throw new IllegalArgumentException(
          "evaluation class names " + evaluated + " differ from the report class names " + classNames);
    }
  }

  private static void requireAscendingEpochs(List<EpochResult> epochs) {
    for (int i = 1; i < epochs.size(); i++) {
      int previous = epochs.get(i - 1).epoch();
      int current = epochs.get(i).epoch();
      if (current <= previous) {
        throw new IllegalArgumentException(
            "epochs must be in ascending order, got epoch " + current + " after epoch " + previous);
      }
    }
  }
}
