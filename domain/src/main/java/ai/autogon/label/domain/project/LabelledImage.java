package ai.autogon.label.domain.project;

import ai.autogon.label.domain.image.ImageReference;
import java.util.List;
import java.util.Objects;

/**
 * One image of a project with its ground-truth boxes; an image without boxes is a background image.
 *
 * @param image where the image file is
 * @param width upright width in pixels
 * @param height upright height in pixels
 * @param boxes ground-truth boxes
 * @param split which part of the project the image belongs to
 */
public record LabelledImage(ImageReference image, int width, int height, List<LabelledBox> boxes, Split split) {
  public LabelledImage {
    Objects.requireNonNull(image, "image");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height + " for " + image);
    }
    boxes = List.copyOf(boxes);
    Objects.requireNonNull(split, "split");
  }
}
