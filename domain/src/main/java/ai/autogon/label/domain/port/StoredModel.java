package ai.autogon.label.domain.port;

import ai.autogon.label.domain.model.TrainedModel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A model in the workspace registry: its metadata and the directory with its weight files.
 *
 * @param model metadata
 * @param directory directory the engine wrote the weight files into; read-only for everyone after saving
 */
public record StoredModel(TrainedModel model, Path directory) {
  public StoredModel {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(directory, "directory");
  }
}
