package ai.autogon.label.application;

import ai.autogon.label.domain.error.InvalidValueException;

/**
 * Request to create an empty project.
 *
 * @param name human-readable project name, not blank
 */
public record CreateProjectCommand(String name) {
  public CreateProjectCommand {
    if (name == null || name.isBlank()) {
      throw InvalidValueException.of("name", name, "a non-empty project name");
    }
  }
}
