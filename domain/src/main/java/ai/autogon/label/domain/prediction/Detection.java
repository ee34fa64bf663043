package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.image.BoundingBox;
import java.util.List;
import java.util.Objects;

/**
 * Candidate detection of a model before or after non-maximum suppression, keyed by class index.
 *
 * @param classIndex index into the model's class names
 * @param score confidence of the model, any finite number (usually in [0, 1])
 * @param box box in pixels of the upright image
 */
public record Detection(int classIndex, double score, BoundingBox box) {
  public Detection {
    if (classIndex < 0) {
      throw new IllegalArgumentException("classIndex must be >= 0, got " + classIndex);
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score must be a finite number, got " + score);
    }
    Objects.requireNonNull(box, "box");
  }

  /** Converts this detection to an annotation that carries the class name from {@code classNames}. */
  public Annotation toAnnotation(List<String> classNames) {
    if (classIndex >= classNames.size()) {
      throw new IllegalArgumentException(
          "classIndex " + classIndex + " is outside the " + classNames.size() + " class names " + classNames);
    }
    return new Annotation(classNames.get(classIndex), score, box);
  }
}
