package ai.autogon.label.application;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingOptions;
import java.util.Objects;
import java.util.Optional;

/**
 * Request to train a model.
 *
 * @param modelType network size
 * @param projectId project whose labelled images train the model
 * @param modelLoadName saved model to retrain, empty for a fresh model
 * @param modelSaveName name to save under, empty to let the backend pick one
 * @param options settings beyond the wire contract
 */
public record TrainModelCommand(
    ModelType modelType,
    ProjectId projectId,
    Optional<ModelName> modelLoadName,
    Optional<ModelName> modelSaveName,
    TrainingOptions options) {

  public TrainModelCommand {
    Objects.requireNonNull(modelType, "modelType");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(modelLoadName, "modelLoadName");
    Objects.requireNonNull(modelSaveName, "modelSaveName");
    Objects.requireNonNull(options, "options");
  }

  /** Creates a command for a fresh model with default options. */
  public static TrainModelCommand fresh(ModelType modelType, ProjectId projectId, ModelName modelSaveName) {
    return new TrainModelCommand(modelType, projectId, Optional.empty(), Optional.of(modelSaveName), TrainingOptions.defaults());
  }
}
