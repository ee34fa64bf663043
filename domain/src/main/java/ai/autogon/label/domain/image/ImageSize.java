package ai.autogon.label.domain.image;

/** Upright size of an image in pixels, after EXIF orientation. */
public record ImageSize(int width, int height) {
  public ImageSize {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
    }
  }
}
