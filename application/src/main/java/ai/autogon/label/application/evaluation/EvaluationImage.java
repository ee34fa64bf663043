package ai.autogon.label.application.evaluation;

import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Ground truth and detections of one evaluation image; an image without ground truth is a background image.
 *
 * @param groundTruth ground-truth boxes, each counted as a normal box even when marked {@code difficult}
 * @param detections detections of the model after suppression, in any order
 */
public record EvaluationImage(List<LabelledBox> groundTruth, List<Detection> detections) {
  public EvaluationImage {
    groundTruth = List.copyOf(groundTruth);
    detections = List.copyOf(detections);
  }

  /** Pairs the ground truth of a project image with the detections of a model on it. */
  public static EvaluationImage of(LabelledImage image, List<Detection> detections) {
    return new EvaluationImage(image.boxes(), detections);
  }

  /**
   * Pairs the ground truth of a project image with annotations that name their class, as a remote backend
   * returns them.
   *
   * @throws IllegalArgumentException if an annotation's label is not one of {@code classNames}
   */
  public static EvaluationImage ofAnnotations(LabelledImage image, List<Annotation> annotations, List<String> classNames) {
    List<Detection> detections = new ArrayList<>(annotations.size());
    for (Annotation annotation : annotations) {
      int classIndex = classNames.indexOf(annotation.label());
      if (classIndex < 0) {
        throw new IllegalArgumentException(
            "annotation label '" + annotation.label() + "' on " + image.image() + " is not one of the class names " + classNames);
      }
      detections.add(new Detection(classIndex, annotation.confidence(), annotation.box()));
    }
    return new EvaluationImage(image.boxes(), detections);
  }
}
