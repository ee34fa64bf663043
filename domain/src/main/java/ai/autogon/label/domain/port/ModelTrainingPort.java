package ai.autogon.label.domain.port;

import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingRequest;

/** Trains a detection model on a project's labelled images. */
public interface ModelTrainingPort {
  /**
   * Trains and saves a model, blocking until training ends.
   *
   * @throws ai.autogon.label.domain.error.LabelException with a message for the user when training cannot run or fails
   */
  TrainedModel train(TrainingRequest request, TrainingListener listener);
}
