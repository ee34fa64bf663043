package ai.autogon.label.application;

import ai.autogon.label.application.evaluation.DetectionEvaluation;
import ai.autogon.label.application.evaluation.DetectionEvaluator;
import ai.autogon.label.application.evaluation.EvaluationImage;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a model the way COCO and YOLO validation do: a low confidence threshold so the precision-recall
 * curve is complete, then AP over the ranked detections.
 */
public final class EvaluateModelService implements EvaluateModelUseCase {
  /** Confidence threshold of evaluation predictions, low so that AP covers the whole ranking. */
  static final ConfidenceThreshold EVALUATION_CONFIDENCE = ConfidenceThreshold.of(0.001);
  /** NMS overlap threshold of evaluation predictions, as YOLO validation uses. */
  static final OverlapThreshold EVALUATION_OVERLAP = OverlapThreshold.of(0.7);
  /** Images sent to the backend per prediction call, so memory stays bounded on large splits. */
  static final int IMAGES_PER_CALL = 32;

  private final LoadProjectPort loadProject;
  private final AnnotationPredictionPort prediction;

  @Inject
  public EvaluateModelService(LoadProjectPort loadProject, AnnotationPredictionPort prediction) {
    this.loadProject = Objects.requireNonNull(loadProject, "loadProject");
    this.prediction = Objects.requireNonNull(prediction, "prediction");
  }

  @Override
  public ModelEvaluation evaluate(EvaluateModelCommand command) {
    Project project = loadProject.loadProject(command.projectId())
        .orElseThrow(() -> new NotFoundException("project " + command.projectId() + " not found"));
    List<LabelledImage> images = project.imagesIn(command.split());
    if (images.isEmpty()) {
      throw emptySplit(project, command.split());
    }

    List<ImageAnnotations> predictions = predictInChunks(project, images, command);

    List<String> classNames = new ArrayList<>(project.classNames());
    List<EvaluationImage> evaluated = new ArrayList<>();
    int failed = 0;
    for (int i = 0; i < images.size(); i++) {
      ImageAnnotations result = predictions.get(i);
      if (result.error().isPresent()) {
        failed++;
        continue;
      }
      evaluated.add(new EvaluationImage(images.get(i).boxes(), detections(result.annotations(), classNames)));
    }
    DetectionEvaluation evaluation = new DetectionEvaluator().evaluate(classNames, evaluated);
    return new ModelEvaluation(command.modelName(), project.id(), command.split(), images.size(), failed, evaluation, predictions);
  }

  private List<ImageAnnotations> predictInChunks(Project project, List<LabelledImage> images, EvaluateModelCommand command) {
    List<ImageAnnotations> predictions = new ArrayList<>();
    for (int start = 0; start < images.size(); start += IMAGES_PER_CALL) {
      List<ImageReference> chunk = images.subList(start, Math.min(images.size(), start + IMAGES_PER_CALL)).stream()
          .map(LabelledImage::image)
          .toList();
      predictions.addAll(prediction.predict(new PredictionRequest(project.appId(), chunk, EVALUATION_CONFIDENCE,
          EVALUATION_OVERLAP, command.modelName(), PredictionRequest.DEFAULT_MAX_DETECTIONS, false)));
    }
    return predictions;
  }

  private static InvalidValueException emptySplit(Project project, Split split) {
    return new InvalidValueException("split", "split '" + split.wireName() + "' of project " + project.id()
        + " has no images; choose one with images (train " + project.imagesIn(Split.TRAIN).size()
        + ", val " + project.imagesIn(Split.VAL).size()
        + ", test " + project.imagesIn(Split.TEST).size()
        + ", unassigned " + project.imagesIn(Split.UNASSIGNED).size() + ")");
  }

  /** Maps labels to class indexes; a label the project lacks gets a new class without ground truth. */
  private static List<Detection> detections(List<Annotation> annotations, List<String> classNames) {
    List<Detection> detections = new ArrayList<>();
    for (Annotation annotation : annotations) {
      int classIndex = classNames.indexOf(annotation.label());
      if (classIndex < 0) {
        classNames.add(annotation.label());
        classIndex = classNames.size() - 1;
      }
      detections.add(new Detection(classIndex, annotation.confidence(), annotation.box()));
    }
    return detections;
  }
}
