package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.error.InvalidValueException;

/**
 * Non-maximum suppression limit in [0, 1]: a box is dropped when its IoU with a kept, higher-scoring box
 * of the same label is strictly greater than this value.
 */
public record OverlapThreshold(double value) {
  public static final OverlapThreshold DEFAULT = new OverlapThreshold(0.45);

  public OverlapThreshold {
    if (!(value >= 0 && value <= 1)) {
      throw InvalidValueException.of("overlap_thresh", value, "between 0 and 1");
    }
  }

  public static OverlapThreshold of(double value) {
    return new OverlapThreshold(value);
  }
}
