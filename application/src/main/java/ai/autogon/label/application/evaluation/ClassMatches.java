package ai.autogon.label.application.evaluation;

import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.project.LabelledBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Detections of one class over all images by descending score, each marked true or false positive per IoU threshold. */
final class ClassMatches {
  private final int instances;
  private final double[] scores;
  private final boolean[][] truePositives;

  private ClassMatches(int instances, double[] scores, boolean[][] truePositives) {
    this.instances = instances;
    this.scores = scores;
    this.truePositives = truePositives;
  }

  /**
   * Matches the detections of one class to its ground truth, image by image, at every IoU threshold.
   *
   * <p>Within an image, detections are visited by descending score (ties in input order). Each one takes the
   * unmatched ground-truth box with the highest IoU at or above the threshold (ties to the earlier box) and is a
   * true positive, or it finds none and is a false positive. Detections on images without ground truth of the
   * class are false positives.
   */
  static ClassMatches match(int classIndex, List<EvaluationImage> images, double[] iouThresholds) {
    int instances = 0;
    List<MatchedDetection> matched = new ArrayList<>();
    for (EvaluationImage image : images) {
      List<LabelledBox> truths = image.groundTruth().stream()
          .filter(box -> box.classIndex() == classIndex)
          .toList();
      List<Detection> detections = image.detections().stream()
          .filter(detection -> detection.classIndex() == classIndex)
          .sorted(Comparator.comparingDouble(Detection::score).reversed())
          .toList();
      instances += truths.size();
      matched.addAll(matchImage(truths, detections, iouThresholds));
    }
    // Stable sort: equal scores stay in image order, then in the order above.
    matched.sort(Comparator.comparingDouble(MatchedDetection::score).reversed());

    double[] scores = new double[matched.size()];
    boolean[][] truePositives = new boolean[iouThresholds.length][matched.size()];
    for (int k = 0; k < matched.size(); k++) {
      scores[k] = matched.get(k).score();
      for (int t = 0; t < iouThresholds.length; t++) {
        truePositives[t][k] = matched.get(k).truePositive()[t];
      }
    }
    return new ClassMatches(instances, scores, truePositives);
  }

  private static List<MatchedDetection> matchImage(
      List<LabelledBox> truths, List<Detection> detections, double[] iouThresholds) {
    double[][] ious = new double[detections.size()][truths.size()];
    for (int d = 0; d < detections.size(); d++) {
      for (int g = 0; g < truths.size(); g++) {
        ious[d][g] = detections.get(d).box().iou(truths.get(g).box());
      }
    }

    boolean[][] truePositive = new boolean[detections.size()][iouThresholds.length];
    for (int t = 0; t < iouThresholds.length; t++) {
      boolean[] truthTaken = new boolean[truths.size()];
      for (int d = 0; d < detections.size(); d++) {
        int best = bestUnmatchedTruth(ious[d], truthTaken, iouThresholds[t]);
        if (best >= 0) {
          truthTaken[best] = true;
          truePositive[d][t] = true;
        }
      }
    }

    List<MatchedDetection> matched = new ArrayList<>(detections.size());
    for (int d = 0; d < detections.size(); d++) {
      matched.add(new MatchedDetection(detections.get(d).score(), truePositive[d]));
    }
    return matched;
  }

  private static int bestUnmatchedTruth(double[] ious, boolean[] truthTaken, double threshold) {
    int best = -1;
    for (int g = 0; g < ious.length; g++) {
      if (!truthTaken[g] && ious[g] >= threshold && (best < 0 || ious[g] > ious[best])) {
        best = g;
      }
    }
    return best;
  }

  private record MatchedDetection(double score, boolean[] truePositive) {}

  int instances() {
    return instances;
  }

  int detections() {
    return scores.length;
  }

  /** Returns the precision-recall curve at the IoU threshold with the given index; needs ground truth. */
  PrecisionRecallCurve curve(int thresholdIndex) {
    boolean[] hits = truePositives[thresholdIndex];
    double[] recall = new double[hits.length];
    double[] precision = new double[hits.length];
    int truePositiveCount = 0;
    for (int k = 0; k < hits.length; k++) {
      if (hits[k]) {
        truePositiveCount++;
      }
      recall[k] = (double) truePositiveCount / instances;
      precision[k] = (double) truePositiveCount / (k + 1);
    }
    return new PrecisionRecallCurve(scores, recall, precision, AveragePrecision.interpolatedPrecision(recall, precision));
  }
}
