package ai.autogon.label.engine.demo;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.port.DrawAnnotationsPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.engine.drawing.DetectionPainter;
import ai.autogon.label.engine.drawing.ImageConversions;
import ai.autogon.label.engine.drawing.PngFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Draws predicted boxes with their labels and confidences onto a copy of the image and writes it as PNG. */
public final class PngAnnotationDrawer implements DrawAnnotationsPort {
  private final ReadImagePort images;

  public PngAnnotationDrawer(ReadImagePort images) {
    this.images = Objects.requireNonNull(images, "images");
  }

  @Override
  public void drawAnnotations(ImageReference image, List<Annotation> annotations, List<String> classNames, Path output) {
    BufferedImage picture = ImageConversions.toBufferedImage(images.read(image));
    PngFiles.write(DetectionPainter.forClasses(classNames).drawAnnotations(picture, annotations), output);
  }
}
