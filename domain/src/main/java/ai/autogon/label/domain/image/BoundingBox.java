package ai.autogon.label.domain.image;

import ai.autogon.label.domain.error.InvalidValueException;

/**
 * Axis-aligned box in pixels of the image as a person views it (EXIF orientation applied).
 *
 * @param x left edge
 * @param y top edge
 * @param width non-negative width
 * @param height non-negative height
 */
public record BoundingBox(double x, double y, double width, double height) {
  public BoundingBox {
    requireFinite("bbox.x", x);
    requireFinite("bbox.y", y);
    requireFinite("bbox.width", width);
    requireFinite("bbox.height", height);
    if (width < 0) {
      throw InvalidValueException.of("bbox.width", width, "non-negative");
    }
    if (height < 0) {
      throw InvalidValueException.of("bbox.height", height, "non-negative");
    }
  }

  /** Creates a box from its corner coordinates {@code (x1, y1)} top-left and {@code (x2, y2)} bottom-right. */
  public static BoundingBox fromCorners(double x1, double y1, double x2, double y2) {
    return new BoundingBox(x1, y1, x2 - x1, y2 - y1);
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public double area() {
    return width * height;
  }

  /** Returns the intersection over union with another box, 0 when either has no area. */
  public double iou(BoundingBox other) {
    double overlapWidth = Math.min(right(), other.right()) - Math.max(x, other.x);
    double overlapHeight = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
    if (overlapWidth <= 0 || overlapHeight <= 0) {
      return 0;
    }
    double intersection = overlapWidth * overlapHeight;
    double union = area() + other.area() - intersection;
    return union <= 0 ? 0 : intersection / union;
  }

  /** Returns this box clipped to an image of the given size; a box fully outside becomes empty. */
  public BoundingBox clipTo(int imageWidth, int imageHeight) {
    double x1 = clamp(x, imageWidth);
    double y1 = clamp(y, imageHeight);
    double x2 = clamp(right(), imageWidth);
    double y2 = clamp(bottom(), imageHeight);
    return fromCorners(x1, y1, Math.max(x1, x2), Math.max(y1, y2));
  }

  private static double clamp(double value, int limit) {
    return Math.max(0, Math.min(value, limit));
  }

  private static void requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw InvalidValueException.of(field, value, "a finite number");
    }
  }
}
