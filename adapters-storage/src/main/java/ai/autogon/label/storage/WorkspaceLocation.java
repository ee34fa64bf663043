package ai.autogon.label.storage;

import java.nio.file.Path;

/** Resolves the workspace directory from the {@code --workspace} flag, the {@code AUTOGON_HOME} variable or the home directory. */
public final class WorkspaceLocation {
  /** Name of the environment variable that names the workspace when no flag is given. */
  public static final String ENVIRONMENT_VARIABLE = "AUTOGON_HOME";

  /** Name of the workspace directory inside the user's home directory. */
  public static final String DEFAULT_DIRECTORY = ".autogon-label";

  private WorkspaceLocation() {}

  /**
   * Picks the workspace directory: the flag when given, else the environment value, else {@code ~/.autogon-label}.
   *
   * <p>Blank values count as absent. The caller passes the values so this method reads no environment itself.
   *
   * @param flag value of {@code --workspace}, or null
   * @param environmentValue value of {@code AUTOGON_HOME}, or null
   * @param userHome value of the {@code user.home} system property
   */
  public static Path resolve(String flag, String environmentValue, String userHome) {
    if (flag != null && !flag.isBlank()) {
      return Path.of(flag.trim()).toAbsolutePath().normalize();
    }
    if (environmentValue != null && !environmentValue.isBlank()) {
      return Path.of(environmentValue.trim()).toAbsolutePath().normalize();
    }
    if (userHome == null || userHome.isBlank()) {
      throw new IllegalArgumentException(
          "the home directory is unknown, so the workspace needs --workspace or " + ENVIRONMENT_VARIABLE);
    }
    return Path.of(userHome, DEFAULT_DIRECTORY).toAbsolutePath().normalize();
  }
}
