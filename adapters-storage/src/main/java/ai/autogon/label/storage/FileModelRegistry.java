package ai.autogon.label.storage;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.ListModelsPort;
import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.SaveModelPort;
import ai.autogon.label.domain.port.StoredModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores models as {@code models/<name>/} directories holding {@code model.json} and the engine's weight files.
 *
 * <p>A save builds the whole directory under a temporary name in {@code models/} and renames it into place,
 * so readers see the complete model or none. Replacing a model first renames the old directory aside
 * ({@code .old-<name>-<uuid>.part}), then renames the new one into place, then deletes the old one;
 * {@link Workspace#open} moves an aside copy back when a crash struck between the two renames.
 */
public final class FileModelRegistry implements LoadModelPort, ListModelsPort, SaveModelPort {
  private static final Logger LOG = LoggerFactory.getLogger(FileModelRegistry.class);
  private static final String WHAT = "model file";

  private final Workspace workspace;

  public FileModelRegistry(Workspace workspace) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
  }

  @Override
  public StoredModel saveModel(TrainedModel model, ModelFiles files, boolean overwrite) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(files, "files");
    String name = Workspace.requireSafeModelName(model.name().value());
    Path target = workspace.modelDirectory(name);
    rejectExisting(name, target, overwrite);

    try (WorkspaceLock lock = workspace.lockModel(name)) {
      rejectExisting(name, target, overwrite);
      Path staging = workspace.modelsDirectory().resolve(AtomicFiles.tempName(name));
      try {
        stage(model, files, staging);
        moveIntoPlace(name, staging, target);
      } finally {
        deleteQuietly(staging);
      }
    }
    LOG.info("Saved model '{}' to {}", name, target);
    return new StoredModel(model, target);
  }

  @Override
  public Optional<StoredModel> loadModel(ModelName name) {
    Path directory = workspace.modelDirectory(name.value());
    return readModel(directory).map(model -> new StoredModel(model, directory));
  }

  @Override
  public List<TrainedModel> listModels() {
    List<TrainedModel> models = new ArrayList<>();
    try {
      for (Path directory : AtomicFiles.listEntries(workspace.modelsDirectory())) {
        if (Files.isDirectory(directory) && isModelName(directory.getFileName().toString())) {
          readModel(directory).ifPresent(models::add);
        }
      }
    } catch (IOException e) {
      throw new StorageException("failed to list the models in " + workspace.modelsDirectory() + ": " + e.getMessage(), e);
    }
    models.sort(Comparator.comparing(TrainedModel::createdAt).reversed().thenComparing(model -> model.name().value()));
    return models;
  }

  private Optional<TrainedModel> readModel(Path directory) {
    Path file = directory.resolve(Workspace.MODEL_FILE);
    Optional<TrainedModel> model = JsonFiles.read(file, ModelDocument.class, ModelDocument::toModel, WHAT);
    String directoryName = directory.getFileName().toString();
    if (model.isPresent() && !model.get().name().value().equals(directoryName)) {
      throw new StorageException(
          "the model file " + file + " names model '" + model.get().name() + "' but lies in directory '" + directoryName
              + "'; rename the directory or fix the name in the file");
    }
    return model;
  }

  private static void rejectExisting(String name, Path target, boolean overwrite) {
    if (!overwrite && Files.exists(target)) {
      throw new ConflictException(
          "model '" + name + "' already exists in " + target + "; choose another name or allow overwriting to replace it");
    }
  }

  private static void stage(TrainedModel model, ModelFiles files, Path staging) {
    try {
      Files.createDirectory(staging);
      files.writeTo(staging);
    } catch (IOException e) {
      throw new StorageException("failed to write the files of model '" + model.name() + "' to " + staging + ": " + e.getMessage(), e);
    }
    JsonFiles.write(staging.resolve(Workspace.MODEL_FILE), ModelDocument.class, ModelDocument.from(model), WHAT);
    try {
      AtomicFiles.forceTree(staging);
      AtomicFiles.forceDirectory(staging);
    } catch (IOException e) {
      throw new StorageException("failed to flush the files of model '" + model.name() + "' in " + staging + ": " + e.getMessage(), e);
    }
  }

  private void moveIntoPlace(String name, Path staging, Path target) {
    Path models = workspace.modelsDirectory();
    try {
      if (!Files.exists(target)) {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.forceDirectory(models);
        return;
      }
      Path aside = models.resolve(Workspace.OLD_MODEL_PREFIX + name + "-" + UUID.randomUUID() + AtomicFiles.TEMP_SUFFIX);
      Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        throw e;
      }
      AtomicFiles.forceDirectory(models);
      deleteQuietly(aside);
      LOG.info("Replaced model '{}'", name);
    } catch (IOException e) {
      throw new StorageException("failed to move model '" + name + "' into place at " + target + ": " + e.getMessage(), e);
    }
  }

  private static boolean isModelName(String text) {
    try {
      Workspace.requireSafeModelName(text);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      AtomicFiles.deleteRecursively(path);
    } catch (IOException e) {
      LOG.warn("Cannot delete {}; the next workspace open removes it: {}", path, e.getMessage());
    }
  }
}
