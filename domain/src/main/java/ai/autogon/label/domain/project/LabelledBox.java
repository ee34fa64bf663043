package ai.autogon.label.domain.project;

import ai.autogon.label.domain.image.BoundingBox;
import java.util.Objects;

/**
 * Ground-truth box of one object.
 *
 * @param classIndex index into the project's class names
 * @param box box in pixels of the upright image
 * @param difficult whether the dataset marks the object as hard to recognise (Pascal VOC {@code difficult})
 */
public record LabelledBox(int classIndex, BoundingBox box, boolean difficult) {
  public LabelledBox {
    if (classIndex < 0) {
      throw new IllegalArgumentException("classIndex must be >= 0, got " + classIndex);
    }
    Objects.requireNonNull(box, "box");
  }

  public LabelledBox(int classIndex, BoundingBox box) {
    this(classIndex, box, false);
  }
}
