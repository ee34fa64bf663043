package ai.autogon.label.application.evaluation;

/** COCO's 101-point interpolated average precision over a precision-recall curve. */
final class AveragePrecision {
  static final int RECALL_LEVELS = 101;

  private AveragePrecision() {}

  /**
   * Returns the interpolated precision at recall 0, 0.01, ..., 1.
   *
   * <p>Precision is first made non-increasing from the right, so each point carries the best precision at its
   * recall or beyond. At each recall level the value is then the precision of the first point whose recall reaches
   * that level, or 0 if none does.
   */
  static double[] interpolatedPrecision(double[] recall, double[] precision) {
    double[] envelope = precision.clone();
    for (int k = envelope.length - 1; k > 0; k--) {
      envelope[k - 1] = Math.max(envelope[k - 1], envelope[k]);
    }

    double[] interpolated = new double[RECALL_LEVELS];
    int point = 0;
    for (int level = 0; level < RECALL_LEVELS; level++) {
      // level / 100.0 is the double nearest the exact level, so a recall of exactly k / 100 reaches level k.
      double recallLevel = level / 100.0;
      while (point < recall.length && recall[point] < recallLevel) {
        point++;
      }
      interpolated[level] = point < recall.length ? envelope[point] : 0;
    }
    return interpolated;
  }

  /** Returns the mean of the 101 interpolated precision values. */
  static double of(double[] interpolatedPrecision) {
    double sum = 0;
    for (double value : interpolatedPrecision) {
      sum += value;
    }
    return sum / interpolatedPrecision.length;
  }
}
