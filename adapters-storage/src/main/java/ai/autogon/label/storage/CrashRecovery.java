package ai.autogon.label.storage;

import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what a writer that crashed left behind, so the workspace holds only complete files.
 *
 * <p>Each leftover is touched only while its lock is free, so a writer still at work in another process
 * keeps its temporary files. A model directory moved aside by an overwrite that crashed before the new
 * model took its place is moved back.
 */
final class CrashRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(CrashRecovery.class);
  private static final int UUID_LENGTH = 36;

  private final Workspace workspace;

  CrashRecovery(Workspace workspace) {
    this.workspace = workspace;
  }

  void run() {
    try {
      cleanRoot();
      cleanProjects();
      cleanModels();
    } catch (IOException e) {
      throw new StorageException("failed to clean up the workspace " + workspace.root() + ": " + e.getMessage(), e);
    }
  }

  private void cleanRoot() throws IOException {
    Optional<WorkspaceLock> lock = workspace.tryLockCounter();
    if (lock.isEmpty()) {
      return;
    }
    try (WorkspaceLock held = lock.get()) {
      deleteTemporaryEntries(workspace.root());
    }
  }

  private void cleanProjects() throws IOException {
    for (Path directory : AtomicFiles.listEntries(workspace.projectsDirectory())) {
      Optional<ProjectId> id = FileProjectStore.parseDirectoryName(directory);
      if (id.isEmpty()) {
        continue;
      }
      Optional<WorkspaceLock> lock = workspace.tryLockProject(id.get());
      if (lock.isEmpty()) {
        continue;
      }
      try (WorkspaceLock held = lock.get()) {
        deleteTemporaryEntries(directory);
      }
    }
  }

  private void cleanModels() throws IOException {
    Path models = workspace.modelsDirectory();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(models)) {
      for (Path entry : stream) {
        String fileName = entry.getFileName().toString();
        if (AtomicFiles.isTemporary(fileName)) {
          leftoverModelName(fileName, AtomicFiles.TEMP_PREFIX).ifPresent(name -> deleteUnderModelLock(name, entry));
        } else if (fileName.startsWith(Workspace.OLD_MODEL_PREFIX) && fileName.endsWith(AtomicFiles.TEMP_SUFFIX)) {
          leftoverModelName(fileName, Workspace.OLD_MODEL_PREFIX).ifPresent(name -> restoreUnderModelLock(name, entry));
        }
      }
    }
  }

  /** Reads the model name back out of {@code PREFIX + name + "-" + uuid + ".part"}. */
  static Optional<String> leftoverModelName(String fileName, String prefix) {
    int end = fileName.length() - AtomicFiles.TEMP_SUFFIX.length() - UUID_LENGTH - 1;
    if (end <= prefix.length()) {
      return Optional.empty();
    }
    String name = fileName.substring(prefix.length(), end);
    try {
      return Optional.of(new ModelName(name).value());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void deleteUnderModelLock(String name, Path leftover) {
    Optional<WorkspaceLock> lock = workspace.tryLockModel(name);
    if (lock.isEmpty()) {
      return;
    }
    try (WorkspaceLock held = lock.get()) {
      AtomicFiles.deleteRecursively(leftover);
      LOG.info("Deleted {} left by an interrupted save of model '{}'", leftover, name);
    } catch (IOException e) {
      LOG.warn("Cannot delete {} left by an interrupted save of model '{}': {}", leftover, name, e.getMessage());
    }
  }

  private void restoreUnderModelLock(String name, Path movedAside) {
    Optional<WorkspaceLock> lock = workspace.tryLockModel(name);
    if (lock.isEmpty()) {
      return;
    }
    try (WorkspaceLock held = lock.get()) {
      Path target = workspace.modelDirectory(name);
      if (Files.exists(target)) {
        AtomicFiles.deleteRecursively(movedAside);
        LOG.info("Deleted the replaced copy {} of model '{}'", movedAside, name);
      } else {
        Files.move(movedAside, target, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Restored model '{}' from {} because its replacement was interrupted", name, movedAside);
      }
    } catch (IOException e) {
      LOG.warn("Cannot recover {} of model '{}': {}", movedAside, name, e.getMessage());
    }
  }

  private static void deleteTemporaryEntries(Path directory) throws IOException {
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path entry : stream) {
        if (AtomicFiles.isTemporary(entry.getFileName().toString())) {
          AtomicFiles.deleteRecursively(entry);
          LOG.info("Deleted {} left by an interrupted write", entry);
        }
      }
    }
  }
}
