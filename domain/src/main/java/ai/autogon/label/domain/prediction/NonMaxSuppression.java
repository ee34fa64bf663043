package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Greedy non-maximum suppression over candidate detections of one image.
 *
 * <p>Candidates are visited once, by descending score; candidates with equal scores keep their input
 * order. A candidate is dropped when its IoU with an already kept box of the same class (of any class
 * when class-agnostic) is strictly greater than the overlap threshold. So a threshold of 1 keeps every
 * candidate, and a threshold of 0 keeps only candidates that do not overlap a kept box at all. An
 * instance holds no state between calls and is safe to share between threads.
 */
public final class NonMaxSuppression {
  private final OverlapThreshold overlap;
  private final int maxDetections;
  private final boolean classAgnostic;

  private NonMaxSuppression(OverlapThreshold overlap, int maxDetections, boolean classAgnostic) {
    this.overlap = Objects.requireNonNull(overlap, "overlap");
    if (maxDetections < 1) {
      throw InvalidValueException.of("max_detections", maxDetections, "at least 1");
    }
    this.maxDetections = maxDetections;
    this.classAgnostic = classAgnostic;
  }

  /**
   * Creates a suppression step.
   *
   * @param overlap IoU above which a lower-scoring box is dropped
   * @param maxDetections maximum number of detections that {@link #apply} returns, at least 1
   * @param classAgnostic whether boxes of different classes suppress each other
   */
  public static NonMaxSuppression of(OverlapThreshold overlap, int maxDetections, boolean classAgnostic) {
    return new NonMaxSuppression(overlap, maxDetections, classAgnostic);
  }

  /** Creates the suppression step with the settings of a prediction request. */
  public static NonMaxSuppression of(PredictionRequest request) {
    return new NonMaxSuppression(request.overlap(), request.maxDetections(), request.classAgnosticNms());
  }

  /** Returns the kept detections by descending score, at most {@code maxDetections} of them. */
  public List<Detection> apply(List<Detection> candidates) {
    List<Detection> byScore = new ArrayList<>(candidates);
    // List.sort is stable, so equal scores keep their input order.
    byScore.sort(Comparator.comparingDouble(Detection::score).reversed());

    List<Detection> kept = new ArrayList<>();
    Map<Integer, List<Detection>> keptByClass = new HashMap<>();
    for (Detection candidate : byScore) {
      if (kept.size() == maxDetections) {
        break;
      }
      int group = classAgnostic ? 0 : candidate.classIndex();
      List<Detection> rivals = keptByClass.computeIfAbsent(group, key -> new ArrayList<>());
      if (!isSuppressed(candidate, rivals)) {
        rivals.add(candidate);
        kept.add(candidate);
      }
    }
    return List.copyOf(kept);
  }

  private boolean isSuppressed(Detection candidate, List<Detection> rivals) {
    if (overlap.value() >= 1) {
      // IoU never exceeds 1, so comparing boxes would only cost time.
      return false;
    }
    for (Detection rival : rivals) {
      if (candidate.box().iou(rival.box()) > overlap.value()) {
        return true;
      }
    }
    return false;
  }

  public OverlapThreshold overlap() {
    return overlap;
  }

  public int maxDetections() {
    return maxDetections;
  }

  public boolean classAgnostic() {
    return classAgnostic;
  }
}
