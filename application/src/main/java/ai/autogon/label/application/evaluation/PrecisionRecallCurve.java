package ai.autogon.label.application.evaluation;

/**
 * Precision-recall curve of one class at one IoU threshold, one point per detection by descending confidence.
 *
 * <p>Point {@code k} counts the {@code k + 1} highest-scoring detections. The arrays are copies, so callers may
 * change them.
 */
public final class PrecisionRecallCurve {
  private final double[] confidences;
  private final double[] recall;
  private final double[] precision;
  private final double[] interpolatedPrecision;

  PrecisionRecallCurve(double[] confidences, double[] recall, double[] precision, double[] interpolatedPrecision) {
    this.confidences = confidences.clone();
    this.recall = recall.clone();
    this.precision = precision.clone();
    this.interpolatedPrecision = interpolatedPrecision.clone();
  }

  /** Returns the confidence of the detection added at each point. */
  public double[] confidences() {
    return confidences.clone();
  }

  /** Returns the recall at each point, non-decreasing; empty when there are no detections. */
  public double[] recall() {
    return recall.clone();
  }

  /** Returns the precision at each point. */
  public double[] precision() {
    return precision.clone();
  }

  /**
   * Returns the 101 interpolated precision values at recall 0, 0.01, ..., 1 that average precision is the mean of.
   *
   * <p>Each value is the maximum precision at any recall at or above that recall level, or 0 where the
   * detections never reach it.
   */
  public double[] interpolatedPrecision() {
    return interpolatedPrecision.clone();
  }

  /** Returns the number of points, which is the number of detections of the class. */
  public int size() {
    return recall.length;
  }
}
