package ai.autogon.label.engine;

import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * COCO-style scoring of validation detections: AP at IoU 0.50 and averaged over 0.50:0.05:0.95 with 101-point
 * interpolation, precision and recall at the confidence of maximum F1, per class and averaged over classes with
 * ground truth.
 */
// TODO: replace with ai.autogon.label.application.evaluation.DetectionEvaluator once it is on main.
final class ValidationScorer {
  private static final int THRESHOLDS = 10;

  private final List<String> classNames;
  private final List<List<Detection>> detections = new ArrayList<>();
  private final List<Sample> truths = new ArrayList<>();

  ValidationScorer(List<String> classNames) {
    this.classNames = List.copyOf(classNames);
  }

  /** Adds one image's detections and ground truth, both in the same pixel space. */
  void add(List<Detection> imageDetections, Sample truth) {
    detections.add(List.copyOf(imageDetections));
    truths.add(truth);
  }

  ModelMetrics score() {
    List<ClassMetrics> perClass = new ArrayList<>();
    for (int c = 0; c < classNames.size(); c++) {
      ClassMetrics metrics = scoreClass(c);
      if (metrics.instances() > 0) {
        perClass.add(metrics);
      }
    }
    if (perClass.isEmpty()) {
      return ModelMetrics.empty();
    }
    double precision = perClass.stream().mapToDouble(ClassMetrics::precision).average().orElse(0);
    double recall = perClass.stream().mapToDouble(ClassMetrics::recall).average().orElse(0);
    double map50 = perClass.stream().mapToDouble(ClassMetrics::ap50).average().orElse(0);
    double map = perClass.stream().mapToDouble(ClassMetrics::ap50to95).average().orElse(0);
    return new ModelMetrics(precision, recall, map50, map, perClass);
  }

  private ClassMetrics scoreClass(int label) {
    record Scored(int image, Detection detection) {}
    List<Scored> scored = new ArrayList<>();
    int instances = 0;
    for (int i = 0; i < truths.size(); i++) {
      for (Detection detection : detections.get(i)) {
        if (detection.label() == label) {
          scored.add(new Scored(i, detection));
        }
      }
      for (int l : truths.get(i).labels()) {
        instances += l == label ? 1 : 0;
      }
    }
    scored.sort(Comparator.comparingDouble((Scored s) -> s.detection().score()).reversed());

    double[] ap = new double[THRESHOLDS];
    double bestF1 = -1;
    double bestPrecision = 0;
    double bestRecall = 0;
    for (int t = 0; t < THRESHOLDS; t++) {
      double threshold = 0.5 + 0.05 * t;
      boolean[][] used = new boolean[truths.size()][];
      for (int i = 0; i < truths.size(); i++) {
        used[i] = new boolean[truths.get(i).boxCount()];
      }
      double[] precision = new double[scored.size()];
      double[] recall = new double[scored.size()];
      int truePositives = 0;
      for (int k = 0; k < scored.size(); k++) {
        Scored s = scored.get(k);
        Sample truth = truths.get(s.image());
        int match = -1;
        double bestIou = threshold;
        for (int g = 0; g < truth.boxCount(); g++) {
          if (truth.labels()[g] != label || used[s.image()][g]) {
            continue;
          }
          Detection box = new Detection(truth.boxes()[g * 4], truth.boxes()[g * 4 + 1], truth.boxes()[g * 4 + 2], truth.boxes()[g * 4 + 3], 1, label);
          double iou = box.iou(s.detection());
          if (iou >= bestIou) {
            bestIou = iou;
            match = g;
          }
        }
        if (match >= 0) {
          used[s.image()][match] = true;
          truePositives++;
        }
        precision[k] = (double) truePositives / (k + 1);
        recall[k] = instances == 0 ? 0 : (double) truePositives / instances;
        if (t == 0) {
          double f1 = precision[k] + recall[k] == 0 ? 0 : 2 * precision[k] * recall[k] / (precision[k] + recall[k]);
          if (f1 > bestF1) {
            bestF1 = f1;
            bestPrecision = precision[k];
            bestRecall = recall[k];
          }
        }
      }
      ap[t] = interpolatedAp(precision, recall);
    }
    return new ClassMetrics(classNames.get(label), instances, bestPrecision, bestRecall, ap[0], Arrays.stream(ap).average().orElse(0));
  }

  /** Returns the mean of the precision envelope sampled at 101 recall points. */
  private static double interpolatedAp(double[] precision, double[] recall) {
    double[] envelope = precision.clone();
    for (int k = envelope.length - 2; k >= 0; k--) {
      envelope[k] = Math.max(envelope[k], envelope[k + 1]);
    }
    double sum = 0;
    int k = 0;
    for (int point = 0; point <= 100; point++) {
      double target = point / 100.0;
      while (k < recall.length && recall[k] < target) {
        k++;
      }
      sum += k < recall.length ? envelope[k] : 0;
    }
    return sum / 101;
  }
}
