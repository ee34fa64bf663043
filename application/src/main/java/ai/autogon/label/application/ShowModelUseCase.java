package ai.autogon.label.application;

import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.port.StoredModel;

/** Shows one saved model with its metrics and files. */
public interface ShowModelUseCase {
  /**
   * Returns the saved model of that name.
   *
   * @throws ai.autogon.label.domain.error.NotFoundException listing the saved names when there is no such model
   */
  StoredModel showModel(ModelName name);
}
