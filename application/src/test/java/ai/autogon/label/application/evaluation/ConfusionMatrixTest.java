package ai.autogon.label.application.evaluation;

import static ai.autogon.label.application.evaluation.DetectionEvaluatorTest.detection;
import static ai.autogon.label.application.evaluation.DetectionEvaluatorTest.image;
import static ai.autogon.label.application.evaluation.DetectionEvaluatorTest.truth;
import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  private static final List<String> CLASSES = List.of("circle", "square");
  private static final int CIRCLE = 0;
  private static final int SQUARE = 1;
  private static final int BACKGROUND = 2;

  @Test
  void countsHitsConfusionsMissesAndStrayDetections() {
    // given: a circle found as a circle, a square found as a circle, a square missed, a stray circle
    // detection, and a detection below the 0.25 confidence that is ignored
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), truth(SQUARE, 20, 0, 10, 10), truth(SQUARE, 40, 0, 10, 10)),
        List.of(
            detection(CIRCLE, 0.9, 0, 0, 10, 10),
            detection(CIRCLE, 0.8, 20, 0, 10, 10),
            detection(CIRCLE, 0.7, 100, 100, 10, 10),
            detection(SQUARE, 0.1, 40, 0, 10, 10))));

    // when
    ConfusionMatrix matrix = new DetectionEvaluator().evaluate(CLASSES, images).confusionMatrix();

    // then
    assertThat(matrix.backgroundIndex()).isEqualTo(BACKGROUND);
    assertThat(matrix.count(CIRCLE, CIRCLE)).isEqualTo(1);
    assertThat(matrix.count(CIRCLE, SQUARE)).isEqualTo(1);
    assertThat(matrix.count(CIRCLE, BACKGROUND)).isEqualTo(1);
    assertThat(matrix.count(BACKGROUND, SQUARE)).isEqualTo(1);
    assertThat(matrix.counts()).isDeepEqualTo(new long[][] {{1, 1, 1}, {0, 0, 0}, {0, 1, 0}});
  }

  @Test
  void matchesOnlyAboveOverlap() {
    // given: IoU 0.45 exactly (a 9 x 5 box inside a 10 x 10 box) is not above the 0.45 threshold
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.9, 0, 0, 9, 5))));

    // when
    ConfusionMatrix matrix = new DetectionEvaluator().evaluate(CLASSES, images).confusionMatrix();

    // then: a missed circle and a stray detection
    assertThat(matrix.count(CIRCLE, CIRCLE)).isZero();
    assertThat(matrix.count(BACKGROUND, CIRCLE)).isEqualTo(1);
    assertThat(matrix.count(CIRCLE, BACKGROUND)).isEqualTo(1);
  }

  @Test
  void matchesHighestIouPairFirst() {
    // given: the square detection overlaps the circle box with IoU 0.6 and the square box with IoU 1;
    // the circle detection overlaps only the circle box, with IoU 0.6
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10), truth(SQUARE, 0, 4, 10, 6)),
        List.of(detection(SQUARE, 0.9, 0, 4, 10, 6), detection(CIRCLE, 0.8, 0, 0, 10, 6))));

    // when
    ConfusionMatrix matrix = new DetectionEvaluator().evaluate(CLASSES, images).confusionMatrix();

    // then
    assertThat(matrix.counts()).isDeepEqualTo(new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 0}});
  }

  @Test
  void usesConfiguredThresholds() {
    // given: a detection at confidence 0.3 with IoU 0.5
    List<EvaluationImage> images = List.of(image(
        List.of(truth(CIRCLE, 0, 0, 10, 10)),
        List.of(detection(CIRCLE, 0.3, 0, 0, 10, 5))));
    DetectionEvaluator strict = new DetectionEvaluator(OverlapThreshold.of(0.6), ConfidenceThreshold.of(0.5));

    // when
    ConfusionMatrix matrix = strict.evaluate(CLASSES, images).confusionMatrix();

    // then: the detection is below the confidence, so the circle counts as missed and nothing else is counted
    assertThat(matrix.counts()).isDeepEqualTo(new long[][] {{0, 0, 0}, {0, 0, 0}, {1, 0, 0}});
  }
}
