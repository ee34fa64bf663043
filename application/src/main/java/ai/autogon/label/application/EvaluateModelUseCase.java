package ai.autogon.label.application;

/** Measures how well a saved model detects the labelled objects of a project split. */
public interface EvaluateModelUseCase {
  /** Predicts on the split's images and compares the detections with their ground truth, COCO-style. */
  ModelEvaluation evaluate(EvaluateModelCommand command);
}
