package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoxDecoderTest {
  private static final int BINS = DetectorNetwork.BINS;

  @Test
  void peakedDistributionDecodesToItsBin() {
    // given logits strongly favouring bin 3
    float[] logits = new float[BINS];
    logits[3] = 50f;

    // when
    float distance = BoxDecoder.expectedBin(logits, 0, BINS);

    // then
    assertThat(distance).isCloseTo(3f, within(1e-4f));
  }

  @Test
  void twoEqualBinsDecodeToTheirMean() {
    // given
    float[] logits = new float[BINS];
    java.util.Arrays.fill(logits, -50f);
    logits[2] = 10f;
    logits[3] = 10f;

    // when
    float distance = BoxDecoder.expectedBin(logits, 0, BINS);

    // then
    assertThat(distance).isCloseTo(2.5f, within(1e-4f));
  }

  @Test
  void sidesBecomeCornersAroundTheAnchorInPixels() {
    // given a 32-pixel input: the first anchor is cell (0, 0) of stride 8, centre (4, 4) in pixels
    AnchorGrid grid = new AnchorGrid(32);
    float[] logits = new float[grid.size() * 4 * BINS];
    java.util.Arrays.fill(logits, -50f);
    int[] sides = {0, 1, 2, 3};
    for (int side = 0; side < 4; side++) {
      logits[side * BINS + sides[side]] = 50f;
    }

    // when
    float[] boxes = BoxDecoder.decode(logits, 0, grid);

    // then left 0, top 1, right 2, bottom 3 cells of 8 pixels from the centre
    assertThat(boxes[0]).isCloseTo(4f, within(1e-3f));
    assertThat(boxes[1]).isCloseTo(-4f, within(1e-3f));
    assertThat(boxes[2]).isCloseTo(20f, within(1e-3f));
    assertThat(boxes[3]).isCloseTo(28f, within(1e-3f));
  }
}
