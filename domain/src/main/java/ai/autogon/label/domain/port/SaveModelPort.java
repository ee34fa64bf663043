package ai.autogon.label.domain.port;

import ai.autogon.label.domain.model.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;

/** Saves a trained model into the workspace registry atomically. */
public interface SaveModelPort {
  /** Writes a model's weight files into a directory that the registry provides. */
  @FunctionalInterface
  interface ModelFiles {
    /** Writes the files into {@code directory}, which is empty and private to this save. */
    void writeTo(Path directory) throws IOException;
  }

  /**
   * Saves the metadata and files so that readers see either the complete model or none of it.
   *
   * @param overwrite whether an existing model of the same name may be replaced
   * @throws ai.autogon.label.domain.error.ConflictException when the name is taken and {@code overwrite} is false
   */
  StoredModel saveModel(TrainedModel model, ModelFiles files, boolean overwrite);
}
