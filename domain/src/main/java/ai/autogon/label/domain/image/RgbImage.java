package ai.autogon.label.domain.image;

import java.util.Objects;

/**
 * Decoded image as 8-bit RGB, upright (EXIF orientation applied).
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param pixels interleaved R, G, B bytes, row by row from the top-left; length {@code width * height * 3}
 */
public record RgbImage(int width, int height, byte[] pixels) {
  public RgbImage {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
    }
    Objects.requireNonNull(pixels, "pixels");
    if ((long) width * height * 3 != pixels.length) {
      throw new IllegalArgumentException(
          "pixels must hold " + ((long) width * height * 3) + " bytes for " + width + "x" + height + ", got " + pixels.length);
    }
  }

  /** Returns the channel value (0 to 255) at a pixel; channel 0 is red, 1 green, 2 blue. */
  public int channel(int x, int y, int channel) {
    return pixels[(y * width + x) * 3 + channel] & 0xFF;
  }

  @Override
  public String toString() {
    return "RgbImage[" + width + "x" + height + "]";
  }
}
