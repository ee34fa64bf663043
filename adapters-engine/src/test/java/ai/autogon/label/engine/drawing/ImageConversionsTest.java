package ai.autogon.label.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.RgbImage;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageConversionsTest {
  @Test
  void roundTripKeepsPixels() {
    // given: a 2 x 2 image with distinct channel values
    byte[] pixels = {1, 2, 3, 40, 50, 60, (byte) 200, (byte) 210, (byte) 220, 7, 8, 9};
    RgbImage image = new RgbImage(2, 2, pixels);

    // when
    BufferedImage buffered = ImageConversions.toBufferedImage(image);
    RgbImage back = ImageConversions.toRgbImage(buffered);

    // then
    assertThat(buffered.getRGB(1, 0) & 0xFFFFFF).isEqualTo(40 << 16 | 50 << 8 | 60);
    assertThat(buffered.getRGB(0, 1) & 0xFFFFFF).isEqualTo(200 << 16 | 210 << 8 | 220);
    assertThat(back.pixels()).isEqualTo(pixels);
  }
}
