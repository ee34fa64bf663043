package ai.autogon.label.application.evaluation;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.project.LabelledBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Counts of detections by predicted class against ground truth by true class, with an extra background class.
 *
 * <p>Index {@code classNames().size()} is the background. A missed ground-truth box counts as predicted
 * background, and a detection that matches no ground-truth box counts as true background.
 */
public final class ConfusionMatrix {
  private final List<String> classNames;
  private final long[][] counts;

  private ConfusionMatrix(List<String> classNames, long[][] counts) {
    this.classNames = List.copyOf(classNames);
    this.counts = counts;
  }

  /**
   * Computes the matrix the way YOLO validation does.
   *
   * <p>Only detections with a confidence at or above {@code confidence} take part. Pairs of a ground-truth box and
   * a detection with IoU strictly above {@code overlap} are matched greedily by descending IoU, each box at most
   * once and regardless of class, so a box found under the wrong class shows up as a confusion.
   */
  static ConfusionMatrix compute(
      List<String> classNames, List<EvaluationImage> images, OverlapThreshold overlap, ConfidenceThreshold confidence) {
    int background = classNames.size();
    long[][] counts = new long[background + 1][background + 1];
    for (EvaluationImage image : images) {
      List<Detection> confident = image.detections().stream()
          .filter(detection -> detection.score() >= confidence.value())
          .toList();
      addImage(counts, background, image.groundTruth(), confident, overlap.value());
    }
    return new ConfusionMatrix(classNames, counts);
  }

  private static void addImage(
      long[][] counts, int background, List<LabelledBox> truths, List<Detection> detections, double overlap) {
    List<Pair> pairs = new ArrayList<>();
    for (int t = 0; t < truths.size(); t++) {
      for (int d = 0; d < detections.size(); d++) {
        double iou = truths.get(t).box().iou(detections.get(d).box());
        if (iou > overlap) {
          pairs.add(new Pair(t, d, iou));
        }
      }
    }
    // Stable sort: equal IoUs keep ground-truth order, then detection order.
    pairs.sort(Comparator.comparingDouble(Pair::iou).reversed());

    boolean[] truthMatched = new boolean[truths.size()];
    boolean[] detectionMatched = new boolean[detections.size()];
    for (Pair pair : pairs) {
      if (!truthMatched[pair.truth()] && !detectionMatched[pair.detection()]) {
        truthMatched[pair.truth()] = true;
        detectionMatched[pair.detection()] = true;
        counts[detections.get(pair.detection()).classIndex()][truths.get(pair.truth()).classIndex()]++;
      }
    }

    for (int t = 0; t < truths.size(); t++) {
      if (!truthMatched[t]) {
        counts[background][truths.get(t).classIndex()]++;
      }
    }
    for (int d = 0; d < detections.size(); d++) {
      if (!detectionMatched[d]) {
        counts[detections.get(d).classIndex()][background]++;
      }
    }
  }

  private record Pair(int truth, int detection, double iou) {}

  /** Returns the class names, without the background. */
  public List<String> classNames() {
    return classNames;
  }

  /** Returns the row and column index of the background class. */
  public int backgroundIndex() {
    return classNames.size();
  }

  /**
   * Returns how often a box of class {@code actual} was detected as class {@code predicted}.
   *
   * @param predicted predicted class index, or {@link #backgroundIndex()} for a missed box
   * @param actual true class index, or {@link #backgroundIndex()} for a detection that matches no box
   */
  public long count(int predicted, int actual) {
    Objects.checkIndex(predicted, counts.length);
    Objects.checkIndex(actual, counts.length);
    return counts[predicted][actual];
  }

  /** Returns a copy of the counts, indexed {@code [predicted][actual]}, with {@code classNames().size() + 1} rows. */
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }
}
