package ai.autogon.label.domain.port;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.prediction.Annotation;
import java.nio.file.Path;
import java.util.List;

/** Draws boxes with their labels and confidences onto a copy of an image. */
public interface DrawAnnotationsPort {
  /**
   * Writes {@code image} with {@code annotations} drawn on it as a PNG file at {@code output}.
   *
   * @param classNames the model's classes, whose order sets the box colours. Each class keeps one colour on every
   *     image, and neighbouring classes get clearly different ones.
   */
  void drawAnnotations(ImageReference image, List<Annotation> annotations, List<String> classNames, Path output);
}
