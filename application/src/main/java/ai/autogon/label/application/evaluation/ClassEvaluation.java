package ai.autogon.label.application.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * Detailed evaluation of one class.
 *
 * <p>For a class without ground truth ({@code instances == 0}) average precision, precision, recall and F1 are
 * undefined and set to {@code NaN}. Such a class is left out of the means in {@link DetectionEvaluation#metrics()}.
 *
 * @param classIndex index into the class names
 * @param label class name
 * @param instances ground-truth boxes of the class
 * @param detections detections of the class, at any confidence
 * @param averagePrecisions average precision at each IoU threshold of {@link DetectionEvaluator#IOU_THRESHOLDS}
 * @param ap50 average precision at IoU 0.50
 * @param ap50to95 mean of {@code averagePrecisions}
 * @param precision precision at {@code bestF1Confidence}, matching at IoU 0.50
 * @param recall recall at {@code bestF1Confidence}, matching at IoU 0.50
 * @param f1 harmonic mean of {@code precision} and {@code recall}
 * @param bestF1Confidence lowest confidence a detection needs to count, chosen to maximise F1; {@code NaN}
 *     when no cut-off gives an F1 above 0
 * @param curve50 precision-recall curve at IoU 0.50, for plots; empty for a class without ground truth
 */
public record ClassEvaluation(
    int classIndex,
    String label,
    int instances,
    int detections,
    List<Double> averagePrecisions,
    double ap50,
    double ap50to95,
    double precision,
    double recall,
    double f1,
    double bestF1Confidence,
    PrecisionRecallCurve curve50) {

  public ClassEvaluation {
    Objects.requireNonNull(label, "label");
    averagePrecisions = List.copyOf(averagePrecisions);
    Objects.requireNonNull(curve50, "curve50");
  }

  /** Returns whether the evaluation images contain boxes of this class. */
  public boolean hasGroundTruth() {
    return instances > 0;
  }
}
