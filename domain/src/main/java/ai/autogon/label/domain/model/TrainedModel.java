package ai.autogon.label.domain.model;

import ai.autogon.label.domain.project.ProjectId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Result of a training run: the saved model's identity, provenance and validation metrics.
 *
 * @param name name the model is saved under
 * @param type network size
 * @param projectId project whose images trained it
 * @param baseModel model whose weights training started from, empty for a fresh model
 * @param classNames class names in the order of the network's outputs; empty when the backend does not report them
 * @param epochs epochs run
 * @param trainImages images used for training
 * @param valImages images used for validation
 * @param trainingTime wall time of the training run
 * @param createdAt when the model was saved
 * @param metrics validation metrics of the kept weights
 * @param networkSize parameter count and cost, empty when the backend does not report them
 */
public record TrainedModel(
    ModelName name,
    ModelType type,
    ProjectId projectId,
    Optional<ModelName> baseModel,
    List<String> classNames,
    int epochs,
    int trainImages,
    int valImages,
    Duration trainingTime,
    Instant createdAt,
    ModelMetrics metrics,
    Optional<NetworkSize> networkSize) {

  public TrainedModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(baseModel, "baseModel");
    classNames = List.copyOf(classNames);
    Objects.requireNonNull(trainingTime, "trainingTime");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(networkSize, "networkSize");
  }
}
