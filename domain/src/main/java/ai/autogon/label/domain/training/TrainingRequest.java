package ai.autogon.label.domain.training;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.project.ProjectId;
import java.util.Objects;
import java.util.Optional;

/**
 * Training request passed to a training backend.
 *
 * @param modelType network size
 * @param projectId project whose labelled images train the model
 * @param modelLoadName saved model to start from, empty for a fresh model
 * @param modelSaveName name to save under, empty to let the backend pick one
 * @param options settings beyond the wire contract
 */
public record TrainingRequest(
    ModelType modelType,
    ProjectId projectId,
    Optional<ModelName> modelLoadName,
    Optional<ModelName> modelSaveName,
    TrainingOptions options) {

  public TrainingRequest {
    Objects.requireNonNull(modelType, "modelType");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(modelLoadName, "modelLoadName");
    Objects.requireNonNull(modelSaveName, "modelSaveName");
    Objects.requireNonNull(options, "options");
  }
}
