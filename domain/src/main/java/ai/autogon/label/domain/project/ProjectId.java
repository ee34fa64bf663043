package ai.autogon.label.domain.project;

import ai.autogon.label.domain.error.InvalidValueException;

/** Positive identifier of a labelled project. */
public record ProjectId(long value) {
  public ProjectId {
    if (value <= 0) {
      throw InvalidValueException.of("project_id", value, "a positive integer");
    }
  }

  public static ProjectId of(long value) {
    return new ProjectId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
