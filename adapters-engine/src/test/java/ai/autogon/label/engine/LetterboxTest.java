package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.RgbImage;
import org.junit.jupiter.api.Test;

class LetterboxTest {
  @Test
  void wideImageIsPaddedAboveAndBelow() {
    // when
    Letterbox letterbox = Letterbox.of(640, 320, 320);

    // then
    assertThat(letterbox.scaledWidth()).isEqualTo(320);
    assertThat(letterbox.scaledHeight()).isEqualTo(160);
    assertThat(letterbox.padX()).isZero();
    assertThat(letterbox.padY()).isEqualTo(80);
  }

  @Test
  void boxMapsToInputAndBack() {
    // given
    Letterbox letterbox = Letterbox.of(300, 500, 160);
    BoundingBox box = new BoundingBox(30, 50, 120, 200);

    // when
    float[] corners = letterbox.toInput(box);
    BoundingBox back = letterbox.toImage(corners[0], corners[1], corners[2], corners[3]);

    // then
    assertThat(corners[1]).isCloseTo(16f, within(0.01f));
    assertThat(back.x()).isCloseTo(30, within(1e-3));
    assertThat(back.y()).isCloseTo(50, within(1e-3));
    assertThat(back.width()).isCloseTo(120, within(1e-3));
    assertThat(back.height()).isCloseTo(200, within(1e-3));
  }

  @Test
  void boxReachingIntoPaddingIsClippedToImage() {
    // given a 200x100 image letterboxed to 100: scale 0.5, 25 px of padding above
    Letterbox letterbox = Letterbox.of(200, 100, 100);

    // when
    BoundingBox box = letterbox.toImage(-10, 10, 50, 60);

    // then
    assertThat(box).isEqualTo(new BoundingBox(0, 0, 100, 70));
  }

  @Test
  void paddingIsGreyAndImageIsCentred() {
    // given a white 4x2 image
    byte[] pixels = new byte[4 * 2 * 3];
    java.util.Arrays.fill(pixels, (byte) 255);

    // when
    RgbImage boxed = Letterbox.of(4, 2, 4).apply(new RgbImage(4, 2, pixels));

    // then
    assertThat(boxed.channel(0, 0, 0)).isEqualTo(Letterbox.PAD_VALUE);
    assertThat(boxed.channel(0, 1, 0)).isEqualTo(255);
    assertThat(boxed.channel(3, 2, 2)).isEqualTo(255);
    assertThat(boxed.channel(3, 3, 1)).isEqualTo(Letterbox.PAD_VALUE);
  }
}
