package ai.autogon.label.application;

import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.ListModelsPort;
import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.StoredModel;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Reads the workspace's model registry for listing and showing models. */
public final class ModelRegistryService implements ListModelsUseCase, ShowModelUseCase {
  private final ListModelsPort listModels;
  private final LoadModelPort loadModel;

  @Inject
  public ModelRegistryService(ListModelsPort listModels, LoadModelPort loadModel) {
    this.listModels = Objects.requireNonNull(listModels, "listModels");
    this.loadModel = Objects.requireNonNull(loadModel, "loadModel");
  }

  @Override
  public List<TrainedModel> listModels() {
    return listModels.listModels();
  }

  @Override
  public StoredModel showModel(ModelName name) {
    return loadModel.loadModel(name).orElseThrow(() -> notFound(name));
  }

  private NotFoundException notFound(ModelName name) {
    List<TrainedModel> saved = listModels.listModels();
    String known = saved.isEmpty()
        ? "the workspace has no saved models"
        : "saved models: " + saved.stream().map(model -> model.name().value()).collect(Collectors.joining(", "));
    return new NotFoundException("model '" + name + "' not found; " + known);
  }
}
