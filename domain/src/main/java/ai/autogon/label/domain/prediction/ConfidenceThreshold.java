package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.error.InvalidValueException;

/** Minimum confidence a detection needs to be returned, in [0, 1]. */
public record ConfidenceThreshold(double value) {
  public static final ConfidenceThreshold DEFAULT = new ConfidenceThreshold(0.25);

  public ConfidenceThreshold {
    if (!(value >= 0 && value <= 1)) {
      throw InvalidValueException.of("confidence_thresh", value, "between 0 and 1");
    }
  }

  public static ConfidenceThreshold of(double value) {
    return new ConfidenceThreshold(value);
  }
}
