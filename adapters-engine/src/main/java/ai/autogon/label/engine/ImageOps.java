package ai.autogon.label.engine;

import ai.autogon.label.domain.image.RgbImage;
import java.util.Arrays;

/** Pixel operations on interleaved 8-bit RGB images. */
final class ImageOps {
  private ImageOps() {}

  /** Returns the image resized with bilinear interpolation (pixel centres aligned). */
  static RgbImage resize(RgbImage image, int width, int height) {
    if (image.width() == width && image.height() == height) {
      return image;
    }
    byte[] source = image.pixels();
    byte[] target = new byte[width * height * 3];
    double sx = (double) image.width() / width;
    double sy = (double) image.height() / height;
    for (int y = 0; y < height; y++) {
      double fy = Math.max(0, (y + 0.5) * sy - 0.5);
      int y0 = Math.min((int) fy, image.height() - 1);
      int y1 = Math.min(y0 + 1, image.height() - 1);
      double wy = fy - y0;
      for (int x = 0; x < width; x++) {
        double fx = Math.max(0, (x + 0.5) * sx - 0.5);
        int x0 = Math.min((int) fx, image.width() - 1);
        int x1 = Math.min(x0 + 1, image.width() - 1);
        double wx = fx - x0;
        for (int c = 0; c < 3; c++) {
          double top = (source[(y0 * image.width() + x0) * 3 + c] & 0xFF) * (1 - wx) + (source[(y0 * image.width() + x1) * 3 + c] & 0xFF) * wx;
          double bottom = (source[(y1 * image.width() + x0) * 3 + c] & 0xFF) * (1 - wx) + (source[(y1 * image.width() + x1) * 3 + c] & 0xFF) * wx;
          target[(y * width + x) * 3 + c] = (byte) Math.round(top * (1 - wy) + bottom * wy);
        }
      }
    }
    return new RgbImage(width, height, target);
  }

  /** Returns a grey canvas of the given size with the image copied at {@code (left, top)}, clipped to the canvas. */
  static RgbImage place(RgbImage image, int width, int height, int left, int top) {
    byte[] canvas = new byte[width * height * 3];
    Arrays.fill(canvas, (byte) Letterbox.PAD_VALUE);
    copyInto(image, canvas, width, height, left, top);
    return new RgbImage(width, height, canvas);
  }

  /** Copies the image into a canvas at {@code (left, top)}, dropping what falls outside. */
  static void copyInto(RgbImage image, byte[] canvas, int canvasWidth, int canvasHeight, int left, int top) {
    int fromX = Math.max(0, -left);
    int toX = Math.min(image.width(), canvasWidth - left);
    if (toX <= fromX) {
      return;
    }
    for (int y = Math.max(0, -top); y < Math.min(image.height(), canvasHeight - top); y++) {
      System.arraycopy(image.pixels(), (y * image.width() + fromX) * 3, canvas, ((y + top) * canvasWidth + left + fromX) * 3, (toX - fromX) * 3);
    }
  }

  /** Writes the image as CHW floats in [0, 1] into {@code target} starting at {@code offset}. */
  static void toChannelsFirst(RgbImage image, float[] target, int offset) {
    int plane = image.width() * image.height();
    byte[] pixels = image.pixels();
    for (int i = 0; i < plane; i++) {
      target[offset + i] = (pixels[i * 3] & 0xFF) / 255f;
      target[offset + plane + i] = (pixels[i * 3 + 1] & 0xFF) / 255f;
      target[offset + 2 * plane + i] = (pixels[i * 3 + 2] & 0xFF) / 255f;
    }
  }
}
