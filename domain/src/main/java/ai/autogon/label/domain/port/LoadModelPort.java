package ai.autogon.label.domain.port;

import ai.autogon.label.domain.model.ModelName;
import java.util.Optional;

/** Reads one saved model from the workspace registry. */
public interface LoadModelPort {
  /** Loads a model by name, or returns empty when no model has that name. */
  Optional<StoredModel> loadModel(ModelName name);
}
