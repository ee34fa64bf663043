package ai.autogon.label.engine.synthetic;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.project.LabelledBox;
import java.awt.Color;
import java.util.Objects;

/**
 * One shape drawn on a synthetic image.
 *
 * @param kind kind of shape
 * @param classIndex index of the kind in the dataset's class names
 * @param box exact extent of the drawn outline in pixels; antialiased edge pixels are partly inside it
 * @param colour flat fill colour of the shape before the final light noise
 */
public record SyntheticShape(ShapeKind kind, int classIndex, BoundingBox box, Color colour) {
  public SyntheticShape {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(colour, "colour");
  }

  /** Returns the shape as a ground-truth box. */
  public LabelledBox toLabelledBox() {
    return new LabelledBox(classIndex, box);
  }
}
