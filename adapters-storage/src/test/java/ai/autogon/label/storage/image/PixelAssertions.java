package ai.autogon.label.storage.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.autogon.label.domain.image.RgbImage;
import java.awt.Color;

/** Checks decoded pixel colours channel by channel, within a tolerance for lossy formats. */
final class PixelAssertions {
  private PixelAssertions() {}

  static void assertPixel(RgbImage image, int x, int y, Color expected, int tolerance) {
    assertThat(image.channel(x, y, 0)).as("red at (%d, %d)", x, y).isCloseTo(expected.getRed(), within(tolerance));
    assertThat(image.channel(x, y, 1)).as("green at (%d, %d)", x, y).isCloseTo(expected.getGreen(), within(tolerance));
    assertThat(image.channel(x, y, 2)).as("blue at (%d, %d)", x, y).isCloseTo(expected.getBlue(), within(tolerance));
  }
}
