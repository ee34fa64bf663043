package ai.autogon.label.application.evaluation;

/** Confidence cut-off of one class that maximises F1, with the precision and recall there. */
record BestF1(double confidence, double precision, double recall, double f1) {
  private static final BestF1 NONE = new BestF1(Double.NaN, 0, 0, 0);

  /**
   * Finds the cut-off on a precision-recall curve that maximises F1.
   *
   * <p>A cut-off keeps every detection with a confidence at or above it, so detections with equal confidence are
   * kept or dropped together. Of cut-offs with equal F1 the highest confidence wins. Without any true positive
   * the result is precision, recall and F1 0 at confidence {@code NaN}.
   */
  static BestF1 of(PrecisionRecallCurve curve) {
    double[] confidences = curve.confidences();
    double[] precision = curve.precision();
    double[] recall = curve.recall();

    BestF1 best = NONE;
    for (int k = 0; k < confidences.length; k++) {
      boolean lastOfItsConfidence = k + 1 == confidences.length || confidences[k + 1] != confidences[k];
      double sum = precision[k] + recall[k];
      if (!lastOfItsConfidence || sum == 0) {
        continue;
      }
      double f1 = 2 * precision[k] * recall[k] / sum;
      if (f1 > best.f1()) {
        best = new BestF1(confidences[k], precision[k], recall[k], f1);
      }
    }
    return best;
  }
}
