package ai.autogon.label.engine;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.RgbImage;

/**
 * Placement of an image inside the square network input: scaled to fit, centred, padded with grey.
 *
 * @param size side of the square input
 * @param scaleX input pixels per image pixel, horizontally
 * @param scaleY input pixels per image pixel, vertically
 * @param padX left padding in input pixels
 * @param padY top padding in input pixels
 * @param width width of the original image
 * @param height height of the original image
 */
record Letterbox(int size, double scaleX, double scaleY, int padX, int padY, int width, int height) {
  static final int PAD_VALUE = 114;

  /** Computes the placement of a {@code width} x {@code height} image in a square of side {@code size}. */
  static Letterbox of(int width, int height, int size) {
    double ratio = Math.min((double) size / width, (double) size / height);
    int scaledWidth = Math.max(1, Math.min(size, (int) Math.round(width * ratio)));
    int scaledHeight = Math.max(1, Math.min(size, (int) Math.round(height * ratio)));
    return new Letterbox(
        size,
        (double) scaledWidth / width,
        (double) scaledHeight / height,
        (size - scaledWidth) / 2,
        (size - scaledHeight) / 2,
        width,
        height);
  }

  int scaledWidth() {
    return (int) Math.round(width * scaleX);
  }

  int scaledHeight() {
    return (int) Math.round(height * scaleY);
  }

  /** Returns the letterboxed input image. */
  RgbImage apply(RgbImage image) {
    RgbImage scaled = ImageOps.resize(image, scaledWidth(), scaledHeight());
    return ImageOps.place(scaled, size, size, padX, padY);
  }

  /** Maps corners in input pixels back to a box in original image pixels, clipped to the image. */
  BoundingBox toImage(double x1, double y1, double x2, double y2) {
    double left = (x1 - padX) / scaleX;
    double top = (y1 - padY) / scaleY;
    double right = (x2 - padX) / scaleX;
    double bottom = (y2 - padY) / scaleY;
    return BoundingBox.fromCorners(left, top, Math.max(left, right), Math.max(top, bottom)).clipTo(width, height);
  }

  /** Maps a box in original image pixels to corners in input pixels: x1, y1, x2, y2. */
  float[] toInput(BoundingBox box) {
    return new float[] {
      (float) (box.x() * scaleX + padX),
      (float) (box.y() * scaleY + padY),
      (float) (box.right() * scaleX + padX),
      (float) (box.bottom() * scaleY + padY)
    };
  }
}
