package ai.autogon.label.application.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DetectionEvaluatorTest {
  private static final Offset<Double> EXACT = within(1e-12);
  private static final List<String> CLASSES = List.of("circle", "square");
  private static final int CIRCLE = 0;
  private static final int SQUARE = 1;

  private final DetectionEvaluator evaluator = new DetectionEvaluator();

  @Test
  void perfectDetectorScoresOne() {
    // given: two images with one circle each, found exactly
    List<EvaluationImage> images = List.of(
        image(List.of(truth(CIRCLE, 0, 0, 10, 10)), List.of(detection(CIRCLE, 0.9, 0, 0, 10, 10))),
        image(List.of(truth(CIRCLE, 5, 5, 20, 20)), List.of(detection(CIRCLE, 0.8, 5, 5, 20, 20))));

    // when
    DetectionEvaluation evaluation = evaluator.evaluate(List.of("circle"), images);

    // then
    ModelMetrics metrics = evaluation.metrics();
    assertThat(metrics.map50()).isEqualTo(1.0);
    assertThat(metrics.map50to95()).isEqualTo(1.0);
    assertThat(metrics.precision()).isEqualTo(1.0);
    assertThat(metrics.recall()).isEqualTo(1.0);
    assertThat(metrics.perClass()).containsExactly(new ClassMetrics("circle", 2, 1.0, 1.0, 1.0, 1.0));
  }

  @Test
  void falsePositiveAboveTruePositiveHalvesPrecision() {
    // given: one circle; a wrong box at 0.9 outranks the right one at 0.8.
    // Points: (recall 0, precision 0), (recall 1, precision 1/2). Non-increasing from the right: 1/2, 1/2.
    // Recall level 0 takes the first point (1/2), levels 0.01..1 take the second (1/2), so AP = 1/2.
    // Exact boxes match at every IoU threshold, so AP50-95 = 1/2 too.
    // F1 at cut-off 0.9 is 0; at 0.8 it is 2 * 1/2 * 1 / (1/2 + 1) = 2/3.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 50, 50, 10, 10), detection(CIRCLE, 0.8, 0, 0, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.ap50()).isCloseTo(0.5, EXACT);
    assertThat(circle.ap50to95()).isCloseTo(0.5, EXACT);
    assertThat(circle.precision()).isEqualTo(0.5);
    assertThat(circle.recall()).isEqualTo(1.0);
    assertThat(circle.f1()).isCloseTo(2.0 / 3, EXACT);
    assertThat(circle.bestF1Confidence()).isEqualTo(0.8);
    assertThat(circle.curve50().recall()).containsExactly(0.0, 1.0);
    assertThat(circle.curve50().precision()).containsExactly(0.0, 0.5);
    assertThat(circle.curve50().confidences()).containsExactly(0.9, 0.8);
  }

  @Test
  void missedBoxLimitsRecall() {
    // given: two circles, one found. The single point is (recall 1/2, precision 1).
    // Recall levels 0, 0.01, ..., 0.50 (51 levels) get precision 1 and the other 50 get 0: AP = 51/101.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), truth(CIRCLE, 40, 40, 10, 10)),
        List.of(detection(CIRCLE, 0.7, 0, 0, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.ap50()).isCloseTo(51.0 / 101, EXACT);
    assertThat(circle.ap50to95()).isCloseTo(51.0 / 101, EXACT);
    assertThat(circle.precision()).isEqualTo(1.0);
    assertThat(circle.recall()).isEqualTo(0.5);
    assertThat(circle.instances()).isEqualTo(2);
  }

  @Test
  void iouExactlyAtHalfMatchesAtFiftyOnly() {
    // given: a 10 x 5 box inside a 10 x 10 box: IoU = 50 / 100 = 0.5, a match at 0.50 (at or above) only.
    // AP per threshold: 1 at 0.50 and 0 at the nine others, so AP50-95 = 1/10.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 0, 0, 10, 5))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.averagePrecisions()).containsExactly(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0);
    assertThat(circle.ap50()).isEqualTo(1.0);
    assertThat(circle.ap50to95()).isCloseTo(0.1, EXACT);
  }

  @Test
  void partialOverlapCountsFiveThresholds() {
    // given: a wrong box at 0.9 above a 10 x 7.2 box inside the 10 x 10 circle (IoU 0.72) at 0.8.
    // At thresholds 0.50..0.70 the curve is the one-false-positive case: AP = 1/2.
    // At 0.75..0.95 both detections are false positives: AP = 0.
    // AP50-95 = 5 * 1/2 / 10 = 1/4, which is 5/10 of AP50.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 50, 50, 10, 10), detection(CIRCLE, 0.8, 0, 0, 10, 7.2))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    double[] averagePrecisions = circle.averagePrecisions().stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(averagePrecisions).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0}, EXACT);
    assertThat(circle.ap50()).isCloseTo(0.5, EXACT);
    assertThat(circle.ap50to95()).isCloseTo(0.25, EXACT);
  }

  @Test
  void detectionOnBackgroundImageIsFalsePositive() {
    // given: the wrong box at 0.9 sits on a second image without ground truth; otherwise as the
    // one-false-positive case, so AP = 1/2, precision 1/2 and recall 1.
    List<EvaluationImage> images = List.of(
        image(List.of(truth(CIRCLE, 0, 0, 10, 10)), List.of(detection(CIRCLE, 0.8, 0, 0, 10, 10))),
        image(List.of(), List.of(detection(CIRCLE, 0.9, 0, 0, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.ap50()).isCloseTo(0.5, EXACT);
    assertThat(circle.precision()).isEqualTo(0.5);
    assertThat(circle.recall()).isEqualTo(1.0);
    assertThat(circle.detections()).isEqualTo(2);
  }

  @Test
  void classWithoutBoxesLeftOutOfMean() {
    // given: circles found perfectly (AP 1); one square detection but no square in the ground truth.
    // The mean over classes with ground truth is the circle's AP alone: 1, not (1 + 0) / 2.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 0, 0, 10, 10), detection(SQUARE, 0.6, 30, 30, 10, 10))));

    // when
    DetectionEvaluation evaluation = evaluator.evaluate(CLASSES, images);

    // then
    assertThat(evaluation.metrics().map50()).isEqualTo(1.0);
    assertThat(evaluation.metrics().map50to95()).isEqualTo(1.0);
    assertThat(evaluation.metrics().perClass()).extracting(ClassMetrics::label).containsExactly("circle");
    ClassEvaluation square = evaluation.classes().get(SQUARE);
    assertThat(square.label()).isEqualTo("square");
    assertThat(square.instances()).isZero();
    assertThat(square.detections()).isEqualTo(1);
    assertThat(square.hasGroundTruth()).isFalse();
    assertThat(square.ap50()).isNaN();
    assertThat(square.ap50to95()).isNaN();
    assertThat(square.averagePrecisions()).hasSize(10).allMatch(ap -> ap.isNaN());
    assertThat(square.precision()).isNaN();
    assertThat(square.recall()).isNaN();
    assertThat(square.curve50().size()).isZero();
  }

  @Test
  void classWithMissedBoxesCountsAsZero() {
    // given: circles found perfectly (AP 1), the only square missed (AP 0): mAP = (1 + 0) / 2.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), truth(SQUARE, 30, 30, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 0, 0, 10, 10))));

    // when
    ModelMetrics metrics = evaluator.evaluate(CLASSES, images).metrics();

    // then
    assertThat(metrics.map50()).isEqualTo(0.5);
    assertThat(metrics.map50to95()).isEqualTo(0.5);
    assertThat(metrics.precision()).isEqualTo(0.5);
    assertThat(metrics.recall()).isEqualTo(0.5);
    assertThat(metrics.perClass()).containsExactly(
        new ClassMetrics("circle", 1, 1.0, 1.0, 1.0, 1.0),
        new ClassMetrics("square", 1, 0.0, 0.0, 0.0, 0.0));
  }

  @Test
  void noDetectionsScoreZero() {
    // given
    List<EvaluationImage> images = List.of(image(List.of(truth(CIRCLE, 0, 0, 10, 10)), List.of()));

    // when
    DetectionEvaluation evaluation = evaluator.evaluate(CLASSES, images);

    // then
    ClassEvaluation circle = evaluation.classes().get(CIRCLE);
    assertThat(circle.ap50()).isZero();
    assertThat(circle.ap50to95()).isZero();
    assertThat(circle.precision()).isZero();
    assertThat(circle.recall()).isZero();
    assertThat(circle.f1()).isZero();
    assertThat(circle.bestF1Confidence()).isNaN();
    assertThat(circle.curve50().size()).isZero();
    assertThat(circle.curve50().interpolatedPrecision()).hasSize(101).containsOnly(0.0);
    assertThat(evaluation.metrics().map50()).isZero();
  }

  @Test
  void noGroundTruthAtAllGivesEmptyMetrics() {
    // given
    List<EvaluationImage> images = List.of(image(List.of(), List.of(detection(CIRCLE, 0.9, 0, 0, 10, 10))));

    // when
    DetectionEvaluation evaluation = evaluator.evaluate(CLASSES, images);

    // then
    assertThat(evaluation.metrics()).isEqualTo(ModelMetrics.empty());
    assertThat(evaluation.classes()).hasSize(2);
  }

  @Test
  void eachBoxIsMatchedOnce() {
    // given: two detections on the same circle; the second is a duplicate, so a false positive.
    // Points: (1, 1) and (1, 1/2). Every recall level reaches the first point, so AP = 1.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.8, 0, 0, 10, 10), detection(CIRCLE, 0.9, 0, 0, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.curve50().precision()).containsExactly(1.0, 0.5);
    assertThat(circle.curve50().recall()).containsExactly(1.0, 1.0);
    assertThat(circle.ap50()).isEqualTo(1.0);
    assertThat(circle.precision()).isEqualTo(1.0);
    assertThat(circle.bestF1Confidence()).isEqualTo(0.9);
  }

  @Test
  void detectionTakesHighestIouBox() {
    // given: boxes A at x 0 and B at x 2, both 10 x 10. Detection D1 (0.9) at x 1.5 has IoU 85/115 = 0.739 with A
    // and 95/105 = 0.905 with B, so it takes B. Detection D2 (0.8) equals A (IoU 1).
    // Thresholds 0.50..0.90: both are true positives, AP = 1. Taking the first box instead would leave D2 with
    // IoU 80/120 = 0.667 against B and fail from 0.70 on.
    // Threshold 0.95: D1 is a false positive above D2. Points (0, 0) and (1/2, 1/2); levels 0..0.50 get 1/2 and
    // the other 50 get 0, so AP = 25.5/101.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), truth(CIRCLE, 2, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 1.5, 0, 10, 10), detection(CIRCLE, 0.8, 0, 0, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.averagePrecisions().subList(0, 9)).containsOnly(1.0);
    assertThat(circle.averagePrecisions().get(9)).isCloseTo(25.5 / 101, EXACT);
  }

  @Test
  void picksConfidenceWithBestF1() {
    // given: three circles and five detections: TP 0.9, FP 0.8, TP 0.7, FP 0.6, FP 0.5.
    // F1 by cut-off: 0.9 -> 1/2, 0.8 -> 2/5, 0.7 -> 2/3 (precision 2/3, recall 2/3), 0.6 -> 4/7, 0.5 -> 1/2.
    // AP: precision 1, 1/2, 2/3, 1/2, 2/5 becomes 1, 2/3, 2/3, 1/2, 2/5 from the right. Levels 0..0.33 (34) get 1,
    // 0.34..0.66 (33) get 2/3, 0.67..1 (34) get 0: AP = (34 + 22) / 101 = 56/101.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), truth(CIRCLE, 20, 0, 10, 10), truth(CIRCLE, 40, 0, 10, 10)),
        List.of(
            detection(CIRCLE, 0.9, 0, 0, 10, 10),
            detection(CIRCLE, 0.8, 100, 100, 10, 10),
            detection(CIRCLE, 0.7, 20, 0, 10, 10),
            detection(CIRCLE, 0.6, 200, 100, 10, 10),
            detection(CIRCLE, 0.5, 300, 100, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.bestF1Confidence()).isEqualTo(0.7);
    assertThat(circle.precision()).isCloseTo(2.0 / 3, EXACT);
    assertThat(circle.recall()).isCloseTo(2.0 / 3, EXACT);
    assertThat(circle.f1()).isCloseTo(2.0 / 3, EXACT);
    assertThat(circle.ap50()).isCloseTo(56.0 / 101, EXACT);
  }

  @Test
  void equalConfidencesShareOneCutOff() {
    // given: one circle, a true and a false positive both at 0.8. A cut-off keeps both, so precision 1/2, recall 1.
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.8, 0, 0, 10, 10), detection(CIRCLE, 0.8, 50, 50, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.precision()).isEqualTo(0.5);
    assertThat(circle.recall()).isEqualTo(1.0);
    assertThat(circle.bestF1Confidence()).isEqualTo(0.8);
  }

  @Test
  void difficultBoxesCountAsNormal() {
    // given: one normal and one difficult circle, only the normal one found: recall 1/2, as for a missed box.
    LabelledBox difficult = new LabelledBox(CIRCLE, new BoundingBox(40, 40, 10, 10), true);
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), difficult),
        List.of(detection(CIRCLE, 0.7, 0, 0, 10, 10))));

    // when
    ClassEvaluation circle = evaluator.evaluate(CLASSES, images).classes().get(CIRCLE);

    // then
    assertThat(circle.instances()).isEqualTo(2);
    assertThat(circle.recall()).isEqualTo(0.5);
    assertThat(circle.ap50()).isCloseTo(51.0 / 101, EXACT);
  }

  @Test
  void pairsProjectImageWithDetections() {
    // given
    LabelledImage labelled = new LabelledImage(
        ImageReference.of(Path.of("/tmp/shapes-0.png")), 64, 48, List.of(truth(SQUARE, 1, 2, 3, 4)), Split.VAL);
    List<Detection> detections = List.of(detection(SQUARE, 0.5, 1, 2, 3, 4));

    // when
    EvaluationImage image = EvaluationImage.of(labelled, detections);

    // then
    assertThat(image.groundTruth()).isEqualTo(labelled.boxes());
    assertThat(image.detections()).isEqualTo(detections);
  }

  @Test
  void mapsAnnotationLabelsToClassIndices() {
    // given
    LabelledImage labelled = new LabelledImage(
        ImageReference.of(Path.of("/tmp/shapes-0.png")), 64, 48, List.of(truth(SQUARE, 1, 2, 3, 4)), Split.VAL);
    Annotation square = new Annotation("square", 0.5, new BoundingBox(1, 2, 3, 4));

    // when
    EvaluationImage image = EvaluationImage.ofAnnotations(labelled, List.of(square), CLASSES);

    // then
    assertThat(image.detections()).containsExactly(detection(SQUARE, 0.5, 1, 2, 3, 4));
  }

  @Test
  void rejectsAnnotationOfUnknownLabel() {
    LabelledImage labelled = new LabelledImage(ImageReference.of(Path.of("/tmp/shapes-0.png")), 64, 48, List.of(), Split.VAL);
    Annotation star = new Annotation("star", 0.5, new BoundingBox(1, 2, 3, 4));

    assertThatThrownBy(() -> EvaluationImage.ofAnnotations(labelled, List.of(star), CLASSES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("annotation label 'star' on file:///tmp/shapes-0.png is not one of the class names [circle, square]");
  }

  @Test
  void rejectsDetectionOfUnknownClass() {
    List<EvaluationImage> images = List.of(
        image(List.of(), List.of()),
        image(List.of(), List.of(detection(2, 0.5, 0, 0, 1, 1))));

    assertThatThrownBy(() -> evaluator.evaluate(CLASSES, images))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("detection class index 2 in evaluation image 1 is outside the 2 class names [circle, square]");
  }

  @Test
  void rejectsBoxOfUnknownClass() {
    List<EvaluationImage> images = List.of(image(List.of(truth(5, 0, 0, 1, 1)), List.of()));

    assertThatThrownBy(() -> evaluator.evaluate(CLASSES, images))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ground-truth box class index 5 in evaluation image 0 is outside the 2 class names [circle, square]");
  }

  @Test
  void iouThresholdsRunFromFiftyToNinetyFive() {
    assertThat(DetectionEvaluator.IOU_THRESHOLDS)
        .containsExactly(0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95);
  }

  @Test
  void emptyImageListGivesEmptyMetrics() {
    // when
    DetectionEvaluation evaluation = evaluator.evaluate(CLASSES, Collections.emptyList());

    // then
    assertThat(evaluation.metrics()).isEqualTo(ModelMetrics.empty());
    assertThat(evaluation.confusionMatrix().counts()).isDeepEqualTo(new long[3][3]);
  }

  static EvaluationImage image(List<LabelledBox> truths, List<Detection> detections) {
    return new EvaluationImage(truths, detections);
  }

  static LabelledBox truth(int classIndex, double x, double y, double width, double height) {
    return new LabelledBox(classIndex, new BoundingBox(x, y, width, height));
  }

  static Detection detection(int classIndex, double score, double x, double y, double width, double height) {
    return new Detection(classIndex, score, new BoundingBox(x, y, width, height));
  }
}
