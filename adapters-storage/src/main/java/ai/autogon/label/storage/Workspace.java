package ai.autogon.label.storage;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opened workspace directory: where projects, models and lock files live (layout in {@code package-info}).
 *
 * <p>Every path into the workspace is built here from a validated single segment, so no name from a
 * request or a file can point outside it.
 */
public final class Workspace {
  /** How long a writer waits for another writer of the same project or model before giving up. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

  static final String PROJECT_FILE = "project.json";
  static final String MODEL_FILE = "model.json";
  static final String COUNTER_FILE = "workspace.json";
  static final String OLD_MODEL_PREFIX = ".old-";

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private final Path root;
  private final Duration lockTimeout;

  private Workspace(Path root, Duration lockTimeout) {
    this.root = root;
    this.lockTimeout = lockTimeout;
  }

  /** Opens a workspace with the default lock timeout, creating its directories and removing what crashed writers left. */
  public static Workspace open(Path root) {
    return open(root, DEFAULT_LOCK_TIMEOUT);
  }

  /** Opens a workspace whose writers wait up to {@code lockTimeout} for each other. */
  public static Workspace open(Path root, Duration lockTimeout) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    Workspace workspace = new Workspace(root.toAbsolutePath().normalize(), lockTimeout);
    workspace.createDirectories();
    new CrashRecovery(workspace).run();
    return workspace;
  }

  /** Returns the workspace directory. */
  public Path root() {
    return root;
  }

  Duration lockTimeout() {
    return lockTimeout;
  }

  Path projectsDirectory() {
    return root.resolve("projects");
  }

  Path modelsDirectory() {
    return root.resolve("models");
  }

  Path locksDirectory() {
    return root.resolve("locks");
  }

  Path counterFile() {
    return root.resolve(COUNTER_FILE);
  }

  Path projectDirectory(ProjectId id) {
    return inside(projectsDirectory(), Long.toString(id.value()));
  }

  Path projectFile(ProjectId id) {
    return projectDirectory(id).resolve(PROJECT_FILE);
  }

  /** Returns the directory of a model, rejecting any name that is not one safe path segment. */
  Path modelDirectory(String name) {
    return inside(modelsDirectory(), requireSafeModelName(name));
  }

  WorkspaceLock lockProject(ProjectId id) {
    return WorkspaceLock.acquire(locksDirectory().resolve("project-" + id.value() + ".lock"), "project " + id, lockTimeout);
  }

  WorkspaceLock lockModel(String name) {
    String safe = requireSafeModelName(name);
    return WorkspaceLock.acquire(locksDirectory().resolve("model-" + safe + ".lock"), "model '" + safe + "'", lockTimeout);
  }

  Optional<WorkspaceLock> tryLockModel(String name) {
    return WorkspaceLock.tryAcquire(locksDirectory().resolve("model-" + name + ".lock"), "model '" + name + "'");
  }

  Optional<WorkspaceLock> tryLockProject(ProjectId id) {
    return WorkspaceLock.tryAcquire(locksDirectory().resolve("project-" + id.value() + ".lock"), "project " + id);
  }

  WorkspaceLock lockCounter() {
    return WorkspaceLock.acquire(locksDirectory().resolve("workspace.lock"), "the project id counter", lockTimeout);
  }

  Optional<WorkspaceLock> tryLockCounter() {
    return WorkspaceLock.tryAcquire(locksDirectory().resolve("workspace.lock"), "the project id counter");
  }

  /**
   * Checks a model name before it touches the file system, beyond what {@link ModelName} checks itself.
   *
   * @throws InvalidValueException naming the value when it is empty, absolute, {@code ..}, contains a separator,
   *     or breaks the model name rule
   */
  static String requireSafeModelName(String name) {
    if (name == null || name.isEmpty()) {
      throw InvalidValueException.of("model_name", name, "a non-empty name");
    }
    // An absolute path always contains '/', '\\' or ':', so these checks reject it too.
    if (name.contains("/") || name.contains("\\") || name.contains(":") || name.equals("..") || name.equals(".") || name.indexOf('\0') >= 0) {
      throw InvalidValueException.of("model_name", name, "a plain name without '/', '\\', ':' or '..'");
    }
    return new ModelName(name).value();
  }

  private static Path inside(Path parent, String segment) {
    Path resolved = parent.resolve(segment).normalize();
    if (!Objects.equals(resolved.getParent(), parent)) {
      throw new InvalidValueException("name", "name '" + segment + "' would leave the workspace directory " + parent);
    }
    return resolved;
  }

  private void createDirectories() {
    try {
      Files.createDirectories(projectsDirectory());
      Files.createDirectories(modelsDirectory());
      Files.createDirectories(locksDirectory());
    } catch (IOException e) {
      throw new StorageException("failed to create the workspace directory " + root + ": " + e.getMessage(), e);
    }
    LOG.debug("Opened workspace {}", root);
  }
}
