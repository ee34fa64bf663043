package ai.autogon.label.domain.project;

import ai.autogon.label.domain.error.InvalidValueException;

/** Positive identifier of a project's app, the key that prediction requests use. */
public record AppId(long value) {
  public AppId {
    if (value <= 0) {
      throw InvalidValueException.of("app_id", value, "a positive integer");
    }
  }

  public static AppId of(long value) {
    return new AppId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
