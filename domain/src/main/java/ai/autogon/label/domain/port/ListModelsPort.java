package ai.autogon.label.domain.port;

import ai.autogon.label.domain.model.TrainedModel;
import java.util.List;

/** Lists the saved models of the workspace registry. */
public interface ListModelsPort {
  /** Returns every saved model, newest first. */
  List<TrainedModel> listModels();
}
