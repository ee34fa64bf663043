package ai.autogon.label.application;

import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.training.TrainingListener;

/** Trains a detection model on a project and saves it under a name. */
public interface TrainModelUseCase {
  /** Trains a model, reporting progress to {@code listener}, and returns the saved model with its metrics. */
  TrainedModel train(TrainModelCommand command, TrainingListener listener);
}
