package ai.autogon.label.domain.model;

import java.util.Objects;

/**
 * Detection quality for one class on the evaluation images.
 *
 * @param label class name
 * @param instances ground-truth boxes of this class
 * @param precision precision at the confidence that maximises F1
 * @param recall recall at the same confidence
 * @param ap50 average precision at IoU 0.50
 * @param ap50to95 average precision averaged over IoU 0.50:0.05:0.95
 */
public record ClassMetrics(String label, int instances, double precision, double recall, double ap50, double ap50to95) {
  public ClassMetrics {
    Objects.requireNonNull(label, "label");
    if (instances < 0) {
      throw new IllegalArgumentException("instances must be >= 0, got " + instances);
    }
  }
}
