package ai.autogon.label.engine.drawing;

import ai.autogon.label.domain.image.RgbImage;
import java.awt.image.BufferedImage;

/** Converts between the domain's {@link RgbImage} and AWT's {@link BufferedImage}. */
public final class ImageConversions {
  private ImageConversions() {}

  /** Copies an RGB image into a new {@link BufferedImage#TYPE_INT_RGB} image. */
  public static BufferedImage toBufferedImage(RgbImage image) {
    BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
    byte[] pixels = image.pixels();
    int[] row = new int[image.width()];
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        int offset = (y * image.width() + x) * 3;
        row[x] = (pixels[offset] & 0xFF) << 16 | (pixels[offset + 1] & 0xFF) << 8 | (pixels[offset + 2] & 0xFF);
      }
      buffered.setRGB(0, y, image.width(), 1, row, 0, image.width());
    }
    return buffered;
  }

  /** Copies any {@link BufferedImage} into an RGB image, dropping alpha. */
  public static RgbImage toRgbImage(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] pixels = new byte[width * height * 3];
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int offset = (y * width + x) * 3;
        pixels[offset] = (byte) (row[x] >> 16);
        pixels[offset + 1] = (byte) (row[x] >> 8);
        pixels[offset + 2] = (byte) row[x];
      }
    }
    return new RgbImage(width, height, pixels);
  }
}
