package ai.autogon.label.application;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.ModelTrainingPort;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingRequest;
import jakarta.inject.Inject;
import java.util.Objects;

/** Checks a training request as a whole and hands it to the training backend. */
public final class TrainModelService implements TrainModelUseCase {
  private final ModelTrainingPort training;

  @Inject
  public TrainModelService(ModelTrainingPort training) {
    this.training = Objects.requireNonNull(training, "training");
  }

  @Override
  public TrainedModel train(TrainModelCommand command, TrainingListener listener) {
    Objects.requireNonNull(listener, "listener");
    rejectRetrainingInPlace(command);

    TrainingRequest request = new TrainingRequest(
        command.modelType(), command.projectId(), command.modelLoadName(), command.modelSaveName(), command.options());
    return training.train(request, listener);
  }

  private static void rejectRetrainingInPlace(TrainModelCommand command) {
    if (command.modelLoadName().isPresent() && command.modelLoadName().equals(command.modelSaveName())) {
      throw new InvalidValueException(
          "model_save_name",
          "model_save_name must differ from model_load_name, got '" + command.modelSaveName().get()
              + "' for both: retraining saves a new model and leaves the loaded one untouched");
    }
  }
}
