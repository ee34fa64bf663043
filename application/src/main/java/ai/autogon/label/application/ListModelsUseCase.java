package ai.autogon.label.application;

import ai.autogon.label.domain.model.TrainedModel;
import java.util.List;

/** Lists the models saved in the workspace. */
public interface ListModelsUseCase {
  /** Returns every saved model, newest first. */
  List<TrainedModel> listModels();
}
