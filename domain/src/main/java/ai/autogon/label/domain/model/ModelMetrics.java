package ai.autogon.label.domain.model;

import java.util.List;

/**
 * COCO-style detection quality of a model, overall and per class.
 *
 * <p>The overall values are means over the classes that have ground truth.
 */
public record ModelMetrics(double precision, double recall, double map50, double map50to95, List<ClassMetrics> perClass) {
  public ModelMetrics {
    perClass = List.copyOf(perClass);
  }

  /** Returns metrics of a model that saw no evaluation images. */
  public static ModelMetrics empty() {
    return new ModelMetrics(0, 0, 0, 0, List.of());
  }
}
