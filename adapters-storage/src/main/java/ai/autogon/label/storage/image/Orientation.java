package ai.autogon.label.storage.image;

/**
 * EXIF orientation (TIFF tag 274): how the stored pixels must be turned to appear upright.
 *
 * <p>Each constant maps an upright pixel {@code (x, y)} to the index of the stored pixel as
 * {@code start + x * stepX + y * stepY}, so one loop serves all eight cases.
 */
enum Orientation {
  NORMAL(1),
  MIRROR_HORIZONTAL(2),
  ROTATE_180(3),
  MIRROR_VERTICAL(4),
  TRANSPOSE(5),
  ROTATE_90_CLOCKWISE(6),
  TRANSVERSE(7),
  ROTATE_90_COUNTERCLOCKWISE(8);

  private final int exifValue;

  Orientation(int exifValue) {
    this.exifValue = exifValue;
  }

  /** Returns the orientation for an EXIF value, or {@link #NORMAL} for a value outside 1 to 8. */
  static Orientation fromExif(int value) {
    for (Orientation orientation : values()) {
      if (orientation.exifValue == value) {
        return orientation;
      }
    }
    return NORMAL;
  }

  int exifValue() {
    return exifValue;
  }

  /** Returns whether width and height trade places when the image is turned upright. */
  boolean swapsAxes() {
    return exifValue >= 5;
  }

  int uprightWidth(int storedWidth, int storedHeight) {
    return swapsAxes() ? storedHeight : storedWidth;
  }

  int uprightHeight(int storedWidth, int storedHeight) {
    return swapsAxes() ? storedWidth : storedHeight;
  }

  /** Returns the stored pixel index of the upright pixel (0, 0). */
  int start(int w, int h) {
    return switch (this) {
      case NORMAL, TRANSPOSE -> 0;
      case MIRROR_HORIZONTAL, ROTATE_90_COUNTERCLOCKWISE -> w - 1;
      case ROTATE_180, TRANSVERSE -> (h - 1) * w + w - 1;
      case MIRROR_VERTICAL, ROTATE_90_CLOCKWISE -> (h - 1) * w;
    };
  }

  /** Returns the stored index step for one upright pixel to the right. */
  int stepX(int w) {
    return switch (this) {
      case NORMAL, MIRROR_VERTICAL -> 1;
      case MIRROR_HORIZONTAL, ROTATE_180 -> -1;
      case TRANSPOSE, ROTATE_90_COUNTERCLOCKWISE -> w;
      case ROTATE_90_CLOCKWISE, TRANSVERSE -> -w;
    };
  }

  /** Returns the stored index step for one upright pixel down. */
  int stepY(int w) {
    return switch (this) {
      case NORMAL, MIRROR_HORIZONTAL -> w;
      case ROTATE_180, MIRROR_VERTICAL -> -w;
      case TRANSPOSE, ROTATE_90_CLOCKWISE -> 1;
      case TRANSVERSE, ROTATE_90_COUNTERCLOCKWISE -> -1;
    };
  }
}
