package ai.autogon.label.application.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AveragePrecisionTest {
  @Test
  void recallOfExactlyHalfReachesLevelFifty() {
    // given: one point at recall 0.5 with precision 1
    double[] recall = {0.5};
    double[] precision = {1.0};

    // when
    double[] interpolated = AveragePrecision.interpolatedPrecision(recall, precision);

    // then: levels 0..50 reach it, 51..100 do not
    assertThat(interpolated[50]).isEqualTo(1.0);
    assertThat(interpolated[51]).isZero();
    assertThat(AveragePrecision.of(interpolated)).isCloseTo(51.0 / 101, within(1e-12));
  }

  @Test
  void precisionIsMadeNonIncreasingFromTheRight() {
    // given: precision dips to 1/2 and recovers to 2/3 at higher recall
    double[] recall = {0.25, 0.25, 0.5};
    double[] precision = {1.0, 0.5, 2.0 / 3};

    // when
    double[] interpolated = AveragePrecision.interpolatedPrecision(recall, precision);

    // then: levels 0..25 take the first point (1), levels 26..50 the third (2/3), the rest 0
    assertThat(interpolated[0]).isEqualTo(1.0);
    assertThat(interpolated[25]).isEqualTo(1.0);
    assertThat(interpolated[26]).isEqualTo(2.0 / 3);
    assertThat(interpolated[50]).isEqualTo(2.0 / 3);
    assertThat(interpolated[51]).isZero();
  }

  @Test
  void emptyCurveGivesZero() {
    double[] interpolated = AveragePrecision.interpolatedPrecision(new double[0], new double[0]);

    assertThat(interpolated).hasSize(101).containsOnly(0.0);
    assertThat(AveragePrecision.of(interpolated)).isZero();
  }
}
