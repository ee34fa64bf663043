package ai.autogon.label.engine.synthetic;

import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.engine.drawing.ImageConversions;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * One generated image in memory with the shapes on it.
 *
 * @param fileName file name the image gets when written, for example {@code shapes-00007.png}
 * @param image pixels, {@link BufferedImage#TYPE_INT_RGB}; callers should not change them
 * @param shapes shapes in drawing order, so later shapes may cover parts of earlier ones
 * @param split part of the project the image belongs to
 */
public record SyntheticImage(String fileName, BufferedImage image, List<SyntheticShape> shapes, Split split) {
  public SyntheticImage {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(image, "image");
    shapes = List.copyOf(shapes);
    Objects.requireNonNull(split, "split");
  }

  /** Returns the ground-truth boxes of the shapes. */
  public List<LabelledBox> boxes() {
    return shapes.stream().map(SyntheticShape::toLabelledBox).toList();
  }

  /** Returns a copy of the pixels as a domain RGB image. */
  public RgbImage toRgbImage() {
    return ImageConversions.toRgbImage(image);
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }
}
