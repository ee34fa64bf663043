package ai.autogon.label.application.evaluation;

import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.project.LabelledBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates detections against ground truth the way COCO does, per class and over all classes.
 *
 * <p>The rules, for each class and each IoU threshold in {@link #IOU_THRESHOLDS}:
 *
 * <ul>
 *   <li>Matching is greedy per image: detections by descending score, each taking the unmatched ground-truth box
 *       of its class with the highest IoU at or above the threshold. Each box is matched at most once, and every
 *       other detection, including any on an image without ground truth, is a false positive.
 *   <li>Average precision is the mean of the interpolated precision at the 101 recall levels 0, 0.01, ..., 1,
 *       with precision made non-increasing from the right first. All detections count, whatever their
 *       confidence, and there is no per-image limit on their number (COCO keeps the best 100 per image).
 *   <li>Boxes marked {@code difficult} count like any other box. Pascal VOC instead ignores them, so neither
 *       matching nor missing them changes the result there.
 *   <li>Precision and recall are taken at IoU 0.50 at the confidence cut-off that maximises F1 for that class.
 *       Each class gets its own cut-off, unlike YOLO, which picks one confidence for all classes.
 *   <li>A class without ground truth has no defined average precision or recall. It is reported in
 *       {@link DetectionEvaluation#classes()} with {@code NaN} values and left out of {@link ModelMetrics}, whose
 *       overall values are means over the classes with ground truth, or 0 when there are none.
 * </ul>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DetectionEvaluator {
  /** IoU thresholds 0.50, 0.55, ..., 0.95 that mAP50-95 averages over. */
  public static final List<Double> IOU_THRESHOLDS = iouThresholds();

  /** IoU above which the confusion matrix matches a detection to a box, by default; YOLO's value. */
  public static final OverlapThreshold CONFUSION_OVERLAP = OverlapThreshold.of(0.45);

  /** Confidence a detection needs to enter the confusion matrix, by default; YOLO's value. */
  public static final ConfidenceThreshold CONFUSION_CONFIDENCE = ConfidenceThreshold.of(0.25);

  private static final int IOU_50 = 0;

  private final OverlapThreshold confusionOverlap;
  private final ConfidenceThreshold confusionConfidence;

  /** Creates an evaluator whose confusion matrix uses IoU 0.45 and confidence 0.25. */
  public DetectionEvaluator() {
    this(CONFUSION_OVERLAP, CONFUSION_CONFIDENCE);
  }

  /** Creates an evaluator whose confusion matrix uses the given IoU and confidence thresholds. */
  public DetectionEvaluator(OverlapThreshold confusionOverlap, ConfidenceThreshold confusionConfidence) {
    this.confusionOverlap = Objects.requireNonNull(confusionOverlap, "confusionOverlap");
    this.confusionConfidence = Objects.requireNonNull(confusionConfidence, "confusionConfidence");
  }

  /**
   * Evaluates the detections on a set of images.
   *
   * @param classNames class names that class indices of boxes and detections point into
   * @param images ground truth and detections of each evaluation image
   * @throws IllegalArgumentException if a box or detection has a class index outside {@code classNames}
   */
  public DetectionEvaluation evaluate(List<String> classNames, List<EvaluationImage> images) {
    requireClassIndicesInRange(classNames, images);

    double[] thresholds = IOU_THRESHOLDS.stream().mapToDouble(Double::doubleValue).toArray();
    List<ClassEvaluation> classes = new ArrayList<>();
    for (int classIndex = 0; classIndex < classNames.size(); classIndex++) {
      ClassMatches matches = ClassMatches.match(classIndex, images, thresholds);
      classes.add(evaluateClass(classIndex, classNames.get(classIndex), matches));
    }

    ConfusionMatrix confusionMatrix = ConfusionMatrix.compute(classNames, images, confusionOverlap, confusionConfidence);
    return new DetectionEvaluation(summarise(classes), classes, confusionMatrix);
  }

  private static ClassEvaluation evaluateClass(int classIndex, String label, ClassMatches matches) {
    if (matches.instances() == 0) {
      PrecisionRecallCurve noCurve = new PrecisionRecallCurve(new double[0], new double[0], new double[0], new double[0]);
      List<Double> undefined = IOU_THRESHOLDS.stream().map(threshold -> Double.NaN).toList();
      return new ClassEvaluation(
          classIndex, label, 0, matches.detections(), undefined,
          Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, noCurve);
    }

    List<Double> averagePrecisions = new ArrayList<>();
    for (int t = 0; t < IOU_THRESHOLDS.size(); t++) {
      averagePrecisions.add(AveragePrecision.of(matches.curve(t).interpolatedPrecision()));
    }
    double ap50to95 = averagePrecisions.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

    PrecisionRecallCurve curve50 = matches.curve(IOU_50);
    BestF1 best = BestF1.of(curve50);
    return new ClassEvaluation(
        classIndex, label, matches.instances(), matches.detections(), averagePrecisions,
        averagePrecisions.get(IOU_50), ap50to95, best.precision(), best.recall(), best.f1(), best.confidence(), curve50);
  }

  private static ModelMetrics summarise(List<ClassEvaluation> classes) {
    List<ClassMetrics> perClass = classes.stream()
        .filter(ClassEvaluation::hasGroundTruth)
        .map(c -> new ClassMetrics(c.label(), c.instances(), c.precision(), c.recall(), c.ap50(), c.ap50to95()))
        .toList();
    if (perClass.isEmpty()) {
      return ModelMetrics.empty();
    }
    return new ModelMetrics(
        perClass.stream().mapToDouble(ClassMetrics::precision).average().orElseThrow(),
        perClass.stream().mapToDouble(ClassMetrics::recall).average().orElseThrow(),
        perClass.stream().mapToDouble(ClassMetrics::ap50).average().orElseThrow(),
        perClass.stream().mapToDouble(ClassMetrics::ap50to95).average().orElseThrow(),
        perClass);
  }

  private static void requireClassIndicesInRange(List<String> classNames, List<EvaluationImage> images) {
    for (int i = 0; i < images.size(); i++) {
      for (LabelledBox box : images.get(i).groundTruth()) {
        requireClassIndex("ground-truth box", box.classIndex(), i, classNames);
      }
      for (Detection detection : images.get(i).detections()) {
        requireClassIndex("detection", detection.classIndex(), i, classNames);
      }
    }
  }

  private static void requireClassIndex(String what, int classIndex, int imageIndex, List<String> classNames) {
    if (classIndex >= classNames.size()) {
      throw new IllegalArgumentException(
          what + " class index " + classIndex + " in evaluation image " + imageIndex + " is outside the "
              + classNames.size() + " class names " + classNames);
    }
  }

  private static List<Double> iouThresholds() {
    List<Double> thresholds = new ArrayList<>();
    for (int percent = 50; percent <= 95; percent += 5) {
      // percent / 100.0 is the double nearest the exact threshold, so an IoU of exactly 0.5 reaches 0.50.
      thresholds.add(percent / 100.0);
    }
    return List.copyOf(thresholds);
  }
}
