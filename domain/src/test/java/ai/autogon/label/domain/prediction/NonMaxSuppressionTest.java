package ai.autogon.label.domain.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.project.AppId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NonMaxSuppressionTest {
  private static final int CIRCLE = 0;
  private static final int SQUARE = 1;

  // Reference box: 10 x 10 at the origin, area 100.
  private static final BoundingBox TEN_BY_TEN = new BoundingBox(0, 0, 10, 10);
  // Inside the reference box, area 50: IoU = 50 / 100 = 0.5.
  private static final BoundingBox HALF = new BoundingBox(0, 0, 10, 5);
  // Inside the reference box, area 45: IoU = 45 / 100 = 0.45, which is also the double nearest 0.45.
  private static final BoundingBox FORTY_FIVE = new BoundingBox(0, 0, 9, 5);

  @Test
  void keepsOnlyTheBestOfOverlappingBoxes() {
    // given
    Detection best = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection overlapping = new Detection(CIRCLE, 0.8, HALF);
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 300, false);

    // when
    List<Detection> kept = nms.apply(List.of(overlapping, best));

    // then: IoU 0.5 > 0.45, so the lower-scoring box goes
    assertThat(kept).containsExactly(best);
  }

  @Test
  void keepsBoxWithIouEqualToThreshold() {
    // given
    Detection best = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection atThreshold = new Detection(CIRCLE, 0.7, FORTY_FIVE);
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 300, false);

    // when
    List<Detection> kept = nms.apply(List.of(best, atThreshold));

    // then: IoU 0.45 is not strictly greater than 0.45
    assertThat(best.box().iou(atThreshold.box())).isEqualTo(0.45);
    assertThat(kept).containsExactly(best, atThreshold);
  }

  @Test
  void comparesOnlyWithKeptBoxes() {
    // given: B overlaps A with IoU 50 / 150 = 0.333, C overlaps B with 0.333 and does not touch A's interior
    Detection a = new Detection(CIRCLE, 0.9, new BoundingBox(0, 0, 10, 10));
    Detection b = new Detection(CIRCLE, 0.8, new BoundingBox(5, 0, 10, 10));
    Detection c = new Detection(CIRCLE, 0.7, new BoundingBox(10, 0, 10, 10));
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.3), 300, false);

    // when
    List<Detection> kept = nms.apply(List.of(c, b, a));

    // then: B is dropped by A, so it cannot drop C
    assertThat(kept).containsExactly(a, c);
  }

  @Test
  void thresholdZeroKeepsOnlyBoxesWithoutOverlap() {
    // given
    Detection first = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection touching = new Detection(CIRCLE, 0.8, new BoundingBox(10, 0, 10, 10));
    // Overlaps the first box in a 1 x 10 strip: IoU = 10 / 190.
    Detection slightlyOverlapping = new Detection(CIRCLE, 0.7, new BoundingBox(9, 5, 10, 10));
    Detection apart = new Detection(CIRCLE, 0.6, new BoundingBox(50, 50, 10, 10));
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0), 300, false);

    // when
    List<Detection> kept = nms.apply(List.of(first, touching, slightlyOverlapping, apart));

    // then
    assertThat(kept).containsExactly(first, touching, apart);
  }

  @Test
  void thresholdOneKeepsEverything() {
    // given
    Detection first = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection identical = new Detection(CIRCLE, 0.8, TEN_BY_TEN);
    Detection inside = new Detection(CIRCLE, 0.7, HALF);
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(1), 300, false);

    // when
    List<Detection> kept = nms.apply(List.of(inside, identical, first));

    // then
    assertThat(kept).containsExactly(first, identical, inside);
  }

  @Test
  void differentClassesDoNotSuppressEachOther() {
    // given
    Detection circle = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection square = new Detection(SQUARE, 0.8, TEN_BY_TEN);
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 300, false);

    // when
    List<Detection> kept = nms.apply(List.of(square, circle));

    // then
    assertThat(kept).containsExactly(circle, square);
  }

  @Test
  void classAgnosticSuppressesAcrossClasses() {
    // given
    Detection circle = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection square = new Detection(SQUARE, 0.8, HALF);
    Detection squareAtThreshold = new Detection(SQUARE, 0.7, FORTY_FIVE);
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 300, true);

    // when
    List<Detection> kept = nms.apply(List.of(square, circle, squareAtThreshold));

    // then
    assertThat(kept).containsExactly(circle, squareAtThreshold);
  }

  @Test
  void truncatesToMaxDetectionsByScore() {
    // given: five boxes that do not overlap
    List<Detection> candidates = new ArrayList<>();
    double[] scores = {0.3, 0.9, 0.1, 0.7, 0.5};
    for (int i = 0; i < scores.length; i++) {
      candidates.add(new Detection(i % 2, scores[i], new BoundingBox(i * 20, 0, 10, 10)));
    }
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 3, false);

    // when
    List<Detection> kept = nms.apply(candidates);

    // then
    assertThat(kept).extracting(Detection::score).containsExactly(0.9, 0.7, 0.5);
  }

  @Test
  void truncationCountsOnlyKeptBoxes() {
    // given: the second-best box is suppressed, so the third one fills the second slot
    Detection best = new Detection(CIRCLE, 0.9, TEN_BY_TEN);
    Detection suppressed = new Detection(CIRCLE, 0.8, HALF);
    Detection third = new Detection(CIRCLE, 0.7, new BoundingBox(40, 40, 10, 10));
    Detection fourth = new Detection(CIRCLE, 0.6, new BoundingBox(80, 80, 10, 10));
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 2, false);

    // when
    List<Detection> kept = nms.apply(List.of(best, suppressed, third, fourth));

    // then
    assertThat(kept).containsExactly(best, third);
  }

  @Test
  void equalScoresKeepInputOrder() {
    // given
    Detection first = new Detection(CIRCLE, 0.5, TEN_BY_TEN);
    Detection second = new Detection(CIRCLE, 0.5, HALF);
    Detection apart = new Detection(CIRCLE, 0.5, new BoundingBox(40, 0, 10, 10));
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 300, false);

    // when
    List<Detection> forwards = nms.apply(List.of(first, second, apart));
    List<Detection> backwards = nms.apply(List.of(apart, second, first));

    // then: the earlier of two tied, overlapping boxes wins
    assertThat(forwards).containsExactly(first, apart);
    assertThat(backwards).containsExactly(apart, second);
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    // given
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.DEFAULT, 300, false);

    // when
    List<Detection> kept = nms.apply(List.of());

    // then
    assertThat(kept).isEmpty();
  }

  @Test
  void handlesThousandsOfCandidates() {
    // given: 20 000 random boxes in 4 classes
    Random random = new Random(7);
    List<Detection> candidates = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      double x = random.nextDouble() * 600;
      double y = random.nextDouble() * 600;
      candidates.add(new Detection(i % 4, random.nextDouble(), new BoundingBox(x, y, 20 + random.nextDouble() * 40, 20 + random.nextDouble() * 40)));
    }
    NonMaxSuppression nms = NonMaxSuppression.of(OverlapThreshold.of(0.45), 100_000, false);

    // when
    long start = System.nanoTime();
    List<Detection> kept = nms.apply(candidates);
    long millis = (System.nanoTime() - start) / 1_000_000;

    // then: no two kept boxes of one class overlap above the threshold, and scores descend
    int overlappingPairs = 0;
    int scoreInversions = 0;
    for (int i = 0; i < kept.size(); i++) {
      for (int j = i + 1; j < kept.size(); j++) {
        Detection earlier = kept.get(i);
        Detection later = kept.get(j);
        if (earlier.classIndex() == later.classIndex() && earlier.box().iou(later.box()) > 0.45) {
          overlappingPairs++;
        }
      }
      if (i > 0 && kept.get(i).score() > kept.get(i - 1).score()) {
        scoreInversions++;
      }
    }
    assertThat(millis).isLessThan(5_000);
    assertThat(kept).hasSizeBetween(100, candidates.size() - 1);
    assertThat(overlappingPairs).isZero();
    assertThat(scoreInversions).isZero();
  }

  @Test
  void takesSettingsFromPredictionRequest() {
    // given
    PredictionRequest request = new PredictionRequest(
        AppId.of(1),
        List.of(ImageReference.parse("file:/tmp/a.png")),
        ConfidenceThreshold.DEFAULT,
        OverlapThreshold.of(0.6),
        ModelName.of("shapes"),
        7,
        true);

    // when
    NonMaxSuppression nms = NonMaxSuppression.of(request);

    // then
    assertThat(nms.overlap()).isEqualTo(OverlapThreshold.of(0.6));
    assertThat(nms.maxDetections()).isEqualTo(7);
    assertThat(nms.classAgnostic()).isTrue();
  }

  @Test
  void rejectsMaxDetectionsBelowOne() {
    assertThatThrownBy(() -> NonMaxSuppression.of(OverlapThreshold.DEFAULT, 0, false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("max_detections must be at least 1, got 0");
  }
}
