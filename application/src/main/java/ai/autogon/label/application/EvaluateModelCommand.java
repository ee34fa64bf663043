package ai.autogon.label.application;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.util.Objects;

/**
 * Request to evaluate a model.
 *
 * @param modelName saved model to evaluate
 * @param projectId project whose labelled images are the ground truth
 * @param split which images of the project to evaluate on
 */
public record EvaluateModelCommand(ModelName modelName, ProjectId projectId, Split split) {
  public EvaluateModelCommand {
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(split, "split");
  }
}
