package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.image.ImageReference;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Prediction result for one requested image: its size and annotations, or the error that stopped it.
 *
 * <p>Use {@link #annotated} or {@link #failed}; exactly one of size and error is present.
 */
public final class ImageAnnotations {
  private final ImageReference image;
  private final Integer width;
  private final Integer height;
  private final List<Annotation> annotations;
  private final ImageError error;

  private ImageAnnotations(
      ImageReference image, Integer width, Integer height, List<Annotation> annotations, ImageError error) {
    this.image = Objects.requireNonNull(image, "image");
    this.width = width;
    this.height = height;
    this.annotations = List.copyOf(annotations);
    this.error = error;
  }

  /** Creates the result of an image that was read and run through the model. */
  public static ImageAnnotations annotated(ImageReference image, int width, int height, List<Annotation> annotations) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
    }
    return new ImageAnnotations(image, width, height, annotations, null);
  }

  /** Creates the result of an image that could not be annotated. */
  public static ImageAnnotations failed(ImageReference image, ImageError error) {
    return new ImageAnnotations(image, null, null, List.of(), Objects.requireNonNull(error, "error"));
  }

  public ImageReference image() {
    return image;
  }

  public OptionalInt width() {
    return width == null ? OptionalInt.empty() : OptionalInt.of(width);
  }

  public OptionalInt height() {
    return height == null ? OptionalInt.empty() : OptionalInt.of(height);
  }

  public List<Annotation> annotations() {
    return annotations;
  }

  public Optional<ImageError> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageAnnotations other
        && image.equals(other.image)
        && Objects.equals(width, other.width)
        && Objects.equals(height, other.height)
        && annotations.equals(other.annotations)
        && Objects.equals(error, other.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(image, width, height, annotations, error);
  }

  @Override
  public String toString() {
    return error == null
        ? "ImageAnnotations[" + image + ", " + width + "x" + height + ", " + annotations.size() + " annotations]"
        : "ImageAnnotations[" + image + ", error=" + error.code() + "]";
  }
}
