package ai.autogon.label.engine.report;

import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.engine.drawing.ImageConversions;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Validation image with its ground truth and the model's predictions, for the report's sample picture.
 *
 * @param name caption shown above the image, for example its file name
 * @param image the image as the model saw it, upright; boxes are in its pixels
 * @param groundTruth true boxes, with class indices into the report's class names
 * @param predictions boxes the trained model predicted
 */
public record ValidationSample(
    String name, BufferedImage image, List<LabelledBox> groundTruth, List<Annotation> predictions) {

  public ValidationSample {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(image, "image");
    groundTruth = List.copyOf(groundTruth);
    predictions = List.copyOf(predictions);
  }

  /** Creates a sample from a decoded domain image. */
  public static ValidationSample of(
      String name, RgbImage image, List<LabelledBox> groundTruth, List<Annotation> predictions) {
    return new ValidationSample(name, ImageConversions.toBufferedImage(image), groundTruth, predictions);
  }
}
