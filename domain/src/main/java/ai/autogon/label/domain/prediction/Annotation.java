package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.BoundingBox;
import java.util.Objects;

/** One detected object: its class label, the model's confidence and its box in image pixels. */
public record Annotation(String label, double confidence, BoundingBox box) {
  public Annotation {
    if (label == null || label.isBlank()) {
      throw InvalidValueException.of("label", label, "a non-empty class name");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw InvalidValueException.of("confidence", confidence, "between 0 and 1");
    }
    Objects.requireNonNull(box, "box");
  }
}
